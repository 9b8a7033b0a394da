package dev.stancekit.quotes;

import java.util.Map;

/** Reading the rows of the rule files (quote-rules.csv, reported-rules.csv). */
final class RuleRows {

    private RuleRows() {
    }

    /** The positive whole number in the row's {@code limit} column; a clear error naming the file otherwise. */
    static int limit(String file, Map<String, String> row, String name) {
        String v = row.getOrDefault("limit", "").strip();
        try {
            int n = Integer.parseInt(v);
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ": rule " + name + " needs a positive whole limit, not '" + v + "'");
        }
    }
}
