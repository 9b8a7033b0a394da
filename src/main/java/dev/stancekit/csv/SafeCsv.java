package dev.stancekit.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one CSV writer of stancekit: every CSV it writes (the report's tables, {@code stancekit
 * speakers}, the result cache, the Spark job's {@code quotes-csv}) goes through here, so that every
 * cell is defused the same way. UTF-8, RFC 4180 ({@code CSVFormat.EXCEL}: CRLF line ends, fields
 * quoted when needed), a header row; with the {@code excel} option a UTF-8 byte-order mark first.
 *
 * <p>Defusing rule: a cell whose first character after any leading apostrophes is {@code = + - @},
 * a tab or a carriage return gets one extra leading apostrophe, so that spreadsheets show it as
 * text instead of running it as a formula. A plain number ({@code -0.42}, {@code +3}, {@code 1e-5})
 * is left alone so it stays numeric. {@link #undefuse} removes exactly that one apostrophe, so
 * writing and reading back gives the original text.
 */
public final class SafeCsv {

    /** The byte-order mark written first with the {@code excel} option. */
    public static final char BOM = '\uFEFF';
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private SafeCsv() {
    }

    /** Whether the text is entirely a number (optional sign, digits, decimals, exponent). */
    public static boolean isPlainNumber(String s) {
        return NUMBER.matcher(s).matches();
    }

    private static boolean dangerous(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    private static int leadingApostrophes(String s) {
        int k = 0;
        while (k < s.length() && s.charAt(k) == '\'') {
            k++;
        }
        return k;
    }

    /** The text as written into a CSV cell; null becomes "". */
    public static String defuse(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        int k = leadingApostrophes(s);
        if (k < s.length() && dangerous(s.charAt(k)) && !(k == 0 && isPlainNumber(s))) {
            return "'" + s;
        }
        return s;
    }

    /** Inverse of {@link #defuse}. */
    public static String undefuse(String s) {
        if (s == null) {
            return "";
        }
        int k = leadingApostrophes(s);
        if (k > 0 && k < s.length() && dangerous(s.charAt(k))) {
            return s.substring(1);
        }
        return s;
    }

    /** Opens a UTF-8 CSV file with the header row; with {@code excel} a byte-order mark first. */
    public static CSVPrinter open(Path file, boolean excel, List<String> header) throws IOException {
        BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        try {
            return open(w, excel, header);
        } catch (IOException | RuntimeException e) {
            w.close();
            throw e;
        }
    }

    /**
     * A CSV printer on {@code out} with the header row (defused like any cell); with {@code excel}
     * a byte-order mark first. Closing the printer closes {@code out} when it is closeable.
     */
    public static CSVPrinter open(Appendable out, boolean excel, List<String> header) throws IOException {
        if (excel) {
            out.append(BOM);
        }
        CSVFormat fmt = CSVFormat.EXCEL.builder()
                .setHeader(header.stream().map(SafeCsv::defuse).toArray(String[]::new)).get();
        return new CSVPrinter(out, fmt);
    }

    /** Prints one row, defusing every cell; null is "". */
    public static void row(CSVPrinter p, Object... cells) throws IOException {
        List<String> out = new ArrayList<>(cells.length);
        for (Object c : cells) {
            out.add(defuse(c == null ? "" : c.toString()));
        }
        p.printRecord(out);
    }
}
