package dev.stancekit.quotes;

/**
 * Gates on the object of a verb of saying that {@link ContentForm} asks before it takes the object
 * as what was said: a second object ("denied his party the victory"), a source named by "according
 * to", and the two parties of a readout ("The two sides discussed …") outside a subordinate clause.
 * Stateless.
 */
final class ObjectGates {

    private ObjectGates() {
    }

    /** Whether a noun phrase naming someone ("his party", "Carter", "them") and a second one follow at cs. */
    static boolean doubleObject(Doc d, int cs, int ce) {
        for (int k = cs + 1; k + 1 < ce && d.quoteOf[k] < 0; k++) {
            String p = d.tok[k].pos(), before = d.tok[k - 1].pos();
            if (("DT".equals(p) && !"that".equalsIgnoreCase(d.word(k)) || "PRP$".equals(p))
                    && (before.startsWith("NN") || "PRP".equals(before))) {
                return true;
            }
            if (!NounPhrases.npToken(d.tok[k])) {
                return false;
            }
        }
        return false;
    }

    /** Whether a word opening a subordinate clause stands in [a, to) ("when Biden and Xi discussed A": a past meeting told, no readout). */
    static boolean subordinate(Lexicon lex, Doc d, int a, int to) {
        for (int k = a; k < to; k++) {
            if ("WRB".equals(d.tok[k].pos()) || Insertions.subordinator(lex, d.word(k))
                    || lex.is(d.word(k), Lexicon.WordType.TIME_CLAUSE)) {
                return true;
            }
        }
        return false;
    }

    /** Whether "according to" stands in tokens [a, b): the sentence names its own source ("…, according to a statement"). */
    static boolean accordingTo(Doc d, int a, int b) {
        for (int k = a; k + 1 < b; k++) {
            if (Tokens.accordingTo(d, k, b)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the speaker's words name two parties: "the two sides", "both leaders", or a speaker
     * found after "and" and a name that opens the sentence's subject ("The Secretary and Director
     * Wang"; not "Xi arrived in Bali and Biden …", nor "the Department of Commerce and Industry").
     */
    static boolean jointSpeaker(Lexicon lex, Doc d, int a, Speaker sp) {
        if (NounPhrases.bothParties(d, lex, new int[] {sp.start(), sp.end()})) {
            return true;
        }
        int and = sp.start() - 1;
        if (and - 1 < a || !"CC".equals(d.tok[and].pos()) || !d.tok[and - 1].pos().startsWith("NNP")) {
            return false;
        }
        int first = and - 1;
        while (first > a && d.tok[first - 1].pos().startsWith("NNP")) {
            first--;
        }
        for (int k = a; k < first; k++) {
            if (!("DT".equals(d.tok[k].pos()) || ",".equals(d.word(k)) || d.tok[k].pos().startsWith("RB"))) {
                return false; // the names do not open the sentence: another clause or an "of" before them
            }
        }
        return true;
    }

    /** Whether a comma and "that" follow token cs in the sentence ("said, citing concerns, that …"). */
    static boolean thatAfterComma(Doc d, int cs, int b) {
        for (int k = cs; k + 1 < b; k++) {
            if (",".equals(d.word(k)) && d.quoteOf[k] < 0 && Tokens.complementizer(d, k + 1)) {
                return true;
            }
        }
        return false;
    }
}
