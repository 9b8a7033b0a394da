package dev.stancekit.quotes;

/**
 * The last resort for a long quote that no rule attributes and no earlier speaker continues: the
 * proper name (a person or an organisation) that opens the quote's sentence speaks, {@code The
 * Ortiz campaign projects that “a levy of a fraction of a percent would pay for it.”} when the
 * tagger took the verb for a noun (row {@code opening_name}; limit: fewest tokens in the quote).
 * A name later in the sentence is too often someone the quote is about.
 */
final class OpeningNameRule {

    private final MentionFinder mentions;
    private final int minTokens;

    OpeningNameRule(MentionFinder mentions, int minTokens) {
        this.mentions = mentions;
        this.minTokens = minTokens;
    }

    /** The name's noun phrase [first, last] for the quote at [start, end), or null. */
    int[] find(Doc d, int start, int end) {
        int open = d.tokenFrom(start);
        if (open >= d.tok.length || d.tokenFrom(end) - open < minTokens) {
            return null;
        }
        int first = d.sentStart[d.sentOf[open]];
        for (int k = open - 1; k >= first; k--) {
            String ner = d.tok[k].ner();
            if (d.quoteOf[k] < 0 && d.tok[k].pos().startsWith("NNP") && ("PERSON".equals(ner) || "ORGANIZATION".equals(ner))) {
                int[] np = mentions.nounPhrase(d, k, first);
                return np != null && np[0] == first && mentions.plausible(d, np) ? np : null;
            }
        }
        return null;
    }
}
