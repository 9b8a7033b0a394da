package dev.stancekit.quotes;

/**
 * Past participles of verbs of saying that report nothing of their own: one that modifies the
 * noun before it ("the man accused of buying the guns") and one that says where words appeared
 * ("said in a statement posted on its website"). Stateless and thread-safe.
 */
final class ParticipleCues {

    /** Most words of the phrase between the preposition and the participle ("its official WeChat account"). */
    private static final int MAX_PLACE_WORDS = 5;

    private final Lexicon lex;
    private final MentionFinder mentions;

    ParticipleCues(Lexicon lex, MentionFinder mentions) {
        this.lex = lex;
        this.mentions = mentions;
    }

    /** Whether the verb of saying at token i is such a participle. */
    boolean notACue(Doc d, int i, int b) {
        return placeOfSaying(d, i, b) || reducedRelative(d, i, b);
    }

    /**
     * "the man accused of buying the guns", "a plan described as reckless", "a memo written by
     * aides": a past participle right after its noun and before a word of type
     * modifier_preposition modifies that noun; it reports nothing.
     */
    private boolean reducedRelative(Doc d, int i, int b) {
        String pos = d.tok[i].pos();
        String prev = i > 0 ? d.tok[i - 1].pos() : "";
        boolean afterNoun = prev.startsWith("NN") && d.quoteOf[i - 1] < 0;
        return "VBN".equals(pos) && afterNoun && i + 1 < b && lex.isExactly(d.lower(i + 1), Lexicon.WordType.MODIFIER_PREPOSITION)
                && !mainVerbAfterSubject(d, i, b) && !agentThenQuotedAs(d, i, b);
    }

    /**
     * "a summit described by a US official as “unique”": after the participle, "by", its agent and
     * "as" before quoted words; the agent is a speaker (see {@link PassiveNaming}).
     */
    private static boolean agentThenQuotedAs(Doc d, int i, int b) {
        if (i + 3 >= b || !"by".equalsIgnoreCase(d.word(i + 1))) {
            return false;
        }
        int end = Clauses.nounPhraseEnd(d, i + 2, b);
        if (end <= i + 2 || end + 1 >= b || !"as".equalsIgnoreCase(d.word(end))) {
            return false;
        }
        for (int k = end + 1; k < b && k <= end + 3; k++) {
            if (d.quoteOf[k] >= 0 || d.isQuoteToken(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The statement warned/VBN of the risk.": a participle right after a noun phrase that opens
     * the sentence with a determiner, with no finite verb after it, is the sentence's own verb.
     */
    private static boolean mainVerbAfterSubject(Doc d, int i, int b) {
        int first = d.sentStart[d.sentOf[i]];
        if (!"DT".equals(d.tok[first].pos())) {
            return false; // "Hillary Clinton Accused Of …" in a headline: a name before "accused of" is its object
        }
        for (int k = first; k < i; k++) {
            String p = d.tok[k].pos();
            if (!(p.startsWith("NN") || p.startsWith("JJ") || "DT".equals(p) || "PRP$".equals(p) || "POS".equals(p) || "CD".equals(p))) {
                return false;
            }
        }
        return !Stretches.finiteOutsideQuotes(d, i + 1, Math.min(b, d.sentEnd[d.sentOf[i]]));
    }

    /**
     * "said in a statement posted on its website", "told reporters in a video released on Sunday":
     * a participle after the noun of a phrase that follows a verb of saying says where the words
     * appeared; it is no verb of saying of its own.
     */
    private boolean placeOfSaying(Doc d, int i, int b) {
        String pos = d.tok[i].pos();
        String before = i < 3 ? "" : d.tok[i - 1].pos();
        if (!("VBN".equals(pos) || "VBD".equals(pos)) || !("NN".equals(before) || "NNS".equals(before))) {
            return false;
        }
        for (int k = i - 2; k >= Math.max(1, i - 1 - MAX_PLACE_WORDS); k--) {
            String p = d.tok[k].pos();
            if ("IN".equals(p)) {
                String first = d.tok[k + 1].pos();
                if (!("DT".equals(first) || "PRP$".equals(first)) || mentions.subordinator(d.word(k))) {
                    return false; // "after Jones assured", "while the crowd cheered"
                }
                int v = k - 1;
                while (v > 0 && (",".equals(d.word(v)) || d.tok[v].pos().startsWith("RB") || d.tok[v].pos().startsWith("NN")
                        || "PRP".equals(d.tok[v].pos()))) {
                    v--; // "told reporters in …", "said Sunday in …"
                }
                return d.tok[v].isVerb() && lex.cueAt(d, v, b) != null;
            }
            if (!(p.startsWith("DT") || p.startsWith("JJ") || p.startsWith("NN") || "PRP$".equals(p) || "CD".equals(p) || "POS".equals(p))) {
                return false;
            }
        }
        return false;
    }
}
