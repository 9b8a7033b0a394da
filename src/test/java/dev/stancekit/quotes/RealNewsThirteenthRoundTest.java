package dev.stancekit.quotes;

import static dev.stancekit.quotes.Fixture.dump;
import static dev.stancekit.quotes.Fixture.extract;
import static dev.stancekit.quotes.Fixture.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stancekit.model.QuoteSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Patterns that the thirteenth round of error analysis on real news (PolNeAR train and real
 * US–China news) found missed or mis-cut. One test per pattern; every sentence invented.
 */
class RealNewsThirteenthRoundTest {

    @Test
    void aClauseOfTimeHoldingAnotherReportEndsTheContentAndIsAReportOfItsOwn() {
        List<QuoteSpan> qs = extract("The commerce ministry said on Friday that Washington was trying to choke the "
                + "solar industry after the panel maker Helio Corp said on Thursday it had been told to halt its shipments.");
        QuoteSpan first = quote(qs, "choke the");
        assertEquals("Washington was trying to choke the solar industry", first.text(), dump(qs));
        assertEquals("The commerce ministry", first.mention());
        QuoteSpan second = quote(qs, "halt its shipments");
        assertEquals("it had been told to halt its shipments", second.text(), dump(qs));
        assertEquals("the panel maker Helio Corp", second.mention());
    }

    /** Guards the cut: a clause of time whose verb of saying has only an object stays in the content. */
    /** Regression (review): a condition the speaker sets, after a modal, stays in the content. */
    @Test
    void aClauseOfTimeAfterAModalIsTheSpeakersCondition() {
        List<QuoteSpan> qs = extract("The ministry said it would resume the talks when Washington says it is ready.");
        QuoteSpan q = quote(qs, "resume the talks");
        assertEquals("it would resume the talks when Washington says it is ready", q.text(), dump(qs));
    }

    @Test
    void aClauseOfTimeWhoseVerbOfSayingHasOnlyAnObjectStaysInTheContent() {
        List<QuoteSpan> qs = extract("The mayor said the ferry would not have helped when the council announced "
                + "the closures in May.");
        QuoteSpan q = quote(qs, "ferry");
        assertEquals("the ferry would not have helped when the council announced the closures in May", q.text(), dump(qs));
    }

    @Test
    void aTrailingAttributionMayBeFollowedByAnAdverbAndAClauseOfItsOwn() {
        List<QuoteSpan> qs = extract("No port should have to pick a side, Defence Minister Ola Berg said on Tuesday, even "
                + "as he conceded that staying neutral was getting harder.");
        QuoteSpan first = quote(qs, "pick a side");
        assertEquals("No port should have to pick a side", first.text(), dump(qs));
        assertEquals("Defence Minister Ola Berg", first.mention());
    }
}
