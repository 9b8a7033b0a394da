package dev.stancekit.quotes;

import dev.stancekit.model.QuoteKind;

/**
 * A quote of several words inside a sentence that no verb of saying reports: the subject of the
 * sentence's verb before the opening mark is its speaker ({@code The governor blamed the court's
 * “four liberal justices who blocked the law”}, {@code The candidate vowed to end the “rigged
 * system that keeps wages down”}). Short spans (scare quotes, titles) are left to the ledger.
 */
final class ClauseSubjectRule implements MarkRule {

    private final MentionFinder mentions;
    private final int minWords;

    ClauseSubjectRule(MentionFinder mentions, int minWords) {
        this.mentions = mentions;
        this.minWords = minWords;
    }

    @Override
    public QuoteKind kind() {
        return QuoteKind.PARTIAL;
    }

    @Override
    public Attribution match(Doc d, QuoteMarks.Marked q) {
        int words = q.words(d.text);
        if (words < minWords) {
            return null;
        }
        int open = d.tokenFrom(q.open());
        if (open >= d.tok.length) {
            return null;
        }
        int sentFirst = d.sentStart[d.sentOf[open]];
        // a subject that names no speaker ("The two sides signed a “working arrangement”") needs
        // a longer quote: a short one is a term in marks
        int[] vs = verbAndSubject(d, mentions, sentFirst, open, words > minWords);
        if (vs == null || !subjectStartsClause(d, vs[1], sentFirst)) {
            return null;
        }
        return new Attribution(vs[0], d.word(vs[0]), Lexicon.Complement.ANY, vs[1], vs[2],
                q.start(), q.end(), false, -1, -1);
    }

    /**
     * The first main verb in tokens [from, to) and the subject left of it, as {verb, subject
     * start, subject end}; null when quoted words come first or the verb has no subject.
     */
    static int[] verbAndSubject(Doc d, MentionFinder mentions, int from, int to) {
        return verbAndSubject(d, mentions, from, to, false);
    }

    static int[] verbAndSubject(Doc d, MentionFinder mentions, int from, int to, boolean anyNoun) {
        for (int v = from + 1; v < to; v++) {
            if (d.quoteOf[v] >= 0 || d.isQuoteToken(v)) {
                return null;
            }
            if (Tokens.finiteVerb(d.tok[v].pos()) && !Tokens.adverbOrAux(d.tok[v])) {
                int[] subj = mentions.left(d, v, from);
                if (subj == null && anyNoun) {
                    int[] np = mentions.leftAny(d, v, from);
                    subj = np != null && d.tok[MentionFinder.headOf(d, np)].pos().startsWith("NN") ? np : null;
                }
                return subj == null ? null : new int[] {v, subj[0], subj[1]};
            }
        }
        return null;
    }

    /** The subject opens its sentence, after at most an introductory phrase and a comma. */
    private static boolean subjectStartsClause(Doc d, int s, int sentFirst) {
        return s == sentFirst || ",".equals(d.word(s - 1)) || d.isQuoteToken(s - 1);
    }
}
