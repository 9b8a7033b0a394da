package dev.stancekit.tone;

import dev.stancekit.resources.Resources;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers of the tone model ({@code tone-settings.csv}: {@code name,value,note}): speech-act
 * weights, target and scope factors, label thresholds. A user's copy adds rows; a later row wins.
 * Immutable.
 */
final class Settings {

    static final String FILE = "tone-settings.csv";

    private final Map<String, Double> values;

    private Settings(Map<String, Double> values) {
        this.values = Map.copyOf(values);
    }

    static Settings load(Resources res) {
        return fromRows(res.readCsvLayers(FILE));
    }

    static Settings fromRows(List<Map<String, String>> rows) {
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
                throw new IllegalArgumentException(FILE + " data row " + n + " " + row.values()
                        + ": needs a name and a numeric value", e);
            }
        }
        return new Settings(map);
    }

    /** The value of a setting; throws naming the file when it is missing. */
    double get(String name) {
        Double d = values.get(name);
        if (d == null) {
            throw new IllegalArgumentException(FILE + ": missing setting '" + name + "'");
        }
        return d;
    }
}
