package dev.stancekit.nlp;

import dev.stancekit.resources.Resources;
import dev.stancekit.resources.Vocabulary;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The settings of the {@link SentenceGate}, from {@code annotation-gate.csv} ({@code name,value,note}) and
 * the cue lemmas of {@code cue-verbs.csv}. Immutable.
 *
 * @param enabled        whether the gate is on (off: every sentence is tagged)
 * @param before         sentences before a cue or quote sentence tagged too
 * @param after          sentences after it tagged too
 * @param paragraphFirst whether the first sentence of its paragraph is tagged too
 * @param paragraphAfter sentences after it in its own paragraph tagged too (a readout's sentences
 *                       that go on with the report)
 * @param personWalk     how far back to look for the sentence that names a pronoun's person
 * @param nameRounds     rounds of tagging the sentences that hold a known person's name word
 * @param longerNamesOnly whether such a word counts only next to another capitalised word
 * @param cueLemmas      lemmas of the verbs of saying
 * @param triggers       other words that make a sentence a cue sentence (lower case)
 * @param pronouns       words that start the person walk (lower case)
 * @param headlineTriggers tokens that make the text's first paragraph (its headline) a cue sentence
 *                       (attribution-words.csv type headline_separator: "Fees will not rise: port chief")
 */
public record GateSettings(boolean enabled, int before, int after, boolean paragraphFirst, int paragraphAfter, int personWalk,
                           int nameRounds, boolean longerNamesOnly, Set<String> cueLemmas, Set<String> triggers, Set<String> pronouns,
                           Set<String> headlineTriggers) {

    static final String FILE = "annotation-gate.csv";
    static final String CUE_FILE = "cue-verbs.csv";

    /** Settings without headline triggers. */
    public GateSettings(boolean enabled, int before, int after, boolean paragraphFirst, int paragraphAfter, int personWalk,
                        int nameRounds, boolean longerNamesOnly, Set<String> cueLemmas, Set<String> triggers, Set<String> pronouns) {
        this(enabled, before, after, paragraphFirst, paragraphAfter, personWalk, nameRounds, longerNamesOnly, cueLemmas, triggers,
                pronouns, Set.of());
    }

    public GateSettings {
        cueLemmas = Set.copyOf(cueLemmas);
        triggers = Set.copyOf(triggers);
        pronouns = Set.copyOf(pronouns);
        headlineTriggers = Set.copyOf(headlineTriggers);
        if (before < 0 || after < 0 || paragraphAfter < 0 || personWalk < 0 || nameRounds < 0) {
            throw new IllegalArgumentException(FILE + ": sentence counts and rounds must be 0 or more");
        }
    }

    /** The settings in {@code res}. */
    public static GateSettings load(Resources res) {
        Set<String> lemmas = new HashSet<>();
        for (Map<String, String> row : res.readCsv(CUE_FILE)) {
            String l = row.getOrDefault("lemma", "").strip().toLowerCase(Locale.ROOT);
            if (!l.isEmpty()) {
                lemmas.add(l);
            }
        }
        // the nouns of a readout's joint discussion ("the two sides had candid exchanges on …")
        Set<String> discussion = new HashSet<>();
        Set<String> separators = new HashSet<>();
        for (Map<String, String> row : Vocabulary.attributionWords(res)) {
            String type = row.getOrDefault("type", "").strip();
            if (DISCUSSION_NOUN.equals(type)) {
                discussion.add(row.getOrDefault("word", "").strip().toLowerCase(Locale.ROOT));
            } else if (HEADLINE_SEPARATOR.equals(type)) {
                separators.add(row.getOrDefault("word", "").strip());
            }
        }
        GateSettings g = fromRows(res.readCsv(FILE), lemmas, discussion);
        return new GateSettings(g.enabled, g.before, g.after, g.paragraphFirst, g.paragraphAfter, g.personWalk, g.nameRounds,
                g.longerNamesOnly, g.cueLemmas, g.triggers, g.pronouns, separators);
    }

    /** The word type of attribution-words.csv whose words are trigger words too. */
    static final String DISCUSSION_NOUN = "discussion_noun";
    /** The word type of attribution-words.csv whose words are headline triggers. */
    static final String HEADLINE_SEPARATOR = "headline_separator";

    static GateSettings fromRows(List<Map<String, String>> rows, Set<String> cueLemmas) {
        return fromRows(rows, cueLemmas, Set.of());
    }

    /** As {@link #fromRows(List, Set)}, with {@code moreTriggers} trigger words besides the rows' own. */
    private static GateSettings fromRows(List<Map<String, String>> rows, Set<String> cueLemmas, Set<String> moreTriggers) {
        Map<String, Integer> numbers = new HashMap<>();
        Set<String> triggers = new HashSet<>(moreTriggers);
        Set<String> pronouns = new HashSet<>();
        int n = 0;
        for (Map<String, String> row : rows) {
            n++;
            String name = row.getOrDefault("name", "").strip();
            String value = row.getOrDefault("value", "").strip();
            if (name.isEmpty() || value.isEmpty()) {
                throw new IllegalArgumentException(FILE + " data row " + n + " " + row.values()
                        + ": needs a name and a value");
            }
            switch (name) {
                case "trigger_word" -> triggers.add(value.toLowerCase(Locale.ROOT));
                case "pronoun" -> pronouns.add(value.toLowerCase(Locale.ROOT));
                default -> {
                    try {
                        numbers.put(name, Integer.parseInt(value));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException(FILE + " data row " + n + " " + row.values()
                                + ": " + name + " needs a whole number", e);
                    }
                }
            }
        }
        return new GateSettings(get(numbers, "enabled") != 0, get(numbers, "sentences_before"),
                get(numbers, "sentences_after"), get(numbers, "paragraph_first") != 0, get(numbers, "paragraph_after"),
                get(numbers, "person_walk"),
                get(numbers, "name_rounds"), get(numbers, "longer_names_only") != 0, cueLemmas, triggers, pronouns);
    }

    private static int get(Map<String, Integer> numbers, String name) {
        Integer v = numbers.get(name);
        if (v == null) {
            throw new IllegalArgumentException(FILE + ": missing setting '" + name + "'");
        }
        return v;
    }
}
