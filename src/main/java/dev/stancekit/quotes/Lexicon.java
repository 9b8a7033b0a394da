package dev.stancekit.quotes;

import dev.stancekit.resources.Resources;
import dev.stancekit.resources.Vocabulary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The editable word lists of the quotes stage: cue verbs ({@code cue-verbs.csv}) and words that
 * help name speakers ({@code attribution-words.csv}). Immutable after construction.
 */
final class Lexicon {

    static final String CUE_FILE = "cue-verbs.csv";
    static final String WORD_FILE = "attribution-words.csv";
    /** Most determiners, possessives and adjectives before the speech noun of a noun complement ("the U.S. side's strong"). */
    private static final int MAX_NOUN_MODIFIERS = 6;

    /** What must follow a cue verb for it to report a statement. */
    enum Complement { ANY, THAT, NOUN, QUOTE, REQUEST, PERSON }

    /** One cue: a verb lemma with an optional particle ("point out"). */
    record Cue(String lemma, String particle, Complement complement) {
        int length() {
            return particle.isEmpty() ? 1 : 2;
        }
    }

    /** Kinds of attribution words. */
    enum WordType { TITLE, ANONYMOUS, ORGANIZATION, DOCUMENT, JOINT, BOILERPLATE, NOCOMMENT, LISTENER, PLACE, ACTOR_PRONOUN, FREE_RELATIVE, PARTICLE, QUANTIFIER, VERB_CONJUNCTION,
        BOUNDARY, COORDINATOR, NEGATION, REFUSAL, ABSOLUTE_WITH, PREPOSITION_PARTICIPLE, TRAILING_AS, DEMONSTRATIVE_HEAD,
        QUOTING_VERB, INVERTING_VERB, TOPIC_PREPOSITION, CAUSATIVE_VERB, NAMING_VERB, EXPLETIVE, EMBEDDED_QUESTION, SPEECH_NOUN, TERM, MODIFIER_PREPOSITION, TIME, WORK, REPORT_NOUN, SELF_REQUEST, TITLE_JOINER, SHARE,
        PURPOSE_VERB, CONTINUING_VERB, ARTICLE, NAME_DETERMINER, WRITER_CLAUSE, TIME_CLAUSE, SUBORDINATOR, AUXILIARY,
        SUBJECT_PRONOUN, OBJECT_PRONOUN, FRACTION, APPROXIMATION, QUANTITY_JOINER, STANCE_VERB, CONNECTIVE, TARGET_VERB,
        SETTING_PREPOSITION, RANK, DOUBLE_OBJECT_VERB, READOUT_VERB, DISCUSSION_NOUN, HOLD_VERB, DISCUSSION_PREPOSITION, REQUEST_NOUN,
        EMPLOYER_PREPOSITION, LISTENER_VERB, PERFECT_ADVERB, TIME_ADVERB, INFINITIVE_REPORT, NAMED_NOUN, NAME_INTRODUCER, RECIPROCAL, SEQUEL_VERB,
        NOUN_JOINER, OCCASION_NOUN, CLAUSE_VERB, TIME_PREPOSITION, READOUT_SOURCE, LIST_ORDINAL, QUESTION_VERB, SOURCE_REPORT, SOURCE_MODIFIER, SOURCE_PREPOSITION,
        HEADLINE_SEPARATOR }

    private final Map<String, List<Cue>> cues;
    private final Map<String, Set<WordType>> words;
    private final List<String> boilerplate;
    private final List<String> nocomment;

    Lexicon(List<Map<String, String>> cueRows, List<Map<String, String>> wordRows) {
        Map<String, List<Cue>> c = new HashMap<>();
        for (Map<String, String> row : cueRows) {
            String lemma = cell(row, "lemma", CUE_FILE);
            String particle = row.getOrDefault("particle", "").toLowerCase(Locale.ROOT);
            String comp = row.getOrDefault("complement", "");
            Complement complement;
            try {
                complement = comp.isEmpty() ? Complement.ANY
                        : Complement.valueOf(comp.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(CUE_FILE + ": unknown complement '" + comp
                        + "' for " + lemma + " (use any, that, noun, quote, request or person)", e);
            }
            c.computeIfAbsent(lemma, k -> new ArrayList<>()).add(new Cue(lemma, particle, complement));
        }
        // verb + particle first, so "call on" wins over "call"
        c.values().forEach(l -> l.sort((a, b) -> b.length() - a.length()));
        Map<String, Set<WordType>> w = new HashMap<>();
        List<String> boiler = new ArrayList<>();
        List<String> noc = new ArrayList<>();
        for (Map<String, String> row : wordRows) {
            String word = cell(row, "word", WORD_FILE);
            String type = cell(row, "type", WORD_FILE);
            WordType t;
            try {
                t = WordType.valueOf(type.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(WORD_FILE + ": unknown type '" + type + "' for " + word, e);
            }
            if (t == WordType.BOILERPLATE) {
                boiler.add(word);
            } else if (t == WordType.NOCOMMENT) {
                noc.add(word);
            } else {
                w.computeIfAbsent(word, k -> EnumSet.noneOf(WordType.class)).add(t);
            }
        }
        this.cues = Collections.unmodifiableMap(c);
        this.words = Collections.unmodifiableMap(w);
        this.boilerplate = List.copyOf(boiler);
        this.nocomment = List.copyOf(noc);
    }

    static Lexicon load(Resources res) {
        return new Lexicon(res.readCsv(CUE_FILE), Vocabulary.attributionWords(res));
    }

    private static String cell(Map<String, String> row, String col, String file) {
        String v = row.get(col);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(file + ": row without '" + col + "': " + row);
        }
        return v.strip().toLowerCase(Locale.ROOT);
    }

    /** The cues whose verb has this lemma, longest first; empty when none. */
    List<Cue> cues(String lemma) {
        return cues.getOrDefault(lemma, List.of());
    }

    /** Whether the word, in any case, is a verb of saying in the third person ("Says", "Warns", "Blasts"). */
    boolean isThirdPersonCue(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.endsWith("es") && !cues(w.substring(0, w.length() - 2)).isEmpty()
                || w.endsWith("s") && !cues(w.substring(0, w.length() - 1)).isEmpty();
    }

    boolean is(String word, WordType type) {
        return isExactly(normal(word), type);
    }

    /** Whether the word, lower-cased, has the type; a final full stop is kept ("but." is no "but"). */
    boolean isLowered(String word, WordType type) {
        return isExactly(word.toLowerCase(Locale.ROOT), type);
    }

    /**
     * Whether this exact form has the type: a lemma, or a word the caller lower-cased. Unlike
     * {@link #is} it keeps a final full stop and the case of a lemma ("Decline" as a name).
     */
    boolean isExactly(String form, WordType type) {
        Set<WordType> s = words.get(form);
        return s != null && s.contains(type);
    }

    /**
     * The cue whose verb is token {@code i} of a sentence ending before token {@code b}: a verb
     * whose lemma is in {@code cue-verbs.csv}, with its particle when the cue has one ("point
     * out"); null when none.
     */
    Cue cueAt(Doc d, int i, int b) {
        return d.tok[i].isVerb() ? cueOf(d, i, b) : null;
    }

    /** The cue whose lemma the token has, whatever its tag ("the owners state" tagged as a noun). */
    Cue cueOf(Doc d, int i, int b) {
        dev.stancekit.nlp.Token t = d.tok[i];
        for (Cue c : cues(t.lemma())) {
            if (c.complement() == Complement.PERSON && !personBefore(d, i)) {
                continue;
            }
            if (c.particle().isEmpty()) {
                return c;
            }
            if (i + 1 < b && c.particle().equalsIgnoreCase(d.word(i + 1))) {
                return c;
            }
        }
        return null;
    }

    /**
     * Whether the word before verb i, past adverbs and auxiliaries ("has also indicated"), names a
     * person: a name tagged PERSON, a pronoun of type actor_pronoun, a title or an anonymous noun
     * ("a source"). A verb of complement {@code person} is a cue only then.
     */
    private boolean personBefore(Doc d, int i) {
        int k = i - 1;
        while (k >= 0 && (d.tok[k].pos().startsWith("RB") || "MD".equals(d.tok[k].pos())
                || is(d.tok[k].lemma(), WordType.AUXILIARY))) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        String w = d.word(k);
        return "PERSON".equals(d.tok[k].ner()) || is(w, WordType.ACTOR_PRONOUN) || is(w, WordType.TITLE)
                || is(w, WordType.ANONYMOUS);
    }

    /**
     * The row after {@code c} for the same verb with no particle, tried when {@code c}'s complement
     * is not there ("reminded students that …" and "reminded students to …"), or null.
     */
    Cue nextCue(Cue c, Doc d, int i) {
        List<Cue> rows = cues(d.tok[i].lemma());
        for (int k = rows.indexOf(c) + 1; k > 0 && k < rows.size(); k++) {
            if (rows.get(k).particle().isEmpty()) {
                return rows.get(k);
            }
        }
        return null;
    }

    /**
     * "raised concerns about …", "voiced strong opposition to …", "reaffirmed the U.S. commitment
     * to …": the object's head, after determiners, possessives and adjectives, is a word of type
     * {@code speech_noun}.
     */
    boolean speechNounObject(Doc d, int cs, int ce) {
        for (int k = cs; k < ce && k - cs <= MAX_NOUN_MODIFIERS; k++) {
            String p = d.tok[k].pos();
            if (is(d.word(k), Lexicon.WordType.SPEECH_NOUN) && p.startsWith("NN")) {
                return true;
            }
            if (!(p.startsWith("DT") || p.startsWith("PRP$") || p.startsWith("JJ") || p.startsWith("RB") || p.startsWith("NN")
                    || "POS".equals(p) || "CC".equals(p) || ",".equals(p) || "HYPH".equals(p) || d.possessiveApostrophe(k))) {
                return false; // a possessive apostrophe may be tagged as a quote mark ("the United States’ support")
            }
        }
        return false;
    }

    /** Whether the word is a title, anonymous, organisation or document noun. */
    boolean isSpeakerNoun(String word) {
        Set<WordType> s = words.get(normal(word));
        return s != null && (s.contains(WordType.TITLE) || s.contains(WordType.ANONYMOUS)
                || s.contains(WordType.ORGANIZATION) || s.contains(WordType.DOCUMENT));
    }

    /** Whether a paragraph starting like this is a link block ("Read Next: ..."). */
    boolean isBoilerplateStart(String paragraph) {
        String p = paragraph.strip().toLowerCase(Locale.ROOT);
        for (String b : boilerplate) {
            if (p.startsWith(b) && (p.length() == b.length()
                    || !Character.isLetterOrDigit(p.charAt(b.length())))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text holds a phrase that marks a non-statement ("request for comment"). */
    boolean hasNoComment(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        for (String n : nocomment) {
            if (t.contains(n)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words in quote marks are a term of type {@code term} ("Taiwan independence",
     * "one country, two systems"): case, spaces and the punctuation at either end do not count.
     */
    boolean isTerm(String quoted) {
        String t = quoted.strip().replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "").replaceAll("\\s+", " ");
        return !t.isEmpty() && is(t, WordType.TERM);
    }

    static String normal(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        w = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
        return w.length() > 2 && w.indexOf('.') > 0 ? w.replace(".", "") : w; // "U.S." and "US" are one word
    }
}
