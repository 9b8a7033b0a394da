package dev.stancekit.quotes;

/**
 * A second report of the same speaker joined to the content of the first by a coordinator and
 * "that": {@code The minister said the talks had failed, and that new ones would start in May}
 * (row {@code and_that}; limit: fewest tokens of the second content).
 */
final class AndThatRule {

    private final ContentEnd ends;
    private final int minTokens;

    AndThatRule(ContentEnd ends, int minTokens) {
        this.ends = ends;
        this.minTokens = minTokens;
    }

    /** After {@code prev} ends at "and that B" in the sentence ending before b: B's attribution, or null. */
    Attribution next(Doc d, Attribution prev, int b) {
        int k = d.tokenFrom(prev.contentEnd());
        while (k < b && d.tok[k].begin() < prev.contentEnd()) {
            k++;
        }
        if (k < b && ",".equals(d.word(k))) {
            k++;
        }
        int cs = k < b ? ends.coordination(d, k, b) : -1;
        if (cs < 0 || !"that".equalsIgnoreCase(d.word(cs - 1))) {
            return null;
        }
        int ce = ends.end(d, cs, cs, b);
        if (ce - cs < minTokens) {
            return null;
        }
        int start = d.tok[cs].begin();
        return new Attribution(prev.cueTok(), prev.cue(), prev.complement(), prev.subjStart(), prev.subjEnd(),
                start, TextSpans.trimEnd(d.text, start, d.tok[ce - 1].end()), false, -1, -1);
    }
}
