package dev.stancekit.quotes;

/**
 * A share of a group named by its size alone as the subject of a verb of saying, the way poll
 * reports write: {@code Six in 10 say he is decisive}, {@code 43 said the same}, {@code about
 * two-thirds, 67 percent, say …}, {@code all but two said …}, {@code Nearly a third say …} (row
 * {@code quantity_subject}). The phrase holds a number (no year) or a word of type {@code fraction},
 * joined by words of type {@code quantity_joiner} only between two amounts, and opens its sentence
 * or follows a comma, a conjunction or a subordinator; words of type {@code approximation}
 * ("about", "over") may stand before it. A word of type {@code demonstrative_head} alone before a
 * finite verb names a group the same way: {@code Some accused him of …}, {@code Others call it …}.
 */
final class QuantitySubject implements SubjectRule {

    /** Most tokens of the quantity phrase ("more than 4 in 10", "about two-thirds, 67 percent,"). */
    private static final int MAX_TOKENS = 8;

    private final Lexicon lex;

    QuantitySubject(Lexicon lex) {
        this.lex = lex;
    }

    @Override
    public Speaker find(CueSite s) {
        Doc d = s.d();
        int e = s.cue() - 1;
        while (e > s.a() && (Tokens.adverbOrAux(d.tok[e]) || ",".equals(d.word(e)))) {
            e--; // "43 percent have said", "67 percent, say"
        }
        if (e >= s.a() && lex.is(d.word(e), Lexicon.WordType.DEMONSTRATIVE_HEAD) && Tokens.finiteVerb(d.tok[s.cue()].pos())
                && d.quoteOf[e] < 0 && opens(d, e - 1, s.a())) {
            return new Speaker(e, e, false, false); // "Some accused him of …", "Others call it …": a group named by a pronoun alone
        }
        boolean amount = false;
        int k = e;
        for (; k >= s.a() && e - k < MAX_TOKENS; k--) {
            String w = d.lower(k);
            String p = d.tok[k].pos();
            if (d.quoteOf[k] >= 0) {
                return null;
            }
            boolean number = amount(d, k);
            // "in", "of", "than", "but" (word type quantity_joiner) join two amounts: "Six in 10", "all but two"
            boolean joiner = lex.isExactly(w, Lexicon.WordType.QUANTITY_JOINER) && k < e && amount(d, k + 1)
                    && k > s.a() && (amount(d, k - 1) || lex.isExactly(d.lower(k - 1), Lexicon.WordType.QUANTITY_JOINER)
                    || "JJR".equals(d.tok[k - 1].pos()) || "RBR".equals(d.tok[k - 1].pos()));
            // "about two-thirds, 67 percent,": a comma only between two amounts
            boolean between = ",".equals(w) && k < e && amount && k > s.a() && amount(d, k - 1);
            boolean modifier = "DT".equals(p) || p.startsWith("RB") || "JJR".equals(p) || "HYPH".equals(p)
                    || lex.isExactly(w, Lexicon.WordType.APPROXIMATION) || lex.isExactly(w, Lexicon.WordType.QUANTITY_JOINER)
                    && "all".equals(w);
            if (!number && !joiner && !between && !modifier) {
                break;
            }
            amount |= number;
        }
        int start = k + 1;
        while (start <= e && (",".equals(d.word(start)) || d.tok[start].pos().startsWith("RB")
                && !lex.isExactly(d.lower(start), Lexicon.WordType.APPROXIMATION))) {
            start++;
        }
        if (!amount || start > e || "IN".equals(d.tok[start].pos()) && !lex.isExactly(d.lower(start), Lexicon.WordType.APPROXIMATION)) {
            return null; // "in 2024 said": a phrase of time, no share
        }
        // not the speaker's own clause for a trailing form: "…, 43 said the same" reports what follows
        return opens(d, k, s.a()) ? new Speaker(start, e, false, false) : null;
    }

    /** Token {@code k} ends what stands before a subject: the sentence's start, a comma, a conjunction or a subordinator. */
    private boolean opens(Doc d, int k, int sentFirst) {
        return k < sentFirst || ",".equals(d.word(k)) || "CC".equals(d.tok[k].pos())
                || lex.isExactly(d.lower(k), Lexicon.WordType.SUBORDINATOR);
    }

    /** A number that is no year, or a word of type fraction ("third", "percent", "%"). */
    private boolean amount(Doc d, int k) {
        if (k < 0 || k >= d.tok.length) {
            return false;
        }
        String w = d.word(k);
        boolean year = w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && w.chars().allMatch(Character::isDigit);
        return "CD".equals(d.tok[k].pos()) && !year || lex.isExactly(d.lower(k), Lexicon.WordType.FRACTION);
    }
}
