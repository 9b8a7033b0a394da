package dev.stancekit.resources;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words both the quote finder and the speaker resolver know, each defined once in the file of
 * its concept: {@code titles.csv}, {@code role-nouns.csv} and {@code organisation-words.csv}
 * ({@code word, speaker_kind, attribution}), and the link blocks ({@code block_start} rows of
 * {@code boilerplate.csv}). This class gives each stage its word table in the shape it reads: the
 * rows of its own file ({@code attribution-words.csv} or {@code speaker-words.csv}) followed by the
 * rows derived from the concept files.
 */
public final class Vocabulary {

    /** The concept files, in reading order. */
    public static final List<String> CONCEPT_FILES = List.of("titles.csv", "role-nouns.csv", "organisation-words.csv");

    static final String ATTRIBUTION_FILE = "attribution-words.csv";
    static final String SPEAKER_FILE = "speaker-words.csv";
    static final String BOILERPLATE_FILE = "boilerplate.csv";

    private Vocabulary() {}

    /**
     * The quote finder's rows ({@code word, type}): those of {@code attribution-words.csv}, one per
     * type in the concept files' {@code attribution} column, {@code time} rows for the time words
     * of {@code speaker-words.csv}, and {@code boilerplate} rows for the link-block patterns of
     * {@code boilerplate.csv}.
     */
    public static List<Map<String, String>> attributionWords(Resources res) {
        List<Map<String, String>> rows = new ArrayList<>(res.readCsv(ATTRIBUTION_FILE));
        rows.addAll(derived(res, "attribution", "type"));
        for (Map<String, String> row : res.readCsv(SPEAKER_FILE)) {
            if ("time".equals(row.get("kind"))) {
                rows.add(Map.of("word", row.get("word"), "type", "time")); // one list of time words for both packages
            }
        }
        for (String pattern : linkBlocks(res)) {
            rows.add(Map.of("word", pattern, "type", "boilerplate"));
        }
        return List.copyOf(rows);
    }

    /**
     * The speaker resolver's rows ({@code word, kind}): those of {@code speaker-words.csv} and one
     * per kind in the concept files' {@code speaker_kind} column.
     */
    public static List<Map<String, String>> speakerWords(Resources res) {
        List<Map<String, String>> rows = new ArrayList<>(res.readCsv(SPEAKER_FILE));
        rows.addAll(derived(res, "speaker_kind", "kind"));
        return List.copyOf(rows);
    }

    /** One row {@code word, <as>} per word and per ;-separated value of {@code column}. */
    private static List<Map<String, String>> derived(Resources res, String column, String as) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (String file : CONCEPT_FILES) {
            for (Map<String, String> row : res.readCsv(file)) {
                String word = row.getOrDefault("word", "");
                if (word.isBlank()) {
                    throw new IllegalArgumentException(file + ": a row without a word: " + row);
                }
                if (!row.containsKey(column)) {
                    throw new IllegalArgumentException(file + ": no '" + column + "' column (expected word, "
                            + "speaker_kind, attribution)");
                }
                for (String v : row.get(column).split(";")) {
                    if (!v.isBlank()) {
                        rows.add(Map.of("word", word, as, v.strip()));
                    }
                }
            }
        }
        return rows;
    }

    /**
     * The {@code block_start} patterns of {@code boilerplate.csv}, lower-cased, after the user's
     * {@code off} rows: a paragraph starting with one is a link block.
     */
    static List<String> linkBlocks(Resources res) {
        Map<String, String> patterns = new LinkedHashMap<>();
        for (Map<String, String> row : res.readCsv(BOILERPLATE_FILE)) {
            String pattern = row.getOrDefault("pattern", "").strip().toLowerCase(Locale.ROOT);
            String match = row.getOrDefault("match", "").strip().toLowerCase(Locale.ROOT);
            if (pattern.isEmpty()) {
                continue;
            }
            if (match.equals("block_start")) {
                patterns.put(pattern, pattern);
            } else {
                patterns.remove(pattern); // "off", or the same pattern given another match
            }
        }
        return List.copyOf(patterns.values());
    }
}
