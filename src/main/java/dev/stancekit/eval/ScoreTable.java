package dev.stancekit.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Prints several systems' scores side by side, one column per system. */
public final class ScoreTable {

    private ScoreTable() {
    }

    /**
     * A table with a row per metric (score.py's names and formats) and a column per system, then
     * each system's missed and spurious quotes and summary line.
     *
     * @param scores system name to its score, in column order
     */
    public static String render(Map<String, Score> scores) {
        List<String> names = new ArrayList<>(scores.keySet());
        List<Map<String, String>> cols = scores.values().stream().map(Score::formatted).toList();
        int w = 10;
        for (String n : names) {
            w = Math.max(w, n.length() + 2);
        }
        int width = w;
        StringBuilder out = new StringBuilder();
        out.append(String.format(java.util.Locale.ROOT, "%-16s", "metric"));
        names.forEach(n -> out.append(pad(n, width)));
        out.append('\n');
        for (String metric : cols.get(0).keySet()) {
            out.append(String.format(java.util.Locale.ROOT, "%-16s", metric));
            cols.forEach(c -> out.append(pad(c.get(metric), width)));
            out.append('\n');
        }
        scores.forEach((name, s) -> {
            out.append('\n').append(name).append(" missed (").append(s.missed().size()).append("):\n");
            s.missed().forEach(m -> out.append("  ").append(oneLine(m)).append('\n'));
            out.append(name).append(" spurious (").append(s.spurious().size()).append("):\n");
            s.spurious().forEach(m -> out.append("  ").append(oneLine(m)).append('\n'));
        });
        out.append('\n');
        scores.forEach((name, s) -> out.append(name).append(' ').append(s.summary()).append('\n'));
        return out.toString();
    }

    private static String pad(String s, int width) {
        return " ".repeat(Math.max(1, width - s.length())) + s;
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
