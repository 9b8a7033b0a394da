package dev.stancekit.report;

import dev.stancekit.resources.Resources;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names readers see for theme ids in charts and in {@code report.html}: the {@code label} of
 * {@code themes.csv} when the theme has one, else the id made readable ("export_controls" →
 * "Export controls"). The CSV files keep the ids. Immutable.
 */
final class ThemeNames {

    static final String FILE = "themes.csv";

    /** The labels of the bundled {@code themes.csv}. */
    static final ThemeNames DEFAULT = load(Resources.bundled());

    private final Map<String, String> labels;

    private ThemeNames(Map<String, String> labels) {
        this.labels = Collections.unmodifiableMap(labels);
    }

    /**
     * The labels of {@code themes.csv} as the resources give it (a user's copy replaces the
     * bundled one); a theme on several rows takes its first non-blank label, and a file without a
     * {@code label} column gives readable ids only.
     */
    static ThemeNames load(Resources res) {
        return of(res.readCsv(FILE));
    }

    static ThemeNames of(List<Map<String, String>> rows) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Map<String, String> row : rows) {
            String id = row.getOrDefault("id", "").strip();
            String label = row.getOrDefault("label", "").strip().replaceAll("\\s+", " ");
            if (!id.isEmpty() && !label.isEmpty()) {
                labels.putIfAbsent(id, label);
            }
        }
        return new ThemeNames(labels);
    }

    /** A theme's name for a title, axis or legend: "All themes", "No theme", its label or readable id. */
    String title(String id) {
        if (id.equals(Summary.ALL_THEMES)) {
            return "All themes";
        }
        if (id.equals(Summary.NO_THEME)) {
            return "No theme";
        }
        String label = labels.get(id);
        return label != null ? label : readable(id);
    }

    /** As {@link #title} for use inside a sentence: "all themes" and "no theme" in lower case. */
    String inSentence(String id) {
        return id.equals(Summary.ALL_THEMES) ? "all themes" : id.equals(Summary.NO_THEME) ? "no theme" : title(id);
    }

    /** The themes that have a label, by id, in the order of the file. */
    Map<String, String> labels() {
        return labels;
    }

    /** An id as words: underscores as spaces, the first letter capitalised. */
    static String readable(String id) {
        String t = id.replace('_', ' ').strip().replaceAll("\\s+", " ");
        if (t.isEmpty()) {
            return id;
        }
        int first = t.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(t, Character.charCount(first), t.length()).toString();
    }

    @Override
    public String toString() {
        return "ThemeNames" + labels;
    }
}
