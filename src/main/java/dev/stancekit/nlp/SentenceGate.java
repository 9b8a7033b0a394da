package dev.stancekit.nlp;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Chooses the sentences of an article that get the costly tags (POS, lemma, NER): those that can
 * hold or attribute a quote and those the speaker rules read back to. Works on tokenized sentences
 * in two steps: {@link #first} from the words alone (quote marks, verbs of saying, trigger words,
 * and their neighbours), then {@link #next} from the tags found so far (the earlier sentence that
 * names the person behind "he said"; the sentences holding a word of a person's name). Stateless
 * and thread-safe.
 */
public final class SentenceGate {

    private static final String QUOTE_CHARS = "\"'`“”‘’«»‹›„";

    private final GateSettings settings;
    private final Predicate<String> cueWord;

    /**
     * @param cueWord whether a lower-case word can be a form of a verb of saying ("said", "tells")
     */
    SentenceGate(GateSettings settings, Predicate<String> cueWord) {
        this.settings = settings;
        this.cueWord = cueWord;
    }

    /** A gate that tells verbs of saying by their CoreNLP lemma as a verb. */
    public static SentenceGate create(GateSettings settings) {
        return new SentenceGate(settings, new CueForms(settings.cueLemmas()));
    }

    public GateSettings settings() {
        return settings;
    }

    /** Whether the sentence holds a quote mark, a verb of saying or a trigger word. */
    boolean isCueSentence(Sentence s) {
        for (Token t : s.tokens()) {
            String w = t.word().toLowerCase(Locale.ROOT);
            if (isQuoteMark(w) || settings.triggers().contains(w) || cueWord.test(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text's first paragraph holds a headline trigger. */
    private boolean headlineTrigger(List<Sentence> sentences) {
        int p = sentences.get(0).paragraph();
        for (int i = 0; i < sentences.size() && sentences.get(i).paragraph() == p; i++) {
            for (Token t : sentences.get(i).tokens()) {
                if (settings.headlineTriggers().contains(t.word())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean endsInColon(Sentence s) {
        List<Token> t = s.tokens();
        return !t.isEmpty() && ":".equals(t.get(t.size() - 1).word());
    }

    static boolean isQuoteMark(String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (QUOTE_CHARS.indexOf(word.charAt(k)) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The sentences to tag first: cue sentences, their neighbours, a sentence ending in a colon
     * right before one, and their paragraphs' first sentences.
     */
    public BitSet first(List<Sentence> sentences) {
        int n = sentences.size();
        BitSet out = new BitSet(n);
        if (!settings.enabled()) {
            out.set(0, n);
            return out;
        }
        int paraFirst = 0;
        if (n > 0 && headlineTrigger(sentences)) {
            for (int i = 0; i < n && sentences.get(i).paragraph() == sentences.get(0).paragraph(); i++) {
                out.set(i); // "Fees will not rise: port chief": a speaker set apart without a verb of saying
            }
        }
        for (int i = 0; i < n; i++) {
            if (i > 0 && sentences.get(i).paragraph() != sentences.get(i - 1).paragraph()) {
                paraFirst = i;
            }
            if (isCueSentence(sentences.get(i))) {
                out.set(Math.max(0, i - settings.before()), Math.min(n, i + settings.after() + 1));
                if (i > 0 && endsInColon(sentences.get(i - 1))) {
                    out.set(i - 1); // "Lin Wei, spokesperson of the ministry:" before the quote: the speaker's label
                }
                if (settings.paragraphFirst()) {
                    out.set(paraFirst);
                }
                for (int k = i + 1; k < n && k <= i + settings.paragraphAfter()
                        && sentences.get(k).paragraph() == sentences.get(i).paragraph(); k++) {
                    out.set(k); // "Wang said that A. The two sides should B. China opposes C.": a readout going on
                }
            }
        }
        return out;
    }

    /**
     * More sentences to tag, given those already tagged (in {@code tagged}, with their tags in
     * {@code sentences}); empty when none. {@code round} counts the calls from 0.
     */
    public BitSet next(List<Sentence> sentences, BitSet tagged, int round) {
        BitSet out = new BitSet(sentences.size());
        if (!settings.enabled()) {
            return out;
        }
        for (int i = tagged.nextSetBit(0); i >= 0; i = tagged.nextSetBit(i + 1)) {
            if (holdsPronoun(sentences.get(i))) {
                walkBack(sentences, tagged, i, out);
            }
        }
        if (round < settings.nameRounds()) {
            Set<String> names = new HashSet<>();
            for (int i = tagged.nextSetBit(0); i >= 0; i = tagged.nextSetBit(i + 1)) {
                for (Token t : sentences.get(i).tokens()) {
                    if (t.isPerson()) {
                        names.add(t.word().toLowerCase(Locale.ROOT));
                    }
                }
            }
            for (int i = tagged.nextClearBit(0); i < sentences.size(); i = tagged.nextClearBit(i + 1)) {
                if (holdsName(sentences.get(i), names, settings.longerNamesOnly())) {
                    out.set(i);
                }
            }
        }
        return out;
    }

    /** Tags the nearest earlier untagged sentence, unless a tagged one naming a person comes first. */
    private void walkBack(List<Sentence> sentences, BitSet tagged, int from, BitSet out) {
        for (int k = from - 1; k >= 0 && k >= from - settings.personWalk(); k--) {
            if (!tagged.get(k)) {
                out.set(k);
                return;
            }
            if (namesPerson(sentences.get(k))) {
                return;
            }
        }
    }

    private boolean holdsPronoun(Sentence s) {
        for (Token t : s.tokens()) {
            if (settings.pronouns().contains(t.word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesPerson(Sentence s) {
        for (Token t : s.tokens()) {
            if (t.isPerson()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence holds a capitalised name word; with {@code longer}, only next to another
     * capitalised word ("Ivo Brandt", "Senator Brandt"), where a fuller name than a bare surname can be.
     */
    private static boolean holdsName(Sentence s, Set<String> names, boolean longer) {
        List<Token> ts = s.tokens();
        for (int i = 0; i < ts.size(); i++) {
            if (capitalised(ts.get(i)) && names.contains(ts.get(i).word().toLowerCase(Locale.ROOT))
                    && (!longer || i > 0 && capitalised(ts.get(i - 1)) || i + 1 < ts.size() && capitalised(ts.get(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean capitalised(Token t) {
        return !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0));
    }
}
