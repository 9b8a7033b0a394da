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
        if (!(i == a || ",".equals(d.word(i - 1)) || d.isQuoteToken(i - 1)) || "VBG".equals(d.tok[i].pos())) {
            return null; // "“…,” noting the delay": a participle's noun phrase is its object, never an inverted speaker
        }
        if (i - 1 >= a && d.isQuoteToken(i - 1) && !closesAQuote(d, i - 1, a)) {
            return null; // "China's “dangerous conduct” threatens stability": words in marks inside a clause
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

    /**
     * Whether the mark at token m closes words that a speaker's verb may follow: a comma, question
     * or exclamation mark before it ("“…,” said X", "“…?” asked X"), or a quote that opens the sentence.
     */
    private static boolean closesAQuote(Doc d, int m, int a) {
        if (m - 1 < a) {
            return true;
        }
        String last = d.word(m - 1);
        if (",".equals(last) || "?".equals(last) || "!".equals(last) || d.quoteOf[m - 1] < 0) {
            return true;
        }
        int k = m - 1;
        while (k >= a && d.quoteOf[k] >= 0) {
            k--;
        }
        return k <= a; // only the opening mark (or nothing) before the quoted words
    }
}
