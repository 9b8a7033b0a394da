package dev.stancekit.resources;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A table of named numbers ({@code name,value,note}; {@code tone-settings.csv},
 * {@code speaker-settings.csv}): a later row for the same name wins, so a user's copy can change
 * one setting. Errors name the file and the row. Immutable.
 */
public final class NumberSettings {

    private final String file;
    private final Map<String, Double> values;

    private NumberSettings(String file, Map<String, Double> values) {
        this.file = file;
        this.values = Map.copyOf(values);
    }

    /** The settings of {@code file}, read through {@code res} as its manifest entry says. */
    public static NumberSettings load(Resources res, String file) {
        return fromRows(file, res.readCsvLayers(file));
    }

    /** The settings of rows read from {@code file}; throws naming the file and row on a bad row. */
    public static NumberSettings fromRows(String file, List<Map<String, String>> rows) {
        Map<String, Double> map = new HashMap<>();
        int n = 0;
        for (Map<String, String> row : rows) {
            n++;
            String name = row.getOrDefault("name", "").strip();
            String v = row.getOrDefault("value", "").strip();
            try {
                double d = Double.parseDouble(v);
                if (name.isEmpty() || !Double.isFinite(d)) {
                    throw new NumberFormatException("not finite");
                }
                map.put(name, d);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + " data row " + n + " " + row.values()
                        + ": needs a name and a numeric value", e);
            }
        }
        return new NumberSettings(file, map);
    }

    /** The value of a setting; throws naming the file when it is missing. */
    public double get(String name) {
        Double d = values.get(name);
        if (d == null) {
            throw new IllegalArgumentException(file + ": missing setting '" + name + "'");
        }
        return d;
    }
}
