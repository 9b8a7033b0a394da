package dev.stancekit.quotes;

import dev.stancekit.nlp.Token;

/** Small tests on tokens and text that several rules share. */
final class Tokens {

    private Tokens() {
    }

    /** Whether token k, at or after sentFirst, is a free relative ("what" in "what it called"). */
    static boolean freeRelative(Lexicon lex, Doc d, int k, int sentFirst) {
        return k >= sentFirst && lex.is(d.word(k), Lexicon.WordType.FREE_RELATIVE);
    }

    /** Whether every character of text[from, to) is one of {@code allowed}. */
    static boolean gapOnly(String text, int from, int to, String allowed) {
        if (to < from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (allowed.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    static boolean sentenceEnd(String word) {
        return ".".equals(word) || "?".equals(word) || "!".equals(word) || ";".equals(word);
    }

    /** A finite verb or modal (Penn tags VBD, VBZ, VBP, MD). */
    /** Whether token k is a comma, or a closing mark right after a comma inside the marks ("“reckless,” said"), in [from, …). */
    static boolean commaOrClosingComma(Doc d, int k, int from) {
        return k >= from && (",".equals(d.word(k)) || d.isQuoteToken(k) && k - 1 >= from && ",".equals(d.word(k - 1)));
    }

    /** Whether the first token from k on that is no adverb is a finite verb outside quote marks ("said [also] was …"). */
    static boolean finiteAfterAdverbs(Doc d, int k) {
        while (k < d.tok.length && d.tok[k].pos().startsWith("RB")) {
            k++;
        }
        return k < d.tok.length && d.quoteOf[k] < 0 && finiteVerb(d.tok[k].pos());
    }

    /** Whether "according to" opens at token i, both words before b. */
    static boolean accordingTo(Doc d, int i, int b) {
        return i + 1 < b && "according".equalsIgnoreCase(d.word(i)) && "to".equalsIgnoreCase(d.word(i + 1));
    }

    /** Whether token k is "that" opening a clause (tagged as a preposition), not a pronoun or determiner. */
    static boolean complementizer(Doc d, int k) {
        return "that".equalsIgnoreCase(d.word(k)) && "IN".equals(d.tok[k].pos());
    }

    /** The first token from j on (before end) that is no adverb: "and | then | later said". */
    static int afterAdverbs(Doc d, int j, int end) {
        while (j < end && d.tok[j].pos().startsWith("RB")) {
            j++;
        }
        return j;
    }

    static boolean finiteVerb(String pos) {
        return "VBD".equals(pos) || "VBZ".equals(pos) || "VBP".equals(pos) || "MD".equals(pos);
    }

    /** An adverb, modal or auxiliary between a speaker and the verb ("also", "has", "would"). */
    static boolean adverbOrAux(Token t) {
        String p = t.pos();
        return p.startsWith("RB") || "MD".equals(p) || p.startsWith("VB")
                && ("have".equals(t.lemma()) || "be".equals(t.lemma()) || "do".equals(t.lemma()));
    }

    /**
     * A dash between spaces: "—", "–", "--", or a hyphen with a space on each side (a hyphen
     * inside a word, as in "Florida-based", is none).
     */
    static boolean dash(Doc d, int i) {
        String w = d.word(i);
        if ("—".equals(w) || "–".equals(w) || "--".equals(w)) {
            return true;
        }
        int b = d.tok[i].begin();
        return "-".equals(w) && b > 0 && b + 1 < d.text.length() && Character.isWhitespace(d.text.charAt(b - 1))
                && Character.isWhitespace(d.text.charAt(b + 1));
    }

    /**
     * The character before the opening mark of q, over spaces and closing marks (the end of the
     * sentence before: '.', '?', ':' …), or -1 when the paragraph starts there.
     */
    static int charBeforeMark(Doc d, QuoteMarks.Marked q) {
        int i = q.open() - 1;
        while (i >= q.paraStart() && Character.isWhitespace(d.text.charAt(i))) {
            i--;
        }
        while (i >= q.paraStart() && "\"'`”’»".indexOf(d.text.charAt(i)) >= 0) {
            i--;
        }
        return i >= q.paraStart() ? d.text.charAt(i) : -1;
    }

    /** Whether the opening mark of q follows the end of a sentence of its paragraph ("... he said. “Next ..."). */
    static boolean markOpensSentence(Doc d, QuoteMarks.Marked q) {
        int c = charBeforeMark(d, q);
        return c >= 0 && ".!?".indexOf(c) >= 0;
    }
}
