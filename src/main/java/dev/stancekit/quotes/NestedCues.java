package dev.stancekit.quotes;

/**
 * Verbs of saying inside another report's content that make a report of their own: after a
 * preposition, a relative word and a subject pronoun ("said that X held a call in which he
 * stressed that …"), and in a relative clause whose relative word is the subject of the verb
 * right after the verb of saying ("criticized the patrols, which Tian claimed destabilize the
 * region"). Stateless.
 */
final class NestedCues {

    /** Most words in the subject of a relative clause around a verb of saying ("which the foreign ministry said"). */
    static final int MAX_GAP_SUBJECT = 3;

    private NestedCues() {
    }

    /** Whether the verb of saying at token i, inside covered content, still starts a report of its own. */
    static boolean ownReport(Doc d, int i, int b) {
        return relativeSubjectCue(d, i) || gapRelativeCue(d, i, b);
    }

    /**
     * "said that Hegseth held a call in which he stressed that …": a preposition, a relative word
     * and a subject pronoun right before the verb; inside another report's content, a report of
     * its own.
     */
    private static boolean relativeSubjectCue(Doc d, int i) {
        int s = i - 1;
        while (s > 0 && d.tok[s].pos().startsWith("RB")) {
            s--;
        }
        return s > 1 && "PRP".equals(d.tok[s].pos()) && "WDT".equals(d.tok[s - 1].pos()) && "IN".equals(d.tok[s - 2].pos());
    }

    /**
     * "criticized the patrols, which Tian claimed destabilize the region": a relative word, a short
     * subject (a pronoun, or at most three nouns and adjectives after a determiner) and the verb,
     * with a finite verb (or a base form the tagger left) right after it whose subject is the
     * relative word; inside another report's content, a report of its own.
     */
    private static boolean gapRelativeCue(Doc d, int i, int b) {
        if (i + 1 >= b || !(Tokens.finiteVerb(d.tok[i + 1].pos()) || "VB".equals(d.tok[i + 1].pos())) || d.quoteOf[i + 1] >= 0) {
            return false;
        }
        int s = i - 1;
        while (s > 0 && d.tok[s].pos().startsWith("RB")) {
            s--;
        }
        int first = s;
        if (!"PRP".equals(d.tok[s].pos())) {
            if (!nameOrNoun(d.tok[s].pos())) {
                return false;
            }
            while (first > 0 && s - first + 1 < MAX_GAP_SUBJECT && (nameOrNoun(d.tok[first - 1].pos()) || "JJ".equals(d.tok[first - 1].pos()))) {
                first--;
            }
            if (first > 0 && ("DT".equals(d.tok[first - 1].pos()) || "PRP$".equals(d.tok[first - 1].pos()))) {
                first--; // "which the ministry said"
            }
        }
        String w = first > 0 ? d.tok[first - 1].pos() : "";
        return first > 0 && d.quoteOf[first - 1] < 0 && ("WDT".equals(w) || "WP".equals(w) || Tokens.complementizer(d, first - 1));
    }

    private static boolean nameOrNoun(String pos) {
        return "NNP".equals(pos) || "NNPS".equals(pos) || "NNS".equals(pos) || "NN".equals(pos);
    }
}
