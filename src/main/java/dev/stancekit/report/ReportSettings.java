package dev.stancekit.report;

import dev.stancekit.resources.Resources;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The thresholds of the reports, read from {@code report-settings.csv} (bundled rows first, a
 * user's {@code --resources} copy's rows win).
 */
record ReportSettings(int intervalMinQuotes, int countBandLarge, double framingMinAbsZ,
                      double framingAxisMaxZ, double copyMinSimilarity, int copyShingleWords) {

    static final String FILE = "report-settings.csv";

    ReportSettings {
        if (intervalMinQuotes < 2 || countBandLarge <= intervalMinQuotes) {
            throw new IllegalArgumentException(FILE + ": need 2 <= interval_min_quotes < count_band_large");
        }
        if (framingMinAbsZ < 0 || framingAxisMaxZ <= framingMinAbsZ) {
            throw new IllegalArgumentException(FILE + ": need 0 <= framing_min_abs_z < framing_axis_max_z");
        }
        if (copyMinSimilarity <= 0 || copyMinSimilarity > 1 || copyShingleWords < 1) {
            throw new IllegalArgumentException(FILE + ": need 0 < copy_min_similarity <= 1, copy_shingle_words >= 1");
        }
    }

    static ReportSettings load(Resources res) {
        Map<String, String> kv = new HashMap<>();
        for (Map<String, String> row : res.readCsvLayers(FILE)) {
            kv.put(row.getOrDefault("key", ""), row.getOrDefault("value", ""));
        }
        for (String k : List.of("interval_min_quotes", "count_band_large", "framing_min_abs_z",
                "framing_axis_max_z", "copy_min_similarity", "copy_shingle_words")) {
            if (!kv.containsKey(k) || kv.get(k).isBlank()) {
                throw new IllegalArgumentException(FILE + ": no value for '" + k + "'");
            }
        }
        try {
            return new ReportSettings(Integer.parseInt(kv.get("interval_min_quotes")),
                    Integer.parseInt(kv.get("count_band_large")),
                    Double.parseDouble(kv.get("framing_min_abs_z")),
                    Double.parseDouble(kv.get("framing_axis_max_z")),
                    Double.parseDouble(kv.get("copy_min_similarity")),
                    Integer.parseInt(kv.get("copy_shingle_words")));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(FILE + ": not a number: " + e.getMessage(), e);
        }
    }

    /** The bundled settings. */
    static ReportSettings defaults() {
        return load(Resources.bundled());
    }
}
