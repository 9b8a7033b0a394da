package dev.stancekit.quotes;

/**
 * A noun of saying with its owner and its clause: {@code Trump's assertion that the wall would
 * pay for itself}, {@code her promise to raise wages}, {@code the judges' statement that their
 * ruling is binding} (row {@code nominal_report}; word type {@code report_noun} in
 * attribution-words.csv). The owner, a possessive noun phrase or pronoun before the noun (over
 * adjectives), a proper name before the noun ("the U.S. announcement that …") or a noun phrase
 * after "from" or "by" right after it ("claims from Beijing that …"), is the speaker; the content is the clause after "that" or the infinitive after
 * "to" (not a relative clause on the noun: "her statement that she released on Monday"), or for
 * a noun of type {@code request_noun} what follows "for" ("his call for an inquiry"). A noun
 * with no owner ("the claim that …") reports nothing here, except one of type {@code source_report}
 * ("amid reports that …"), which is its own source. Before the sentence's own verb the
 * content ends at a comma ("In response to Lee's proposal to close the pier, the union …") or
 * there is none. Limit: fewest tokens of content.
 */
final class NominalReportRule {

    /** Most adjectives between the owner and the noun ("his repeated, controversial claim"). */
    private static final int MAX_MODIFIERS = 3;

    /** Most tokens from the noun to the "that" after a speaker named with "from" or "by". */
    private static final int MAX_AGENT = 7;

    private final Lexicon lex;
    private final MentionFinder mentions;
    private final ContentEnd ends;
    private final int minTokens;

    NominalReportRule(Lexicon lex, MentionFinder mentions, ContentEnd ends, int minTokens) {
        this.lex = lex;
        this.mentions = mentions;
        this.ends = ends;
        this.minTokens = minTokens;
    }

    /** The attribution of the noun of saying at token i of the sentence from a to b, or null. */
    Attribution match(Doc d, int i, int a, int b) {
        boolean source = lex.isExactly(d.lower(i), Lexicon.WordType.SOURCE_REPORT);
        if (!d.tok[i].pos().startsWith("NN") && !source || !lex.isExactly(d.lower(i), Lexicon.WordType.REPORT_NOUN) && !source
                || i + 2 >= b || d.quoteOf[i + 1] >= 0) {
            return null;
        }
        int cs;
        boolean forObject = false;
        int[] agent = agentAfter(d, i, b);
        if (agent != null) {
            int t = agent[1] + 1; // "a new warning from Mr Trump that he would …": the owner after the noun
            if (!Clauses.clauseFollows(d, t, b, 0) || relativeThat(d, t + 1, b)) {
                return null;
            }
            cs = t + 1;
        } else if ("that".equals(d.lower(i + 1)) && Clauses.clauseFollows(d, i + 1, b, 0) && !relativeThat(d, i + 2, b)) {
            cs = i + 2;
        } else if ("TO".equals(d.tok[i + 1].pos()) && "VB".equals(d.tok[i + 2].pos())) {
            cs = i + 1;
        } else if ("for".equals(d.lower(i + 1)) && lex.isExactly(d.lower(i), Lexicon.WordType.REQUEST_NOUN)) {
            cs = i + 2; // "his call for a special prosecutor"
            forObject = true;
        } else {
            return null;
        }
        int[] owner = agent != null ? agent : source ? sourceNouns(d, i, a) : owner(d, i, a);
        if (owner == null) {
            return null;
        }
        int ce = ends.end(d, cs, cs, b);
        if (forObject) {
            ce = firstComma(d, cs, ce); // "his call for a federal “deportation force,” Will wrote …": a noun phrase ends at a comma
        }
        if (!Stretches.finiteBefore(d, a, owner[0])) {
            // before the sentence's verb ("In response to Trump's proposal to bar X, aides …", "His
            // claim that A, however, …"): the content ends at a comma, or its end is unknown
            int comma = firstComma(d, cs, ce);
            if (comma >= ce && !(ce < b && ",".equals(d.word(ce)))) {
                return null;
            }
            ce = comma;
        }
        if (ce - cs < minTokens) {
            return null;
        }
        int start = d.tok[cs].begin();
        int end = TextSpans.trimEnd(d.text, start, d.tok[ce - 1].end());
        return new Attribution(i, d.word(i), Lexicon.Complement.ANY, owner[0], owner[1], start, end, false, -1, -1).asNominal();
    }

    /**
     * "claims from Beijing that …", "a warning by the ministry that …": a plausible speaker after
     * "from" or "by" right after the noun at {@code i}, with "that" right after it; or null.
     */
    private int[] agentAfter(Doc d, int i, int b) {
        if (!("from".equals(d.lower(i + 1)) || "by".equals(d.lower(i + 1)))) {
            return null;
        }
        int t = i + 2;
        while (t < b && t - i <= MAX_AGENT && !"that".equals(d.lower(t)) && d.quoteOf[t] < 0) {
            t++;
        }
        if (t >= b || !"that".equals(d.lower(t)) || t == i + 2) {
            return null;
        }
        int[] np = mentions.nounPhrase(d, t - 1, i + 2);
        return np != null && np[0] == i + 2 && mentions.plausible(d, np) ? np : null;
    }

    /**
     * "amid reports that …", "media reports that …": a noun of type source_report is its own
     * source, with the words of type source_modifier right before it ("news", "media"); only before "that".
     */
    private int[] sourceNouns(Doc d, int i, int a) {
        if (!"that".equals(d.lower(i + 1))) {
            return null;
        }
        int k = i;
        while (k - 1 >= a && i - k < MAX_MODIFIERS && lex.isExactly(d.lower(k - 1), Lexicon.WordType.SOURCE_MODIFIER)
                && d.quoteOf[k - 1] < 0) {
            k--;
        }
        return new int[] {k, i};
    }

    /** The first comma in tokens [from, to), or {@code to}. */
    private static int firstComma(Doc d, int from, int to) {
        int k = from;
        while (k < to && !",".equals(d.word(k))) {
            k++;
        }
        return k;
    }

    /**
     * "her statement that she released on Monday": a pronoun and a verb with no object after
     * "that" (a preposition, a comma or the sentence's end follows) make a relative clause on the noun.
     */
    private static boolean relativeThat(Doc d, int k, int b) {
        if (k + 1 >= b || !"PRP".equals(d.tok[k].pos()) || !d.tok[k + 1].isVerb()) {
            return false;
        }
        int v = k + 1;
        while (v + 1 < b && (d.tok[v + 1].isVerb() || d.tok[v + 1].pos().startsWith("RB"))) {
            v++; // "that she had quietly released"
        }
        String next = v + 1 < b ? d.tok[v + 1].pos() : ".";
        return "IN".equals(next) || ",".equals(next) || ".".equals(next);
    }

    /**
     * The possessive before the noun at {@code noun}, over up to {@link #MAX_MODIFIERS} adjectives,
     * participles and commas ("his repeated, controversial claim"): "his", "its", "Trump's", "the
     * judges'"; or null.
     */
    private int[] owner(Doc d, int noun, int a) {
        int k = noun - 1;
        while (k >= a && noun - k <= MAX_MODIFIERS && (d.tok[k].pos().startsWith("JJ") || ",".equals(d.word(k))
                || "VBN".equals(d.tok[k].pos()))) {
            k--;
        }
        if (k < a || d.quoteOf[k] >= 0) {
            return null;
        }
        if ("PRP$".equals(d.tok[k].pos())) {
            return new int[] {k, k};
        }
        if (d.tok[k].pos().startsWith("NN")) {
            // "the U.S. announcement that …", "Thai government assurances that …": a name before the noun owns it
            int[] np = mentions.nounPhrase(d, k, a);
            return np != null && mentions.plausible(d, np) ? np : null;
        }
        if (!"POS".equals(d.tok[k].pos()) || k - 1 < a) {
            return null;
        }
        int[] np = mentions.nounPhrase(d, k - 1, a);
        return np != null && mentions.plausible(d, np) ? np : null;
    }
}
