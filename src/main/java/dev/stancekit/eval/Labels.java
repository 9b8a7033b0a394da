package dev.stancekit.eval;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** score.py's comparisons of speaker, side, themes and tone cells. */
final class Labels {

    /** Words ignored when comparing speaker names. */
    static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "the", "a", "an", "secretary",
            "minister", "president", "gen", "general", "lt", "col", "senior", "defense", "defence",
            "us", "u", "s");

    private static final Map<String, Integer> NAMED = Map.of("conciliatory", 1, "positive", 1,
            "cooperative", 1, "neutral", 0, "mixed", 0, "confrontational", -1, "negative", -1,
            "hostile", -1);

    private Labels() {
    }

    static Set<String> speakerTokens(String s) {
        Set<String> out = new HashSet<>(PyText.words(s));
        out.removeAll(TITLES);
        return out;
    }

    /** Both names have a non-title word, and the words of one include those of the other. */
    static boolean speakerMatch(String gold, String pred) {
        Set<String> g = speakerTokens(gold);
        Set<String> p = speakerTokens(pred);
        if (g.isEmpty() || p.isEmpty()) {
            return false;
        }
        return p.containsAll(g) || g.containsAll(p);
    }

    /** Gold side "*" accepts anything; otherwise equal ignoring case and surrounding blanks. */
    static boolean sideMatch(String gold, String pred) {
        String g = PyText.lower(PyText.strip(gold));
        return g.equals("*") || g.equals(PyText.lower(PyText.strip(pred)));
    }

    /**
     * A predicted row's tone as -1, 0 or 1: from a tone_label name, else from a number (in
     * tone_label or, when that is empty, tone) with ±0.1 as the neutral band; null when neither.
     */
    static Integer tone(Map<String, String> row) {
        String v = PyText.lower(PyText.strip(row.get("tone_label")));
        Integer named = NAMED.get(v);
        if (named != null) {
            return named;
        }
        Double x = PyText.parseFloat(v.isEmpty() ? row.get("tone") : v);
        if (x == null) {
            return null;
        }
        return x > 0.1 ? 1 : x < -0.1 ? -1 : 0;
    }

    /** Theme labels split on ; | or , trimmed and lower-cased. */
    static Set<String> themes(String s) {
        Set<String> out = new HashSet<>();
        for (String t : (s == null ? "" : s).split("[;|,]", -1)) {
            String x = PyText.strip(t);
            if (!x.isEmpty()) {
                out.add(PyText.lower(x));
            }
        }
        return out;
    }
}
