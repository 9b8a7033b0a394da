package dev.stancekit.quotes;

import java.util.List;

/**
 * A ministry's readout that goes on in the next paragraph: {@code A, the spokesperson said. ¶ The
 * US side should B. It must C.} reports B and C too. Part of {@link ReadoutContinuation}.
 */
final class ReadoutNextParagraph {

    private final Lexicon lex;
    private final int maxSentences;

    ReadoutNextParagraph(Lexicon lex, int maxSentences) {
        this.lex = lex;
        this.maxSentences = maxSentences;
    }

    /**
     * "A, the spokesperson said." as a paragraph's last sentence: a trailing report whose content
     * opens its sentence and whose speaker is the voice of a ministry (word type readout_source:
     * "spokesperson", "statement"), as ministry readouts write.
     */
    boolean closesParagraph(Doc d, Attribution a) {
        int s = d.sentOf[a.cueTok()];
        if (!a.trailing() || a.contentStart() != d.tok[d.sentStart[s]].begin() || s + 1 >= d.sentStart.length
                || !lex.is(d.word(a.subjEnd()), Lexicon.WordType.READOUT_SOURCE)
                || Stretches.hasQuote(d, d.sentStart[s], d.sentEnd[s])) {
            return false;
        }
        return d.paragraphAt(d.tok[d.sentStart[s + 1]].begin()) != d.paragraphAt(d.tok[a.cueTok()].begin());
    }

    /**
     * "…, the spokesperson said. ¶ The US side should stop … . It must …": ministry readouts go on
     * in the next paragraph with the speaker's words; its sentences continue the report while each
     * holds a modal verb, no verb in the past tense, no quote marks, no report of its own and no
     * person's name, and opens with no coordinator, connective or wh-word.
     */
    void extend(Doc d, Attribution a, boolean[] reported, List<Attribution> out) {
        int s = d.sentOf[a.cueTok()];
        int para = d.paragraphAt(d.tok[d.sentStart[s + 1]].begin());
        for (int n = s + 1; n < d.sentStart.length && n <= s + maxSentences; n++) {
            int f = d.sentStart[n];
            int e = d.sentEnd[n];
            String first = d.tok[f].pos();
            if (e <= f || reported[n] || d.paragraphAt(d.tok[f].begin()) != para || !ReadoutContinuation.continues(d, f, e, true)
                    || Stretches.namesPerson(d, f, e) || "CC".equals(first) || first.startsWith("W")
                    || lex.is(d.word(f), Lexicon.WordType.CONNECTIVE)) {
                break;
            }
            reported[n] = true;
            out.add(ReadoutContinuation.sentenceOf(d, a, f, e));
        }
    }
}
