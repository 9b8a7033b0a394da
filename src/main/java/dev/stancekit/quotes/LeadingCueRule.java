package dev.stancekit.quotes;

/**
 * A verb of saying right before the opening mark, after a colon or comma: {@code He added: “…”},
 * {@code Mr. Ridge said, “…”}, {@code she told Hewitt, “…”}, {@code Ms. Lee said in a statement:
 * “…”}. Between the verb and the mark only a listener or a prepositional phrase may stand.
 */
final class LeadingCueRule implements MarkRule {

    private final ReportedSpeechFinder finder;
    private final MentionFinder mentions;
    private final int maxGap;

    LeadingCueRule(ReportedSpeechFinder finder, MentionFinder mentions, int maxGap) {
        this.finder = finder;
        this.mentions = mentions;
        this.maxGap = maxGap;
    }

    @Override
    public Attribution match(Doc d, QuoteMarks.Marked q) {
        int open = d.tokenFrom(q.open());
        int p = open - 1;
        if (p < 0 || d.quoteOf[p] >= 0 || !(":".equals(d.word(p)) || ",".equals(d.word(p)))
                || !Tokens.gapOnly(d.text, d.tok[p].end(), q.open(), " \t")) {
            return null;
        }
        int sentFirst = d.sentStart[d.sentOf[p]];
        Attribution according = accordingTo(d, sentFirst, p, q);
        if (according != null) {
            return according;
        }
        for (int k = p - 1; k >= sentFirst && k >= p - maxGap; k--) {
            if (d.quoteOf[k] >= 0 || d.isQuoteToken(k) || Tokens.sentenceEnd(d.word(k))) {
                return null;
            }
            Lexicon.Cue cue = finder.cueAt(d, k, p);
            if (cue != null) {
                int[] subj = mentions.speakerOf(d, k, sentFirst);
                if (subj == null) {
                    return null;
                }
                return new Attribution(k, d.span(k, k + cue.length() - 1), Lexicon.Complement.ANY,
                        subj[0], subj[1], q.start(), q.end(), false, -1, -1);
            }
            if (Tokens.finiteVerb(d.tok[k].pos())) {
                return null;
            }
        }
        return null;
    }

    /** "According to the newspaper, “…”": the sentence opens with the source and the quote follows. */
    private Attribution accordingTo(Doc d, int sentFirst, int p, QuoteMarks.Marked q) {
        if (p - sentFirst < 3 || p - sentFirst > maxGap + 2 || !"according".equalsIgnoreCase(d.word(sentFirst))
                || !"to".equalsIgnoreCase(d.word(sentFirst + 1))) {
            return null;
        }
        int[] np = mentions.nounPhrase(d, p - 1, sentFirst + 2);
        if (np == null || np[0] != sentFirst + 2) {
            return null;
        }
        return new Attribution(sentFirst, d.span(sentFirst, sentFirst + 1), Lexicon.Complement.ANY,
                np[0], np[1], q.start(), q.end(), false, -1, -1);
    }
}
