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
                || !lex.is(d.word(a.subjEnd()), Lexicon.WordType.READOUT_SOURCE) && !personVoice(d, a)
                || Stretches.hasQuote(d, d.sentStart[s], d.sentEnd[s])) {
            return false;
        }
        return d.paragraphAt(d.tok[d.sentStart[s + 1]].begin()) != d.paragraphAt(d.tok[a.cueTok()].begin());
    }

    /**
     * A name as the trailing speaker ("…, Mao said.") whose words the article introduces as a
     * ministry's voice elsewhere: the name stands within a few words of a word of type
     * readout_source ("Foreign Ministry spokesperson Mao Ning", "Mao Ning, the spokesperson").
     */
    private boolean personVoice(Doc d, Attribution a) {
        int k = a.subjEnd();
        if (!"NNP".equals(d.tok[k].pos()) || !d.tok[k].isPerson()) {
            return false;
        }
        String name = d.word(k);
        for (int j = 0; j < d.tok.length; j++) {
            if (j != k && name.equals(d.word(j))) {
                for (int m = Math.max(0, j - VOICE_WINDOW); m < Math.min(d.tok.length, j + VOICE_WINDOW + 1); m++) {
                    if (lex.is(d.word(m), Lexicon.WordType.READOUT_SOURCE) && d.tok[m].pos().startsWith("NN")
                            && Character.isLowerCase(d.word(m).charAt(0))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** How many tokens from a name a word of a ministry's voice may stand ("spokesperson Mao Ning"). */
    private static final int VOICE_WINDOW = 3;

    /** Whether tokens [f, e) hold a verb in the present tense or a modal. */
    private static boolean presentFinite(Doc d, int f, int e) {
        for (int k = f; k < e; k++) {
            String p = d.tok[k].pos();
            if ("VBZ".equals(p) || "VBP".equals(p) || "MD".equals(p)) {
                return true;
            }
        }
        return false;
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
        boolean person = !lex.is(d.word(a.subjEnd()), Lexicon.WordType.READOUT_SOURCE);
        for (int n = s + 1; n < d.sentStart.length && n <= (person ? s + 1 : s + maxSentences); n++) {
            int f = d.sentStart[n];
            int e = d.sentEnd[n];
            String first = d.tok[f].pos();
            if (e <= f || reported[n] || d.paragraphAt(d.tok[f].begin()) != para
                    || !ReadoutContinuation.continues(d, f, e, !person) || person && !presentFinite(d, f, e)
                    || Stretches.namesPerson(d, f, e) || "CC".equals(first) || first.startsWith("W")
                    || lex.is(d.word(f), Lexicon.WordType.CONNECTIVE)) {
                break;
            }
            reported[n] = true;
            out.add(ReadoutContinuation.sentenceOf(d, a, f, e));
        }
    }
}
