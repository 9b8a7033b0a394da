package dev.stancekit.quotes;

/**
 * Where a content without a clause of its own ends at the speaker's next act ("vowed to ban A and
 * defended B"), and where a content inside a relative clause set off by commas ends ("Lee, who
 * once praised the accord, now opposes it"). Applied by {@link ContentForm} after the boundaries
 * of {@link ContentEnd}. Immutable, thread-safe.
 */
final class VerbPhraseEnds {

    private final Lexicon lex;

    VerbPhraseEnds(Lexicon lex) {
        this.lex = lex;
    }

    /**
     * The end of a content without a clause of its own ("vowed to ban A and defended B", "proposed
     * conducting A and signaled B", "questioned A, refused B"): a verb in the same form as the cue
     * after "and", "but" or a comma is the speaker's next act, not more of what was said, unless it
     * is a verb of saying too (see {@link ContentEnd}). Returns
     * {@code ce} when no such verb stands inside the content.
     */
    int verbPhraseEnd(Doc d, int cue, int cs, int ce) {
        String form = d.tok[cue].pos();
        int modal = modalAfterObject(d, cs, ce);
        if (modal >= 0) {
            return modal;
        }
        int tense = presentAfterPast(d, form, cs, ce);
        if (tense >= 0) {
            return tense;
        }
        if (!("VBD".equals(form) || "VBZ".equals(form) || "VBP".equals(form) || "VBG".equals(form))
                || Clauses.clauseFollows(d, cs, ce, 0) || Tokens.finiteVerb(d.tok[cs].pos())) {
            return ce; // a content that opens with its verb ("…, which Beijing says stokes A and destabilizes B") is one clause
        }
        // after an infinitive or a gerund a comma may join the next act too ("vowed to A, declined B")
        boolean verbal = "TO".equals(d.tok[cs].pos()) || "VBG".equals(d.tok[cs].pos());
        for (int k = cs + 1; k + 1 < ce; k++) {
            if (d.quoteOf[k] >= 0 || d.isQuoteToken(k)) {
                return ce;
            }
            if (Tokens.finiteVerb(d.tok[k].pos()) || d.tok[k].pos().startsWith("W")) {
                return ce; // a clause of its own: its verbs may be coordinated inside the content
            }
            boolean comma = ",".equals(d.word(k));
            if (!lex.isLowered(d.word(k), Lexicon.WordType.COORDINATOR) && !(comma && verbal)) {
                continue;
            }
            int j = k + 1;
            if (comma && j < ce && lex.isLowered(d.word(j), Lexicon.WordType.COORDINATOR)) {
                j++;
            }
            j = Tokens.afterAdverbs(d, j, ce);
            String p = j < ce ? d.tok[j].pos() : "";
            boolean same = p.equals(form) || "VBD".equals(form) && "VBN".equals(p) && j > k + 1;
            if (same && baseFormAfterInfinitive(d, cs, k, j)) {
                continue; // "urged X to stop A and cut/VBD B": a past form that is also the base form goes on the infinitive
            }
            // a second verb of saying is left to the coordination rules ("stressed A and expressed B" is one report)
            if (same && d.quoteOf[j] < 0 && lex.cueAt(d, j, ce) == null) {
                return k > cs && ",".equals(d.word(k - 1)) ? k - 1 : k;
            }
        }
        return ce;
    }

    /**
     * "Israel denies the crime was a genocide and goes to great lengths to …": after a clause in the
     * past tense, a coordinator and a verb in the present tense of a verb of saying in the present
     * go on with the speaker's acts, not with what was said. The coordinator's index, or -1.
     */
    private int presentAfterPast(Doc d, String form, int cs, int ce) {
        if (!"VBZ".equals(form) && !"VBP".equals(form)) {
            return -1;
        }
        boolean past = false;
        for (int k = cs; k + 1 < ce && d.quoteOf[k] < 0; k++) {
            String p = d.tok[k].pos();
            if (p.equals(form) || "MD".equals(p)) {
                return -1; // the clause itself is in the present: its verbs may be coordinated
            }
            past |= "VBD".equals(p);
            if (past && lex.isLowered(d.word(k), Lexicon.WordType.COORDINATOR)) {
                int j = Tokens.afterAdverbs(d, k + 1, ce);
                if (j < ce && form.equals(d.tok[j].pos()) && d.quoteOf[j] < 0 && lex.cueAt(d, j, ce) == null) {
                    return ",".equals(d.word(k - 1)) ? k - 1 : k;
                }
            }
        }
        return -1;
    }

    /**
     * "expressed strong protest and will make representations": "and" and a modal after an object
     * with no verb in it starts the speaker's next act (a noun object takes no modal). The
     * coordinator's index, or -1.
     */
    private int modalAfterObject(Doc d, int cs, int ce) {
        for (int k = cs + 1; k + 1 < ce && d.quoteOf[k] < 0; k++) {
            if (d.tok[k].isVerb() || Tokens.finiteVerb(d.tok[k].pos())) {
                return -1;
            }
            if (lex.isLowered(d.word(k), Lexicon.WordType.COORDINATOR)) {
                int j = k + 1;
                j = Tokens.afterAdverbs(d, j, ce);
                return j < ce && "MD".equals(d.tok[j].pos()) && d.quoteOf[j] < 0 ? (",".equals(d.word(k - 1)) ? k - 1 : k) : -1;
            }
        }
        return -1;
    }

    /** Whether the verb at token j reads the same as its base form ("cut", "quit") and a to-infinitive stands in cs..k-1. */
    private static boolean baseFormAfterInfinitive(Doc d, int cs, int k, int j) {
        if (!d.word(j).equalsIgnoreCase(d.tok[j].lemma())) {
            return false;
        }
        for (int i = cs; i < k; i++) {
            if (Clauses.infinitive(d, i, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The end of a content inside a relative clause set off by commas ("Lee, who once praised the
     * accord, now opposes it"): the comma after which the main clause's verb follows with no
     * subject of its own. Returns {@code ce} when the verb is in no such clause or none follows.
     */
    int relativeEnd(Doc d, int cue, int a, int cs, int ce) {
        return relativeEnd(d, cue, a, cs, ce, false);
    }

    /**
     * As {@link #relativeEnd(Doc, int, int, int, int)}; with {@code firstComma} a comma that closes
     * an insertion opened by the comma before does not end it (a reported clause may hold one:
     * "who said that Mr. Jäger, under fire for …, would do better, left").
     */
    int relativeEnd(Doc d, int cue, int a, int cs, int ce, boolean firstComma) {
        int k = cue - 1;
        while (k > a && Tokens.adverbOrAux(d.tok[k])) {
            k--;
        }
        if (k <= a || !("WP".equals(d.tok[k].pos()) || "WDT".equals(d.tok[k].pos())) || !",".equals(d.word(k - 1))) {
            return ce;
        }
        boolean closing = false; // whether the next comma closes an insertion the one before opened
        for (int c = cs + 1; c + 1 < ce; c++) {
            if (!",".equals(d.word(c)) || d.quoteOf[c] >= 0) {
                continue;
            }
            int j = c + 1;
            j = Tokens.afterAdverbs(d, j, ce);
            if (j < ce && d.quoteOf[j] < 0 && Tokens.finiteVerb(d.tok[j].pos()) && !(firstComma && closing)) {
                return c;
            }
            closing = !closing;
        }
        return ce;
    }
}
