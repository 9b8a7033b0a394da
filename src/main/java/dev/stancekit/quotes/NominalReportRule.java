package dev.stancekit.quotes;

/**
 * A noun of saying with its owner and its clause: {@code Trump's assertion that the wall would
 * pay for itself}, {@code her promise to raise wages}, {@code the judges' statement that their
 * ruling is binding} (row {@code nominal_report}; word type {@code report_noun} in
 * attribution-words.csv). The owner, a possessive noun phrase or pronoun before the noun (over
 * adjectives), is the speaker; the content is the clause after "that" or the infinitive after
 * "to". A noun with no owner ("the claim that …") reports nothing here. Limit: fewest tokens of
 * content.
 */
final class NominalReportRule {

    /** Most adjectives between the owner and the noun ("his repeated, controversial claim"). */
    private static final int MAX_MODIFIERS = 3;

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
        if (!d.tok[i].pos().startsWith("NN") || !lex.isExactly(d.lower(i), Lexicon.WordType.REPORT_NOUN)
                || i + 2 >= b || d.quoteOf[i + 1] >= 0) {
            return null;
        }
        int cs;
        if ("that".equals(d.lower(i + 1)) && Clauses.clauseFollows(d, i + 1, b, 0)) {
            cs = i + 2;
        } else if ("TO".equals(d.tok[i + 1].pos()) && "VB".equals(d.tok[i + 2].pos())) {
            cs = i + 1;
        } else {
            return null;
        }
        int[] owner = owner(d, i, a);
        if (owner == null) {
            return null;
        }
        int ce = ends.end(d, cs, cs, b);
        if (!Clauses.finiteBefore(d, a, owner[0])) {
            // before the sentence's verb ("In response to Trump's proposal to bar X, aides …", "His
            // claim that A, however, …"): the content ends at a comma, or its end is unknown
            int comma = cs;
            while (comma < ce && !",".equals(d.word(comma))) {
                comma++;
            }
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
        return new Attribution(i, d.word(i), Lexicon.Complement.ANY, owner[0], owner[1], start, end, false, -1, -1);
    }

    /** The possessive before the noun at {@code noun} (over adjectives): "his", "Trump's", "the judges'"; or null. */
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
            return "its".equals(d.lower(k)) ? null : new int[] {k, k};
        }
        if (!"POS".equals(d.tok[k].pos()) || k - 1 < a) {
            return null;
        }
        int[] np = mentions.nounPhrase(d, k - 1, a);
        return np != null && mentions.plausible(d, np) ? np : null;
    }

    /** Whether the attribution is a noun of saying's: its cue is a report noun and no verb of saying. */
    static boolean nominal(Lexicon lex, Doc d, Attribution a) {
        int k = a.cueTok();
        return d.tok[k].pos().startsWith("NN") && lex.isExactly(d.lower(k), Lexicon.WordType.REPORT_NOUN)
                && lex.cueAt(d, k, d.tok.length) == null;
    }
}
