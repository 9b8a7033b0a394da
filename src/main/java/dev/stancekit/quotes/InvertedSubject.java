package dev.stancekit.quotes;

/**
 * The noun phrase right after a verb that opens its sentence, or follows a comma or a closing
 * quote mark: {@code …, said Wang.}, {@code “…,” said one aide}, {@code …, said the company's
 * chief executive.} (row {@code inverted}). After a closing mark any noun phrase is the speaker;
 * after a comma, a noun phrase that is no name must end the sentence, and none may be the subject
 * of a clause ("Ann Lee, a pollster, said her survey showed …").
 */
final class InvertedSubject implements SubjectRule {

    private final MentionFinder mentions;
    private final int maxInsertion;

    InvertedSubject(MentionFinder mentions, int maxInsertion) {
        this.mentions = mentions;
        this.maxInsertion = maxInsertion;
    }

    @Override
    public Speaker find(CueSite s) {
        Doc d = s.d();
        int i = s.cue();
        int a = s.a();
        int b = s.b();
        if (!(i == a || ",".equals(d.word(i - 1)) || d.isQuoteToken(i - 1))) {
            return null;
        }
        boolean afterClose = i - 1 >= a && d.isQuoteToken(i - 1)
                || i - 2 >= a && ",".equals(d.word(i - 1)) && d.isQuoteToken(i - 2);
        if (!afterClose && Clauses.clauseFollows(d, s.after(), b, maxInsertion)) {
            return null; // "Ann Lee, a pollster, said her survey showed …": the clause is the content
        }
        int[] subj = mentions.right(d, s.after(), b, afterClose);
        if (subj == null && i - 1 >= a && ",".equals(d.word(i - 1))) {
            int[] np = mentions.right(d, s.after(), b, true);
            subj = np != null && (np[1] + 1 >= b || np[1] + 2 >= b && Tokens.sentenceEnd(d.word(np[1] + 1))) ? np : null;
        }
        return Speaker.of(subj, true, true);
    }
}
