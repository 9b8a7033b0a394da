package dev.stancekit.speakers;

import dev.stancekit.resources.Resources;
import dev.stancekit.resources.Vocabulary;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The word lists of speaker-words.csv: titles, roles, source nouns, determiners, ... Immutable. */
final class WordKinds {

    static final String FILE = "speaker-words.csv";
    static final String SYNONYMS = "role-synonyms.csv";

    enum Kind {
        TITLE, HONORIFIC, ROLE, SOURCE, DETERMINER, TAIL, TARGET, TARGET_AFTER, PRONOUN, ORG_HEAD, INDEPENDENT,
        DOCUMENT, ORG_NOUN, GENERIC_HEAD, ORDINAL, TIME, COMMENTATOR, TOPIC, OPENER, AFFILIATION, SHARED_OFFICE,
        ATTITUDE, COUNTRY_NOUN, EPITHET, ADVERSARY, PARTY_TAG, PARTY, ISSUE_VERB, PERSONAL_POSSESSIVE, OUTLET_NOUN, OCCASION,
        CONGRESS_TITLE;

        static Kind parse(String s, String word) {
            try {
                return valueOf(s.strip().replace('-', '_').toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(FILE + ": '" + word + "' has unknown kind '" + s
                        + "'; expected title, honorific, role, source, determiner, tail, target, target-after, "
                        + "pronoun, org-head, independent, document, org-noun, generic-head, ordinal, time, commentator, "
                        + "topic, opener, affiliation, shared-office, attitude, country-noun, epithet, adversary, party-tag, party, "
                        + "issue-verb, personal-possessive, outlet-noun, occasion or congress-title", e);
            }
        }
    }

    private final Map<String, Set<Kind>> kinds;
    private final Map<String, String> sameAs;

    private WordKinds(Map<String, Set<Kind>> kinds, Map<String, String> sameAs) {
        this.kinds = kinds;
        this.sameAs = sameAs;
    }

    /** The word a role noun is compared as ("spokeswoman" -> "spokesperson"), or the word itself. */
    String sameAs(String fold) {
        return sameAs.getOrDefault(fold, fold);
    }

    static WordKinds load(Resources res) {
        Map<String, Set<Kind>> m = new HashMap<>();
        for (Map<String, String> row : Vocabulary.speakerWords(res)) {
            String word = row.getOrDefault("word", "").strip();
            String key = Words.key(word);
            if (key.isEmpty() || key.contains(" ")) {
                throw new IllegalArgumentException(FILE + ": expected one word per row, got '" + word + "'");
            }
            m.computeIfAbsent(key, k -> EnumSet.noneOf(Kind.class))
                    .add(Kind.parse(row.getOrDefault("kind", ""), word));
        }
        m.replaceAll((k, v) -> Set.copyOf(v));
        Map<String, String> same = new HashMap<>();
        if (res.exists(SYNONYMS)) {
            for (Map<String, String> row : res.readCsvLayers(SYNONYMS)) {
                String word = Words.key(row.getOrDefault("word", ""));
                String as = Words.key(row.getOrDefault("same_as", ""));
                if (word.isEmpty() || as.isEmpty()) {
                    throw new IllegalArgumentException(SYNONYMS + ": a row needs word and same_as: " + row);
                }
                same.put(word, as);
            }
        }
        return new WordKinds(Map.copyOf(m), Map.copyOf(same));
    }

    /** Whether the folded word is of this kind. */
    boolean is(String fold, Kind kind) {
        return kinds.getOrDefault(fold, Set.of()).contains(kind);
    }

    /**
     * Evidence that the phrase names an independent or former voice ("a former official", "an
     * economist at a bank in Geneva"): such speakers are {@code other} whatever place they work in.
     */
    Evidence independent(Phrase p) {
        for (Words.Tok t : p.toks) {
            if (is(t.fold(), Kind.INDEPENDENT)) {
                return new Evidence("other", "independent \"" + t.text() + "\": \"" + p.text.strip() + "\"");
            }
        }
        return null;
    }

    /**
     * Evidence that a speaker with no tie to a side is a third-party voice ("analysts", "an
     * economist at a research group", "some former officials"): side {@code other}. Only asked
     * when the phrase and the article give no side.
     */
    /** How the evidence of {@link #commentator} starts: {@link ArticleMajoritySide} may give such a speaker the article's side. */
    static final String COMMENTATOR_EVIDENCE = "commentator \"";

    Evidence commentator(Phrase p) {
        for (Words.Tok t : p.toks) {
            if (is(t.fold(), Kind.COMMENTATOR)) {
                return new Evidence("other", COMMENTATOR_EVIDENCE + t.text() + "\" with no US or China tie: \""
                        + p.text.strip() + "\"");
            }
        }
        return null;
    }

    /** Whether a word before a full stop is an abbreviation: one capital letter, or a short title ("Gen.", "Lt."). */
    boolean abbreviation(Words.Tok t) {
        return t.text().length() == 1 && t.capitalized()
                || t.text().length() <= 5 && is(t.fold(), Kind.TITLE);
    }

    /** Whether the folded word is a title or a role noun, i.e. never part of a personal name. */
    boolean isTitleOrRole(String fold) {
        Set<Kind> k = kinds.getOrDefault(fold, Set.of());
        return k.contains(Kind.TITLE) || k.contains(Kind.ROLE) || k.contains(Kind.SOURCE) || k.contains(Kind.PARTY);
    }
}
