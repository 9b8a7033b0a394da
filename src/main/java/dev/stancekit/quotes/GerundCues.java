package dev.stancekit.quotes;

import dev.stancekit.nlp.Token;
import java.util.Locale;

/**
 * "acknowledging that A but warning that B": the tagger often reads a participle of saying after
 * "and", "but" or a comma as a noun ("warning/NN"). Such a word right before "that", whose verb
 * form is a verb of saying, is retagged as a participle with the verb's lemma, so the rules see
 * the second report. Stateless.
 */
final class GerundCues {

    private static final String SUFFIX = "ing";

    private GerundCues() {
    }

    /** Retags, in place, every such noun of {@code d}. */
    static void retag(Doc d, Lexicon lex) {
        for (int i = 1; i + 1 < d.tok.length; i++) {
            Token t = d.tok[i];
            String w = t.word().toLowerCase(Locale.ROOT);
            if (!t.pos().startsWith("NN") || !w.endsWith(SUFFIX) || d.quoteOf[i] >= 0
                    || d.sentOf[i - 1] != d.sentOf[i] || d.sentOf[i + 1] != d.sentOf[i]
                    || !"that".equalsIgnoreCase(d.word(i + 1))) {
                continue;
            }
            String prev = d.word(i - 1);
            if (!",".equals(prev) && !lex.isExactly(prev.toLowerCase(Locale.ROOT), Lexicon.WordType.COORDINATOR)) {
                continue;
            }
            String lemma = verbLemma(w, lex);
            if (lemma != null) {
                d.tok[i] = new Token(t.word(), lemma, "VBG", t.ner(), t.begin(), t.end());
            }
        }
    }

    /** The lemma of a verb of saying whose participle is {@code w} ("warning", "arguing", "plotting"), or null. */
    static String verbLemma(String w, Lexicon lex) {
        String stem = w.substring(0, w.length() - SUFFIX.length());
        if (stem.length() < 2) {
            return null;
        }
        String doubled = stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                ? stem.substring(0, stem.length() - 1) : stem;
        for (String c : new String[] {stem, stem + "e", doubled}) {
            if (!lex.cues(c).isEmpty()) {
                return c;
            }
        }
        return null;
    }
}
