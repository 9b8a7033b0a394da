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
 * Regression: words a news source only relays were given to the source. A quote followed by its own
 * speaker ("“A,” Minister Soto said at the forum, news agency M reported") became a partial quote of
 * the agency, and "the Daily reported Premier Reyes as saying that …" a report of the Daily.
 */
class RelayedByANewsSourceTest {

    @Test
    void aQuoteWithItsOwnSpeakerBeforeTheRelayIsThatSpeakers() {
        List<QuoteSpan> qs = extract("Forum ends\n\n“We have seen reckless manoeuvres near the reef and threats against fishermen,”"
                + " Foreign Minister Ana Soto said at the forum, referring to the coast guard, news agency Meridian reported.");
        QuoteSpan q = quote(qs, "reckless manoeuvres");
        assertEquals(QuoteKind.DIRECT, q.kind(), dump(qs));
        assertEquals("Foreign Minister Ana Soto", q.mention(), dump(qs));
    }

    @Test
    void reportedAsSayingGivesTheWordsToTheObject() {
        List<QuoteSpan> qs = extract("Harbour open\n\nThe Lantern Daily reported Premier Tomas Reyes as saying that the harbour"
                + " would stay open to every navy.\n\n“Our ships will keep sailing in those waters,” the Lantern Daily reported"
                + " Reyes as saying at the start of the meeting.");
        QuoteSpan reported = quote(qs, "stay open");
        assertEquals(QuoteKind.INDIRECT, reported.kind(), dump(qs));
        assertEquals("the harbour would stay open to every navy", reported.text(), dump(qs));
        assertEquals("Premier Tomas Reyes", reported.mention(), dump(qs));
        assertEquals("Reyes", quote(qs, "keep sailing").mention(), dump(qs));
    }

    @Test
    void aSourceThatReportsWithoutAsSayingStillSpeaks() {
        List<QuoteSpan> qs = extract("Port data\n\nThe Lantern Daily reported that the harbour handled a record number of ships.");
        assertEquals("the Lantern Daily", quote(qs, "record number").mention().replace("The", "the"), dump(qs));
    }
}
