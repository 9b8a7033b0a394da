package dev.stancekit.quotes;

import java.util.List;

/**
 * A speaker's list that runs over paragraphs, as readouts and speeches print it: a paragraph that
 * reports a speaker and ends with a colon ({@code Wang said China has put forward four proposals:})
 * and paragraphs after it that open with a list word (word type {@code list_ordinal}: "First,",
 * "Secondly,") hold the speaker's words, each sentence a report of its own. The list ends at the
 * first paragraph that opens otherwise. Sentences with a report or quote marks of their own are
 * left to those. Part of {@link ReadoutContinuation}.
 */
final class ListParagraphs {

    /** The most list paragraphs read after one lead-in. */
    private static final int MAX_ITEMS = 8;

    private final Lexicon lex;

    ListParagraphs(Lexicon lex) {
        this.lex = lex;
    }

    /**
     * The first sentence after the paragraph of {@code a}'s verb when that paragraph ends with a
     * colon, leading in to a list; -1 otherwise.
     */
    int listStart(Doc d, Attribution a) {
        int para = d.paragraphAt(d.tok[a.cueTok()].begin());
        int last = d.sentOf[a.cueTok()];
        while (last + 1 < d.sentStart.length && d.sentEnd[last + 1] > d.sentStart[last + 1]
                && d.paragraphAt(d.tok[d.sentStart[last + 1]].begin()) == para) {
            last++;
        }
        int e = d.sentEnd[last];
        return e > d.sentStart[last] && ":".equals(d.word(e - 1)) && last + 1 < d.sentStart.length ? last + 1 : -1;
    }

    /** The sentences of the list paragraphs from sentence {@code n} on, as reports of {@code a}'s speaker. */
    void extend(Doc d, Attribution a, int n, boolean[] reported, List<Attribution> out) {
        for (int item = 0; item < MAX_ITEMS && n < d.sentStart.length; item++) {
            int f = d.sentStart[n];
            if (d.sentEnd[n] <= f || !opensItem(d, f)) {
                return;
            }
            int p = d.paragraphAt(d.tok[f].begin());
            for (; n < d.sentStart.length && d.paragraphAt(d.tok[d.sentStart[n]].begin()) == p; n++) {
                int s = d.sentStart[n];
                int e = d.sentEnd[n];
                if (e > s && !reported[n] && !Stretches.hasQuote(d, s, e)) {
                    reported[n] = true;
                    out.add(ReadoutContinuation.sentenceOf(d, a, s, e));
                }
            }
        }
    }

    /** "First," or "Secondly," opening a sentence. */
    private boolean opensItem(Doc d, int f) {
        return f + 1 < d.tok.length && lex.isLowered(d.word(f), Lexicon.WordType.LIST_ORDINAL) && ",".equals(d.word(f + 1));
    }
}
