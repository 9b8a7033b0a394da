package dev.stancekit.quotes;

/**
 * What a comma inside reported content leads to when it is neither a plain boundary nor more of
 * the content's words: a report of its own ("…, with experts saying that …"), or the content's own
 * predicate after ", but" ("… pursues an independent policy, but needs partners …"). Used by
 * {@link ContentEnd}. Stateless and thread-safe.
 */
final class CommaClauses {

    private final Lexicon lex;

    CommaClauses(Lexicon lex) {
        this.lex = lex;
    }

    /**
     * "explaining that the Philippines pursues an independent policy, but needs partners …": after
     * a content whose first verb is in the present tense, ", but" and a verb in the same tense with
     * no subject of its own go on with the content's subject, unless the verb of saying is in the
     * present tense too ("says A, but declines B"); a verb in the past ("said A, but warned B") is
     * the speaker's.
     */
    boolean presentPredicate(Doc d, int cs, int k, int b) {
        if (k + 2 >= b || !lex.isLowered(d.word(k + 1), Lexicon.WordType.VERB_CONJUNCTION) || presentCue(d, cs)) {
            return false; // "The mayor says the city is safe, but declines to give figures": the mayor's act
        }
        String next = d.tok[k + 2].pos();
        if (!("VBZ".equals(next) || "VBP".equals(next)) || d.quoteOf[k + 2] >= 0) {
            return false;
        }
        for (int j = cs; j < k; j++) {
            if (Tokens.finiteVerb(d.tok[j].pos()) && d.quoteOf[j] < 0) {
                return d.tok[j].pos().equals(next);
            }
        }
        return false;
    }

    /** Most tokens between a verb of saying and its content ("said on Friday that"). */
    private static final int MAX_CUE_GAP = 4;

    /** Whether the verb just before the content at cs is in the present tense ("says", "say"). */
    private static boolean presentCue(Doc d, int cs) {
        for (int j = cs - 1; j >= 0 && j >= cs - MAX_CUE_GAP; j--) {
            if (d.tok[j].isVerb()) {
                return "VBZ".equals(d.tok[j].pos()) || "VBP".equals(d.tok[j].pos());
            }
        }
        return false;
    }

    /** Most tokens of the noun phrase between "with" and its participle of saying ("with several regional experts"). */
    private static final int MAX_ABSOLUTE_SUBJECT = 6;

    /**
     * "reiterated its positions on the strait, with experts saying that …": a comma, a word of type
     * absolute_with, a noun phrase and a participle of saying make a report of its own, not part of
     * the content before it.
     */
    boolean absoluteReport(Doc d, int k, int b) {
        if (!lex.isLowered(d.word(k + 1), Lexicon.WordType.ABSOLUTE_WITH)) {
            return false;
        }
        for (int j = k + 2; j < b && j <= k + 2 + MAX_ABSOLUTE_SUBJECT; j++) {
            String pos = d.tok[j].pos();
            if ("VBG".equals(pos)) {
                return j > k + 2 && d.quoteOf[j] < 0 && lex.cueAt(d, j, b) != null;
            }
            // "with President Lai Ching-te saying": a hyphen inside a name
            if (d.quoteOf[j] >= 0 || !(pos.startsWith("NN") || pos.startsWith("JJ") || "DT".equals(pos) || "PRP$".equals(pos)
                    || "CD".equals(pos) || "POS".equals(pos) || "PRP".equals(pos) || "HYPH".equals(pos))) {
                return false;
            }
        }
        return false;
    }

    /** Most tokens between "with" and the participle of an absolute clause ("with President Marcos even saying"). */
    private static final int MAX_WITH_SUBJECT = 5;

    /**
     * ", with President Marcos even saying …": a comma, "with", a noun phrase and a participle after
     * a noun object start an absolute clause about someone else; the object ends at the comma.
     * Wider than {@link #absoluteReport}, which any content's end uses: here the participle need
     * not be one of saying and adverbs may stand before it, since a noun object cannot go on.
     */
    static int absoluteObjectEnd(Doc d, int cs, int ce) {
        for (int c = cs + 1; c + 2 < ce; c++) {
            if (",".equals(d.word(c)) && "with".equalsIgnoreCase(d.word(c + 1)) && d.quoteOf[c] < 0) {
                for (int k = c + 3; k < ce && k <= c + 2 + MAX_WITH_SUBJECT; k++) {
                    String p = d.tok[k].pos();
                    if ("VBG".equals(p)) {
                        return d.tok[k - 1].pos().startsWith("NN") || d.tok[k - 1].pos().startsWith("RB") ? c : ce;
                    }
                    if (!(p.startsWith("NN") || p.startsWith("RB") || "DT".equals(p) || "JJ".equals(p) || "HYPH".equals(p))) {
                        break;
                    }
                }
            }
        }
        return ce;
    }

    /**
     * "said that the United States, while in competition with China, does not seek conflict": a
     * phrase set off by commas between the content's subject (no verb yet) and its finite verb.
     */
    static boolean subjectInsertion(Doc d, int cs, int k) {
        return k > cs && !Stretches.hasVerb(d, cs, k) && verbAfterInsertion(d, k + 1);
    }

    /** Most tokens of a participle phrase set off by commas between a subject and its verb. */
    private static final int MAX_PARTICIPLE_INSERTION = 15;

    /** Whether the phrase from token j closes with a comma right before a finite verb or a modal. */
    static boolean verbAfterInsertion(Doc d, int j) {
        int b = d.sentEnd[d.sentOf[j]];
        for (int k = j + 1; k + 1 < b && k - j <= MAX_PARTICIPLE_INSERTION && d.quoteOf[k] < 0; k++) {
            if (",".equals(d.word(k))) {
                return Tokens.finiteVerb(d.tok[k + 1].pos());
            }
        }
        return false;
    }
}
