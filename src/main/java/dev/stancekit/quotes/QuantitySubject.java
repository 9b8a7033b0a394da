package dev.stancekit.quotes;

import java.util.Locale;

/**
 * A share of a group named by its size alone as the subject of a verb of saying, the way poll
 * reports write: {@code Six in 10 say he is decisive}, {@code 43 said the same}, {@code about
 * two-thirds, 67 percent, say …}, {@code all but two said …}, {@code Nearly a third say …} (row
 * {@code quantity_subject}). The phrase holds a number or a word of type {@code fraction} and opens
 * its sentence or follows a comma or a conjunction; words of type {@code approximation} ("about",
 * "over") may stand before it.
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
        while (e > s.a() && (d.tok[e].pos().startsWith("RB") || ",".equals(d.word(e)))) {
            e--;
        }
        boolean amount = false;
        int k = e;
        for (; k >= s.a() && e - k < MAX_TOKENS; k--) {
            String w = d.lower(k);
            String p = d.tok[k].pos();
            if (d.quoteOf[k] >= 0) {
                return null;
            }
            boolean number = "CD".equals(p) || lex.isExactly(w, Lexicon.WordType.FRACTION);
            // "about two-thirds, 67 percent,": a comma only between two amounts
            boolean between = ",".equals(w) && k < e && amount && k > s.a()
                    && ("CD".equals(d.tok[k - 1].pos()) || lex.isExactly(d.lower(k - 1), Lexicon.WordType.FRACTION));
            boolean joiner = "in".equals(w) || "of".equals(w) && k < e || "but".equals(w) && k > s.a() && "all".equals(d.lower(k - 1))
                    || "DT".equals(p) || p.startsWith("RB") || "JJR".equals(p) || "than".equals(w) || between
                    || "HYPH".equals(p) || lex.isExactly(w, Lexicon.WordType.APPROXIMATION);
            if (!number && !joiner) {
                break;
            }
            amount |= number;
        }
        int start = k + 1;
        while (start <= e && (",".equals(d.word(start)) || d.tok[start].pos().startsWith("RB")
                && !lex.isExactly(d.lower(start), Lexicon.WordType.APPROXIMATION))) {
            start++;
        }
        if (!amount || start > e || !Tokens.finiteVerb(s.pos(s.cue())) && !auxiliaryBefore(d, s.cue())) {
            return null;
        }
        boolean opens = k < s.a() || ",".equals(d.word(k)) || "CC".equals(d.tok[k].pos())
                || lex.isExactly(d.lower(k), Lexicon.WordType.SUBORDINATOR);
        // not the speaker's own clause for a trailing form: "…, 43 said the same" reports what follows
        return opens ? new Speaker(start, e, false, false) : null;
    }

    private static boolean auxiliaryBefore(Doc d, int cue) {
        return cue > 0 && (Tokens.finiteVerb(d.tok[cue - 1].pos()) || "MD".equals(d.tok[cue - 1].pos()));
    }

    @Override
    public String toString() {
        return getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }
}
