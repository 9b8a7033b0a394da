package dev.stancekit.quotes;

import dev.stancekit.model.QuoteKind;

/**
 * Quoted words that open with a verb of saying, the finite verb of the clause whose subject stands
 * right before the mark: the subject is their speaker, as readouts are quoted ({@code In their meeting, the two
 * leaders “reiterated their resolve to maintain peace …”}, {@code Xi “stressed that …”}). The
 * subject must open its clause and the quote hold at least {@code limit} words (row
 * {@code quoted_verb}).
 */
final class QuotedVerbRule implements MarkRule {

    private final Lexicon lex;
    private final MentionFinder mentions;
    private final int minWords;

    QuotedVerbRule(Lexicon lex, MentionFinder mentions, int minWords) {
        this.lex = lex;
        this.mentions = mentions;
        this.minWords = minWords;
    }

    @Override
    public QuoteKind kind() {
        return QuoteKind.PARTIAL;
    }

    @Override
    public Attribution match(Doc d, QuoteMarks.Marked q) {
        int t = d.tokenFrom(q.open());
        int open = t < d.tok.length && d.isQuoteToken(t) ? t : t - 1; // the opening mark's token
        int first = open + 1;
        if (open < 0 || first >= d.tok.length || !d.isQuoteToken(open) || d.quoteOf[first] < 0
                || d.sentOf[first] != d.sentOf[open]) {
            return null;
        }
        String pos = d.tok[first].pos();
        // a verb of saying ("“reiterated …”", "“stressed that …”"), not any verb ("Huawei “was found to …”")
        boolean verb = ("VBD".equals(pos) || "VBZ".equals(pos) || "VBP".equals(pos))
                && lex.cueAt(d, first, d.sentEnd[d.sentOf[first]]) != null;
        int words = q.words(d.text);
        if (!verb || words < minWords) {
            return null;
        }
        int sentFirst = d.sentStart[d.sentOf[open]];
        int[] subj = open - 1 >= sentFirst ? mentions.nounPhrase(d, open - 1, sentFirst) : null;
        if (subj == null || !(mentions.plausible(d, subj) || MentionFinder.nounHeaded(d, subj))
                || !(subj[0] == sentFirst || ",".equals(d.word(subj[0] - 1)))) {
            return null;
        }
        return new Attribution(first, d.word(first), Lexicon.Complement.ANY, subj[0], subj[1],
                q.start(), q.end(), false, -1, -1);
    }
}
