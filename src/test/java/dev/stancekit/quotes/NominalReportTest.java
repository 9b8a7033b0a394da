package dev.stancekit.quotes;

import static dev.stancekit.quotes.Fixture.dump;
import static dev.stancekit.quotes.Fixture.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.QuoteSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Nouns of saying with their owner (row nominal_report): "Lee's promise to …", "his claim that …". Sentences invented. */
class NominalReportTest {

    @Test
    void aPossessiveOwnerOfANounOfSayingIsItsSpeaker() {
        List<QuoteSpan> qs = extract("Voters doubted Mayor Ann Lee's promise to reopen the ferry pier by spring.");
        QuoteSpan q = Fixture.quote(qs, "reopen the ferry pier");
        assertEquals("to reopen the ferry pier by spring", q.text(), dump(qs));
        assertTrue(q.antecedent().endsWith("Ann Lee"), dump(qs));
    }

    @Test
    void aPossessivePronounResolvesToItsPerson() {
        List<QuoteSpan> qs = extract("Senator Paul Kerr spoke in Manila on Monday. Analysts doubted his claim that the "
                + "navy had doubled its patrols.");
        QuoteSpan q = Fixture.quote(qs, "navy had doubled");
        assertEquals("the navy had doubled its patrols", q.text(), dump(qs));
        assertTrue(q.antecedent().endsWith("Paul Kerr"), dump(qs));
    }

    @Test
    void aNounOfSayingWithNoOwnerReportsNothing() {
        List<QuoteSpan> qs = extract("Analysts doubted the claim that the navy had doubled its patrols.");
        assertTrue(qs.isEmpty(), dump(qs));
    }

    @Test
    void beforeTheSentencesVerbTheContentEndsAtTheComma() {
        List<QuoteSpan> qs = extract("In response to Mayor Ann Lee's proposal to close the pier, the union called a strike.");
        assertEquals("to close the pier", Fixture.quote(qs, "close the pier").text(), dump(qs));
    }

    @Test
    void theOwnerDoesNotBecomeTheSpeakerOfTheNextQuote() {
        List<QuoteSpan> qs = extract("Repeating a line from his speech, Senator Ruth Alder dismissed Mayor Ann Lee's "
                + "promise to cut fares.\n\n\"It is a fairy tale,\" she said.");
        assertTrue(Fixture.quote(qs, "fairy tale").antecedent().endsWith("Ruth Alder"), dump(qs));
    }
}
