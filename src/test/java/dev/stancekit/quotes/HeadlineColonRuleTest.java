package dev.stancekit.quotes;

import static dev.stancekit.quotes.Fixture.dump;
import static dev.stancekit.quotes.Fixture.extract;
import static dev.stancekit.quotes.Fixture.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.QuoteKind;
import dev.stancekit.model.QuoteSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Headlines that set their speaker apart with a colon or a spaced dash (row headline_colon). */
class HeadlineColonRuleTest {

    private static final String BODY = "\n\nThe two towns signed the pact on Monday.\n";
    private static final MentionFinder MENTIONS = new MentionFinder(Fixture.LEX);

    @Test
    void aSpeakerAfterAColonReportsTheHeadline() {
        List<QuoteSpan> qs = extract("Harbour fees will not rise before the spring: port authority spokesperson" + BODY);
        QuoteSpan q = quote(qs, "Harbour fees will not rise");
        assertEquals("Harbour fees will not rise before the spring", q.text(), dump(qs));
        assertEquals(QuoteKind.INDIRECT, q.kind(), dump(qs));
        assertTrue(q.mention().contains("spokesperson"), dump(qs));
    }

    @Test
    void anAcronymAfterAColonIsASpeaker() {
        List<QuoteSpan> qs = extract("Harbour dues will be cut next year: HPA" + BODY);
        assertTrue(quote(qs, "Harbour dues will be cut").mention().contains("HPA"), dump(qs));
    }

    @Test
    void aPersonAfterASpacedDashReportsTheHeadline() {
        List<QuoteSpan> qs = extract("Northern channel will reopen within weeks – harbour chief Ana Diaz" + BODY);
        assertTrue(quote(qs, "Northern channel will reopen").mention().contains("Diaz"), dump(qs));
    }

    @Test
    void anOutletAfterADashIsNoSpeaker() {
        // a page title ends in its outlet's name the same way
        List<QuoteSpan> qs = extract("Harbour towns sign a new fishing pact – Coastal Harbour News" + BODY);
        assertTrue(qs.isEmpty(), dump(qs));
    }

    @Test
    void quotedWordsBeforeTheSpeakerArePartialQuotes() {
        List<QuoteSpan> qs = extract("Talks on the channel were “frank and useful”: port authority" + BODY);
        QuoteSpan q = quote(qs, "frank and useful");
        assertEquals(QuoteKind.PARTIAL, q.kind(), dump(qs));
        assertTrue(q.mention().contains("port authority"), dump(qs));
    }

    @Test
    void aTopicBeforeAColonIsNoSpeaker() {
        List<QuoteSpan> qs = extract("Fishing season: harbour towns brace for a late start" + BODY);
        assertTrue(qs.isEmpty(), dump(qs));
    }

    @Test
    void onlyTheFirstLineIsRead() {
        List<QuoteSpan> qs = extract("Pact signed\n\nHarbour fees will not rise before the spring: port authority spokesperson" + BODY);
        assertTrue(qs.isEmpty(), dump(qs));
    }

    @Test
    void theSpeakerFirstFormIsReadOnlyWhenItsRowIsOn() {
        Doc d = Fixture.doc("Harbour chief Ana Diaz: Fees will not rise before the spring" + BODY);
        Attribution on = new HeadlineColonRule(Fixture.LEX, MENTIONS, 6, true).match(d, 0);
        assertNotNull(on);
        assertEquals("Fees will not rise before the spring", d.text.substring(on.contentStart(), on.contentEnd()));
        assertTrue(d.span(on.subjStart(), on.subjEnd()).contains("Diaz"));
        assertNull(new HeadlineColonRule(Fixture.LEX, MENTIONS, 6, false).match(d, 0));
        Doc topic = Fixture.doc("Fishing season: harbour towns brace for a late start" + BODY);
        assertNull(new HeadlineColonRule(Fixture.LEX, MENTIONS, 6, true).match(topic, 0));
    }
}
