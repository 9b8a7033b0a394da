package dev.stancekit.quotes;

import static dev.stancekit.quotes.Fixture.dump;
import static dev.stancekit.quotes.Fixture.extract;
import static dev.stancekit.quotes.Fixture.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stancekit.model.QuoteKind;
import dev.stancekit.model.QuoteSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Patterns that the twenty-fourth round of error analysis on real news (two new blind sets of real
 * US–China news on trade, technology, security and people) found. One test per pattern; every
 * sentence invented.
 */
class RealNewsTwentyFourthRoundTest {

    @Test
    void brandedAsWithQuotedWordsIsAPartialQuote() {
        List<QuoteSpan> qs = extract("Envoy Ada Voss met Premier Ivo Marsh hours after he branded the tariff plan as “reckless” "
                + "and “absurd.”");
        assertEquals(QuoteKind.PARTIAL, quote(qs, "reckless").kind(), dump(qs));
        assertEquals("he", quote(qs, "reckless").mention(), dump(qs));
        assertEquals(QuoteKind.PARTIAL, quote(qs, "absurd").kind(), dump(qs));
    }

    @Test
    void aStraightMarkClosedByTwoApostrophesIsOneQuote() {
        List<QuoteSpan> qs = extract("The ministry will sanction officials who it says have \"acted badly'' on port issues, "
                + "the ministry announced. Its spokesman, Lin Wei, called the move ''shameful.\" He spoke in Beijing.");
        assertEquals("acted badly", quote(qs, "acted badly").text(), dump(qs));
        assertEquals("shameful.", quote(qs, "shameful").text(), dump(qs));
        assertEquals("Lin Wei", quote(qs, "shameful").antecedent(), dump(qs));
    }

    @Test
    void aDenialWithThatAfterATimePhraseIsReported() {
        List<QuoteSpan> qs = extract("The ministry denied on Tuesday that it had blocked the shipments.");
        assertEquals("it had blocked the shipments", quote(qs, "blocked the shipments").text(), dump(qs));
    }

    @Test
    void aCentreNamedByItsWorkIsASpeaker() {
        List<QuoteSpan> qs = extract("The country's national cyber incident response center accused the Ostland government of "
                + "launching attacks on two software firms.");
        assertEquals("the Ostland government of launching attacks on two software firms",
                quote(qs, "launching attacks").text(), dump(qs));
    }
}
