package dev.stancekit.tone;

import dev.stancekit.resources.Resources;
import dev.stancekit.themes.PhraseMatcher;
import dev.stancekit.themes.PhraseMatcher.Match;
import dev.stancekit.themes.Words.Word;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A table of phrases and what each stands for (a speech act, a target, a scope word), read from
 * one CSV of {@code resources/} with columns {@code phrase}, a value column and an optional
 * {@code cased} column. A user's copy adds rows after the bundled ones; a later row for the same
 * phrase wins. Immutable.
 */
final class CueTable {

    /** One phrase of the table; {@code cased} phrases must be written exactly so. */
    record Cue(String phrase, String value, boolean cased) {
    }

    private final PhraseMatcher<Cue> matcher;

    private CueTable(PhraseMatcher<Cue> matcher) {
        this.matcher = matcher;
    }

    /**
     * Reads {@code file}; throws {@link IllegalArgumentException} naming the file and row when a
     * phrase is bad or a value is empty or (when {@code allowed} is not null) not one of them.
     */
    static CueTable load(Resources res, String file, String column, Set<String> allowed) {
        return fromRows(res.readCsvLayers(file), file, column, allowed);
    }

    static CueTable fromRows(List<Map<String, String>> rows, String file, String column, Set<String> allowed) {
        Map<String, Cue> byPhrase = new LinkedHashMap<>();
        int n = 0;
        for (Map<String, String> row : rows) {
            n++;
            String where = file + " data row " + n + " " + row.values() + ": ";
            String phrase = row.getOrDefault("phrase", "").strip();
            String value = row.getOrDefault(column, "").strip();
            if (value.isEmpty() || (allowed != null && !allowed.contains(value.toLowerCase(Locale.ROOT)))) {
                throw new IllegalArgumentException(where + column + " must be one of " + allowed + ", got '"
                        + value + "'");
            }
            String normal;
            try {
                normal = String.join(" ", PhraseMatcher.parse(phrase));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + e.getMessage(), e);
            }
            boolean cased = row.getOrDefault("cased", "").strip().equalsIgnoreCase("yes");
            String v = allowed == null ? value : value.toLowerCase(Locale.ROOT);
            byPhrase.remove(normal + cased);
            byPhrase.put(normal + cased, new Cue(phrase, v, cased));
        }
        List<Map.Entry<String, Cue>> list = new ArrayList<>();
        for (Cue c : byPhrase.values()) {
            list.add(Map.entry(c.phrase(), c));
        }
        return new CueTable(PhraseMatcher.compile(list));
    }

    /** The phrases found in the words, longest first, without overlaps; cased ones as written only. */
    List<Match<Cue>> find(List<Word> words) {
        List<Match<Cue>> out = new ArrayList<>();
        for (Match<Cue> m : matcher.findLongest(words)) {
            if (!m.value().cased() || writtenAs(m, words)) {
                out.add(m);
            }
        }
        return out;
    }

    private static boolean writtenAs(Match<Cue> m, List<Word> words) {
        StringBuilder b = new StringBuilder();
        for (int i = m.start(); i < m.end(); i++) {
            b.append(i > m.start() ? " " : "").append(words.get(i).text());
        }
        return b.toString().equals(m.value().phrase().replace('-', ' ').strip());
    }
}
