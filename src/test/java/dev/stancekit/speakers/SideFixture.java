package dev.stancekit.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stancekit.StanceKit;
import dev.stancekit.model.Article;
import dev.stancekit.model.Quote;
import java.util.List;

/** Runs a whole invented article and finds its quotes by their words, for the side regression tests. */
final class SideFixture {

    private SideFixture() {
    }

    static List<Quote> analyze(String text) {
        return StanceKit.defaults().analyze(Article.of("a.txt", text));
    }

    /** The first quote holding {@code words}. */
    static Quote quote(List<Quote> qs, String words) {
        return qs.stream().filter(x -> x.text().contains(words)).findFirst().orElseThrow();
    }

    /** Asserts that the quote holding each of {@code words} in the article has speaker side {@code side}. */
    static void assertSides(String text, String side, String... words) {
        List<Quote> qs = analyze(text);
        for (String w : words) {
            Quote q = quote(qs, w);
            assertEquals(side, q.speaker().side(), q.speaker().toString());
        }
    }
}
