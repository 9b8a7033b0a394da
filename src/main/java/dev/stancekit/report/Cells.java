package dev.stancekit.report;

import dev.stancekit.csv.SafeCsv;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * Cell formatting shared by every CSV the report writes: numbers, dates and {@code ;}-joined lists;
 * formula defusing and the writer itself are {@link SafeCsv}'s, the one CSV writer of stancekit.
 */
final class Cells {

    static final char BOM = SafeCsv.BOM;

    private Cells() {
    }

    static boolean isPlainNumber(String s) {
        return SafeCsv.isPlainNumber(s);
    }

    /** The text as written into a CSV cell; null becomes "" (see {@link SafeCsv#defuse}). */
    static String defuse(String s) {
        return SafeCsv.defuse(s);
    }

    /** Inverse of {@link #defuse}. */
    static String undefuse(String s) {
        return SafeCsv.undefuse(s);
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
        return SafeCsv.open(file, excel, header);
    }

    static CSVPrinter open(Writer w, boolean excel, List<String> header) throws IOException {
        return SafeCsv.open(w, excel, header);
    }

    /** Prints one row, defusing every cell. */
    static void row(CSVPrinter p, Object... cells) throws IOException {
        SafeCsv.row(p, cells);
    }
}
