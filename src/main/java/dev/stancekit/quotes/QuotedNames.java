package dev.stancekit.quotes;

/**
 * A name in quote marks right after a noun ("the radio show “Harbor Talk”", "the book “Hard
 * Choices”"): a short capitalised stretch with no finite verb, which adverbials after a verb of
 * saying may end with ("…, he said on the show “Harbor Talk.”"). Stateless.
 */
final class QuotedNames {

    private QuotedNames() {
    }

    /** Most tokens inside the quote marks of a name after a noun ("the show “Harbor Talk”"). */
    private static final int MAX_QUOTED_NAME = 8;

    /**
     * The closing mark of a short stretch in quote marks that opens at token k right after a noun
     * (a show's or a book's name), or -1.
     */
    static int afterNoun(Doc d, int k, int from, int b) {
        // "NBC News’ “Meet the Press”": a plural's possessive apostrophe before the mark
        boolean apostrophe = "’".equals(d.word(k)) || "'".equals(d.word(k));
        if (apostrophe && k - 1 >= from && d.word(k - 1).endsWith("s") && k + 1 < b && d.isQuoteToken(k + 1)) {
            return afterNoun(d, k + 1, from, b);
        }
        boolean possessive = k - 2 >= from && ("’".equals(d.word(k - 1)) || "'".equals(d.word(k - 1)) || "POS".equals(d.tok[k - 1].pos()))
                && d.tok[k - 2].pos().startsWith("NN");
        if (!d.isQuoteToken(k) || k - 1 < from || !(d.tok[k - 1].pos().startsWith("NN") || possessive) || k + 1 >= b
                || d.quoteOf[k + 1] < 0) {
            return -1;
        }
        int j = k + 1;
        while (j < b && d.quoteOf[j] >= 0 && !d.isQuoteToken(j)) {
            j++;
        }
        boolean name = Character.isUpperCase(d.word(k + 1).charAt(0)) && !finiteIn(d, k + 1, j);
        return j < b && d.isQuoteToken(j) && j - k - 1 <= MAX_QUOTED_NAME && name ? j : -1;
    }

    /** Whether tokens from..to-1 hold a finite verb. */
    private static boolean finiteIn(Doc d, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Tokens.finiteVerb(d.tok[k].pos())) {
                return true;
            }
        }
        return false;
    }
}
