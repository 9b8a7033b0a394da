package dev.stancekit.quotes;

/**
 * A reported clause coordinated before the clause that holds a partial quote: "said he had spoken
 * with Xi at length | and that “big progress” is being made". The first conjunct holds no quoted
 * words, so it is reported speech of its own. Only "and that" is read: a bare "and" joins nouns
 * and verbs as often as clauses ("saw planes, ships and personnel sent …"). Stateless and
 * thread-safe.
 */
final class QuotedConjuncts {

    private QuotedConjuncts() {
    }

    /**
     * The end offset of the conjunct before the clause of {@code q} in the content of {@code a}
     * (before "and that"), or -1 when there is none, it has no main verb or it is too short to be
     * a report.
     */
    static int firstConjunctEnd(Doc d, Attribution a, QuoteMarks.Marked q) {
        int from = d.tokenFrom(a.contentStart());
        int end = -1;
        for (int k = from + 1; k + 1 < d.tok.length && d.tok[k].begin() < q.open(); k++) {
            if (d.quoteOf[k] >= 0 || d.isQuoteToken(k)) {
                return -1; // quoted words before the conjunction: the first conjunct holds them too
            }
            if ("and".equalsIgnoreCase(d.word(k)) && "that".equalsIgnoreCase(d.word(k + 1)) && mainVerb(d, from, k)) {
                end = k;
            }
        }
        if (end < 0) {
            return -1;
        }
        int e = end;
        while (e > from && (",".equals(d.word(e - 1)) || Tokens.dash(d, e - 1))) {
            e--;
        }
        int offset = d.tok[e - 1].end();
        return QuoteAttacher.words(d.text, a.contentStart(), offset) >= UnquotedAttributions.MIN_INDIRECT_WORDS ? offset : -1;
    }

    /** Whether tokens [from, to) hold a finite verb outside quote marks that opens no relative clause ("a group that was found"). */
    private static boolean mainVerb(Doc d, int from, int to) {
        for (int j = from; j < to; j++) {
            if (Tokens.finiteVerb(d.tok[j].pos()) && d.quoteOf[j] < 0
                    && (j == from || !(d.tok[j - 1].pos().startsWith("W") || "that".equalsIgnoreCase(d.word(j - 1))))) {
                return true;
            }
        }
        return false;
    }
}
