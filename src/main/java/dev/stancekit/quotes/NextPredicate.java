package dev.stancekit.quotes;

/**
 * "China condemned Lai's visit and is expected to respond with drills": a noun object (no finite
 * verb of its own) followed by a coordinator and a finite verb that is no verb of saying ends
 * there; the verb after the coordinator is the speaker's next predicate, not more of what was
 * said. A verb of saying there goes on as the same report ("expressed concern over A and urged B"). Part of
 * {@link ContentEnd}. Stateless.
 */
final class NextPredicate {

    private NextPredicate() {
    }

    /** Whether the noun-object content that starts at cs ends before the coordinator at k. */
    static boolean startsAt(Lexicon lex, Doc d, int cs, int k, int b) {
        if (k <= cs + 1 || d.quoteOf[k] >= 0 || !lex.isLowered(d.word(k), Lexicon.WordType.COORDINATOR)
                || Stretches.finiteOutsideQuotes(d, cs, k) || Stretches.quotedBefore(d, cs, k) || !objectOfVerb(lex, d, cs)) {
            return false;
        }
        int j = k + 1;
        while (j < b && d.tok[j].pos().startsWith("RB") && d.quoteOf[j] < 0) {
            j++;
        }
        String p = j < b ? d.tok[j].pos() : "";
        if ("VBD".equals(p) && d.word(j).equalsIgnoreCase(d.tok[j].lemma()) && infinitive(d, cs, k)) {
            return false; // "urged the US to stop the sale and cut/VBD ties": a base form the tagger read as past
        }
        // a second verb of saying goes on as the same report ("expressed concern over A and urged B"; see ContentEnd)
        return ("VBZ".equals(p) || "VBD".equals(p) || "MD".equals(p)) && d.quoteOf[j] < 0 && lex.cueAt(d, j, b) == null
                && !("VBZ".equals(p) && "have".equals(d.tok[j].lemma()) && j + 1 < b && lex.cueAt(d, j + 1, b) != null);
    }

    /**
     * Whether the content at cs is the object of the verb right before it (or of its particle),
     * not a clause: no "that", comma or mark between them, and a verb whose content is mostly a
     * clause (type {@code clause_verb}: "said China and the US share …") is none.
     */
    private static boolean objectOfVerb(Lexicon lex, Doc d, int cs) {
        int v = cs - 1;
        if (v >= 0 && "RP".equals(d.tok[v].pos()) || v >= 0 && "IN".equals(d.tok[v].pos()) && !"that".equalsIgnoreCase(d.word(v))) {
            v--; // "called for", "pointed to"
        }
        return v >= 0 && d.tok[v].isVerb() && d.quoteOf[v] < 0 && !lex.isExactly(d.tok[v].lemma(), Lexicon.WordType.CLAUSE_VERB);
    }

    /** Whether "to" and a base verb stand in tokens [from, to). */
    private static boolean infinitive(Doc d, int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            if ("TO".equals(d.tok[k].pos()) && "VB".equals(d.tok[k + 1].pos())) {
                return true;
            }
        }
        return false;
    }
}
