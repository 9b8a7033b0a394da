package dev.stancekit.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Cell formatting shared by every CSV the report writes: formula defusing, numbers, dates and
 * {@code ;}-joined lists.
 *
 * <p>Defusing rule: a cell whose first character after any leading apostrophes is {@code = + - @},
 * a tab or a carriage return gets one extra leading apostrophe, so that spreadsheets show it as
 * text instead of running it as a formula. A plain number ({@code -0.42}, {@code +3}, {@code 1e-5})
 * is left alone so it stays numeric. {@link #undefuse} removes exactly that one apostrophe, so
 * writing and reading back gives the original text.
 */
final class Cells {

    static final char BOM = '\uFEFF';
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private Cells() {
    }

    static boolean isPlainNumber(String s) {
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
    static String defuse(String s) {
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
    static String undefuse(String s) {
        if (s == null) {
            return "";
        }
        int k = leadingApostrophes(s);
        if (k > 0 && k < s.length() && dangerous(s.charAt(k))) {
            return s.substring(1);
        }
        return s;
    }

    /** A number with three decimals, never "-0.000"; "" for NaN. */
    static String num3(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "";
        }
        return BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP).toPlainString();
    }

    static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    /** Joins items with {@code ;}, escaping {@code \} and {@code ;} inside items; drops empty items. */
    static String joinList(List<String> items) {
        StringBuilder b = new StringBuilder();
        for (String it : items) {
            if (it == null || it.isEmpty()) {
                continue;
            }
            if (b.length() > 0) {
                b.append(';');
            }
            b.append(it.replace("\\", "\\\\").replace(";", "\\;"));
        }
        return b.toString();
    }

    /** Inverse of {@link #joinList}. */
    static List<String> splitList(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                cur.append(s.charAt(++i));
            } else if (c == ';') {
                if (cur.length() > 0) {
                    out.add(cur.toString());
                }
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }

    /** Opens a UTF-8 CSV printer with the header row; with {@code excel} a byte-order mark first. */
    static CSVPrinter open(Path file, boolean excel, List<String> header) throws IOException {
        BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return open(w, excel, header);
    }

    static CSVPrinter open(Writer w, boolean excel, List<String> header) throws IOException {
        if (excel) {
            w.write(BOM);
        }
        CSVFormat fmt = CSVFormat.EXCEL.builder().setHeader(header.toArray(String[]::new)).get();
        return new CSVPrinter(w, fmt);
    }

    /** Prints one row, defusing every cell. */
    static void row(CSVPrinter p, Object... cells) throws IOException {
        List<String> out = new ArrayList<>(cells.length);
        for (Object c : cells) {
            out.add(defuse(c == null ? "" : c.toString()));
        }
        p.printRecord(out);
    }
}
