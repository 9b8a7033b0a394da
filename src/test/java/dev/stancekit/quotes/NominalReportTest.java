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
    void theOwnerIsNoOneAPronounOfTheNextQuoteRefersTo() {
        List<QuoteSpan> qs = extract("Senator Ruth Alder said the fares would rise in May. Voters doubted Mayor Ann "
                + "Lee's promise to cut them.\n\n\"It is a fairy tale,\" she said.");
        assertTrue(Fixture.quote(qs, "cut them").antecedent().endsWith("Ann Lee"), dump(qs));
        assertTrue(Fixture.quote(qs, "fairy tale").antecedent().endsWith("Ruth Alder"), dump(qs));
    }

    @Test
    void theOwnerDoesNotSpeakTheNextParagraphsQuote() {
        List<QuoteSpan> qs = extract("\"The fares will rise in May,\" Senator Ruth Alder said. Voters doubted Mayor "
                + "Ann Lee's promise to cut them.\n\n\"Nobody in this city believes a word of it anymore.\"");
        assertTrue(Fixture.quote(qs, "Nobody in this city").antecedent().endsWith("Ruth Alder"), dump(qs));
    }

    @Test
    void aRelativeClauseOnTheNounIsNoContent() {
        List<QuoteSpan> qs = extract("Reporters read Mayor Ann Lee's statement that she released on Monday night.");
        assertTrue(qs.isEmpty(), dump(qs));
    }

    @Test
    void aBodyOwnsItsPromiseToo() {
        List<QuoteSpan> qs = extract("The ferry company renewed its promise to cut fares before the summer.");
        assertEquals("to cut fares before the summer", Fixture.quote(qs, "cut fares").text(), dump(qs));
    }
}
