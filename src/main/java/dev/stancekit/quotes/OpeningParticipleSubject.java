package dev.stancekit.quotes;

/**
 * A participle of saying that opens the sentence shares the subject of the main clause after
 * the comma: {@code Noting that turnout fell, the mayor called for …}, {@code After warning that
 * the deal would fail, Lee left the talks} (row {@code participle_opening}). Only conjunctions,
 * adverbs and one preposition may stand before the participle. The subject is borrowed: only
 * content after the verb follows, and it ends at that comma ({@link ContentEnd}).
 */
final class OpeningParticipleSubject implements SubjectRule {

    @Override
    public Speaker find(CueSite s) {
        Doc d = s.d();
        int i = s.cue();
        if (!"VBG".equals(s.pos(i)) || !opensSentence(d, s.a(), i)) {
            return null;
        }
        int comma = mainClauseComma(d, s.after(), s.b());
        if (comma < 0) {
            return null;
        }
        int subj = comma + 1;
        int end = "PRP".equals(s.pos(subj)) ? subj + 1 : Clauses.nounPhraseEnd(d, subj, s.b());
        return end < 0 ? null : new Speaker(subj, end - 1, false, false);
    }

    /** Whether only conjunctions, adverbs and at most one preposition stand before the participle. */
    static boolean opensSentence(Doc d, int a, int i) {
        int prepositions = 0;
        for (int k = a; k < i; k++) {
            String p = d.tok[k].pos();
            if ("IN".equals(p)) {
                prepositions++;
            } else if (!("CC".equals(p) || p.startsWith("RB"))) {
                return false;
            }
        }
        return prepositions <= 1;
    }

    /**
     * The first comma outside quote marks after {@code from} that a subject and its finite verb
     * follow (the main clause), or -1.
     */
    static int mainClauseComma(Doc d, int from, int b) {
        for (int k = from; k + 2 < b; k++) {
            if (!",".equals(d.word(k)) || d.quoteOf[k] >= 0) {
                continue;
            }
            int subj = k + 1;
            int j = "PRP".equals(d.tok[subj].pos()) ? subj + 1 : Clauses.nounPhraseEnd(d, subj, b);
            if (j < 0 || d.quoteOf[subj] >= 0) {
                continue;
            }
            while (j < b && d.tok[j].pos().startsWith("RB")) {
                j++;
            }
            if (j < b && Tokens.finiteVerb(d.tok[j].pos()) && d.quoteOf[j] < 0) {
                return k;
            }
        }
        return -1;
    }
}
