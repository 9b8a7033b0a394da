package dev.stancekit.quotes;

/**
 * "criticized what he described as an effort to weaken …": a free relative ("what", word type
 * free_relative) whose verb of saying is followed by "as" names what the speaker called it; the
 * noun phrase after it, up to a comma or the sentence end, is the report. Quoted words there are
 * left to the quote rules. "what he says is A" is not taken: on PolNeAR train it was mostly the
 * writer's framing (2 of 9 matched). Stateless and thread-safe.
 */
final class FreeRelativeNaming {

    /** Fewest tokens of the noun phrase named. */
    static final int MIN_TOKENS = 2;

    private FreeRelativeNaming() {
    }

    /** The attribution of "what SPEAKER VERB as NP" at the cue site, or null. */
    static Attribution match(CueSite s, Speaker sp) {
        Doc d = s.d();
        int w = sp.start() - 1;
        int k = s.after();
        if (w < s.a() || !"what".equalsIgnoreCase(d.word(w)) || k + MIN_TOKENS >= s.b() || d.quoteOf[k] >= 0) {
            return null;
        }
        if (!"as".equalsIgnoreCase(d.word(k))) {
            return null;
        }
        int cs = k + 1;
        int ce = cs;
        while (ce < s.b() && !",".equals(d.word(ce)) && !Tokens.sentenceEnd(d.word(ce))) {
            if (d.quoteOf[ce] >= 0 || d.isQuoteToken(ce)) {
                return null; // "what he called “a provocation”": the quote rules take it
            }
            ce++;
        }
        if (ce - cs < MIN_TOKENS) {
            return null;
        }
        int start = d.tok[cs].begin();
        int end = TextSpans.trimEnd(d.text, start, d.tok[ce - 1].end());
        return new Attribution(s.cue(), s.cueText(), s.verb().complement(), sp.start(), sp.end(), start, end, false, -1, -1);
    }
}
