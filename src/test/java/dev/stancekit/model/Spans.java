package dev.stancekit.model;

/** Test help for spans whose mention offset comes from {@code indexOf} (negative: not in the text). */
public final class Spans {

    private Spans() {}

    /** The builder with the mention at {@code at}, or with no place in the article when {@code at < 0}. */
    public static QuoteSpan.Builder mention(QuoteSpan.Builder b, String words, int at) {
        return at < 0 ? b.mention(words) : b.mention(words, at);
    }
}
