package dev.stancekit.quotes;

/**
 * A headline or transcript line that opens with a proper name (a person or an organisation) and a
 * colon gives that name to every quote later on its line: {@code Ortiz: Harbor Plan Is ‘Reckless’
 * and Unfair}, {@code Lee: Well, nobody calls it ‘a bailout.’} (row {@code line_name}; limit:
 * most tokens in the name). {@code Update: …} and {@code The Latest: …} name no speaker.
 */
final class LineNameRule implements MarkRule {

    private final MentionFinder mentions;
    private final int maxTokens;

    LineNameRule(MentionFinder mentions, int maxTokens) {
        this.mentions = mentions;
        this.maxTokens = maxTokens;
    }

    @Override
    public Attribution match(Doc d, QuoteMarks.Marked q) {
        int open = d.tokenFrom(q.open());
        if (open >= d.tok.length) {
            return null;
        }
        int first = d.sentStart[d.sentOf[open]];
        if (d.lineStart(d.tok[first].begin()) != d.tok[first].begin()) {
            return null;
        }
        int colon = first + 1;
        while (colon < open && !":".equals(d.word(colon))) {
            if (d.quoteOf[colon] >= 0 || d.isQuoteToken(colon) || colon - first >= maxTokens) {
                return null;
            }
            colon++;
        }
        if (colon >= open) {
            return null;
        }
        int[] np = mentions.nounPhrase(d, colon - 1, first);
        if (np == null || np[0] != first || !properName(d, np, colon - 1)) {
            return null;
        }
        return new Attribution(colon, d.word(colon), Lexicon.Complement.ANY, np[0], np[1], q.start(), q.end(),
                false, -1, -1);
    }

    private static boolean properName(Doc d, int[] np, int head) {
        for (int k = np[0]; k <= np[1]; k++) {
            if (!d.tok[k].pos().startsWith("NNP")) {
                return false;
            }
        }
        String ner = d.tok[head].ner();
        return "PERSON".equals(ner) || "ORGANIZATION".equals(ner);
    }
}
