package dev.stancekit.tone;

import dev.stancekit.resources.Resources;
import dev.stancekit.themes.PhraseMatcher;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words that move tone: VADER's lexicon ({@code vader_lexicon.txt}, word to mean valence) and
 * the rule words and diplomatic phrases of {@code tone-lexicon.csv}. Immutable.
 */
final class Lexicon {

    static final String VADER_FILE = "vader_lexicon.txt";
    static final String TONE_FILE = "tone-lexicon.csv";

    enum Kind { TERM, NEGATION, BOOSTER, MITIGATOR, CONTRAST }

    /** One row of tone-lexicon.csv. */
    record Entry(String phrase, Kind kind, double weight) {
    }

    private final Map<String, Double> vader;
    private final PhraseMatcher<Entry> entries;

    private Lexicon(Map<String, Double> vader, PhraseMatcher<Entry> entries) {
        this.vader = vader;
        this.entries = entries;
    }

    /** Loads both files; with {@code vaderOnly}, only the rows of set {@code vader}. */
    static Lexicon load(Resources res, boolean vaderOnly) {
        return new Lexicon(readVader(res), readEntries(res.readCsvLayers(TONE_FILE), vaderOnly));
    }

    /** VADER's valence of a lower-case word, or 0. */
    double vader(String key) {
        return vader.getOrDefault(key, 0.0);
    }

    PhraseMatcher<Entry> entries() {
        return entries;
    }

    static Map<String, Double> readVader(Resources res) {
        Map<String, Double> map = new HashMap<>();
        try (BufferedReader r = res.open(VADER_FILE)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cols = line.split("\t");
                try {
                    map.put(cols[0].strip().toLowerCase(Locale.ROOT), Double.parseDouble(cols[1].strip()));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(VADER_FILE + " line " + n
                            + ": expected word<TAB>valence, got '" + line + "'", e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + VADER_FILE + ": " + e.getMessage(), e);
        }
        return Map.copyOf(map);
    }

    static PhraseMatcher<Entry> readEntries(List<Map<String, String>> rows, boolean vaderOnly) {
        Map<String, Entry> byPhrase = new LinkedHashMap<>();
        int n = 0;
        for (Map<String, String> row : rows) {
            n++;
            String where = TONE_FILE + " data row " + n + " " + row.values() + ": ";
            String phrase = row.getOrDefault("phrase", "");
            String set = row.getOrDefault("set", "").toLowerCase(Locale.ROOT);
            if (!set.equals("vader") && !set.equals("diplomatic")) {
                throw new IllegalArgumentException(where + "set must be vader or diplomatic");
            }
            Kind kind;
            String k = row.getOrDefault("kind", "");
            try {
                kind = k.isEmpty() ? Kind.TERM : Kind.valueOf(k.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + "unknown kind '" + k + "'", e);
            }
            String w = row.getOrDefault("weight", "");
            double weight;
            try {
                weight = w.isEmpty() && kind != Kind.TERM && kind != Kind.BOOSTER ? 0 : Double.parseDouble(w);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where + "weight must be a number, got '" + w + "'", e);
            }
            if (!Double.isFinite(weight) || Math.abs(weight) > 4) {
                throw new IllegalArgumentException(where + "weight must be within [-4, 4]");
            }
            String normal;
            try {
                normal = String.join(" ", PhraseMatcher.parse(phrase));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + e.getMessage(), e);
            }
            if (!vaderOnly || set.equals("vader")) {
                byPhrase.remove(normal);
                byPhrase.put(normal, new Entry(phrase, kind, weight));
            }
        }
        List<Map.Entry<String, Entry>> list = new ArrayList<>();
        for (Entry e : byPhrase.values()) {
            list.add(Map.entry(e.phrase(), e));
        }
        return PhraseMatcher.compile(list);
    }
}
