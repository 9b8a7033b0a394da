package dev.stancekit.quotes;

import static dev.stancekit.quotes.Fixture.anyStartingWith;
import static dev.stancekit.quotes.Fixture.dump;
import static dev.stancekit.quotes.Fixture.extract;
import static dev.stancekit.quotes.Fixture.quote;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.QuoteSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Patterns that the thirtieth round of error analysis on real news (new blind sets of real US–China
 * news, and PolNeAR train) found. One test per pattern; every sentence invented.
 */
class RealNewsThirtiethRoundTest {

    @Test
    void aLastParagraphThatOpensAQuoteThePageCutOffIsNoHeadline() {
        String lead = "Harbour talks end\n\nThe port authority said on Sunday that it is watching the strike closely.\n\n";
        List<QuoteSpan> dash = extract(lead + "“As we have said, there is no reason for the union to turn this dispute –");
        assertTrue(anyStartingWith(dash, "As we have said, there is no reason for the union to turn this dispute"), dump(dash));
        assertTrue(quote(dash, "no reason for the union").mention().contains("port authority"), dump(dash));
        List<QuoteSpan> comma = extract(lead + "\"This is the only way to keep the ships moving in and out of the port,");
        assertTrue(anyStartingWith(comma, "This is the only way to keep the ships moving"), dump(comma));
        List<QuoteSpan> capital = extract(lead + "“Our dock workers and their families — people W");
        assertTrue(anyStartingWith(capital, "Our dock workers and their families"), dump(capital));
    }

    @Test
    void aShortLastLineOrACaptionStaysAHeadline() {
        String lead = "Harbour talks end\n\nThe port authority said on Sunday that it is watching the strike closely.\n\n";
        assertFalse(anyStartingWith(extract(lead + "“Strike Watch” Photo Gallery And Video"), "Strike Watch"));
        assertFalse(anyStartingWith(extract(lead + "“Harbour lights,”"), "Harbour lights"));
    }

    @Test
    void aCommaInsideTheClosingMarkBeforeAccordingToAndAnApposition() {
        List<QuoteSpan> qs = extract("The number of firms hit by the new rules is “very small,” according to Ada Brem, the harbour minister.");
        assertTrue(anyStartingWith(qs, "very small"), dump(qs));
        assertTrue(quote(qs, "very small").mention().contains("Ada Brem"), dump(qs));
    }

    @Test
    void aVerbOfSayingAfterButSharesTheSubjectOfAReportWithThat() {
        List<QuoteSpan> qs = extract("The harbour board acknowledged on Monday that the strike had had an impact on exports, "
                + "but said it was working on the problem.");
        assertTrue(anyStartingWith(qs, "it was working on the problem"), dump(qs));
        assertTrue(quote(qs, "working on the problem").mention().contains("harbour board"), dump(qs));
    }

    @Test
    void anOccasionAfterANounObjectIsNoPartOfTheReport() {
        List<QuoteSpan> qs = extract("Senator Ilse Varga on Tuesday reiterated her country's support for the harbour accord "
                + "on her second visit in a year to the island claimed by its neighbour.");
        assertTrue(qs.stream().anyMatch(q -> q.text().equals("her country's support for the harbour accord")), dump(qs));
        List<QuoteSpan> trip = extract("Chief executive Ada Holm stressed the importance of the firm's local suppliers during his trip to Lisbon.");
        assertTrue(trip.stream().anyMatch(q -> q.text().equals("the importance of the firm's local suppliers")), dump(trip));
        List<QuoteSpan> told = extract("The mayor weighed in as well, telling Radio Nord in an interview on Monday, “They are both qualified.”");
        assertTrue(quote(told, "both qualified").mention().contains("mayor"), dump(told));
    }

    @Test
    void aSecondActInThePerfectEndsAnInfinitiveReport() {
        List<QuoteSpan> qs = extract("The ministry has previously urged the company to stop dumping waste in the bay "
                + "and has called the practice “reckless.”");
        assertTrue(qs.stream().anyMatch(q -> q.text().equals("the company to stop dumping waste in the bay")), dump(qs));
        assertTrue(anyStartingWith(qs, "reckless"), dump(qs));
    }

    @Test
    void aLabelLineEndingInAColonGivesTheNextParagraphsQuoteItsSpeaker() {
        List<QuoteSpan> qs = extract("Harbour talks\n\n1. Wide of the dock\n\n2. SOUNDBITE (English) Mark Dalton, "
                + "spokesman of the harbour board:\n\n\"The strike will not bring any security to the port, and the board "
                + "will not accept it.\"");
        assertTrue(quote(qs, "will not bring any security").mention().contains("Mark Dalton"), dump(qs));
    }

    @Test
    void aShortUnclosedQuoteOrAStrayTagEndingTheTextIsNoHeadline() {
        String lead = "Harbour talks end\n\n“Over the past years my life has been turned upside down,” Ada Holm told reporters.\n\n";
        List<QuoteSpan> cut = extract(lead + "“Every storm has a s");
        assertTrue(anyStartingWith(cut, "Every storm has a s"), dump(cut));
        List<QuoteSpan> tag = extract("Harbour talks end\n\nThe envoys met for six hours on Friday.\n\n"
                + "Ada Holm said the crews also met “dangerous moves from other ships in the bay.”<\n\nMore talks follow.");
        assertTrue(anyStartingWith(tag, "dangerous moves from other ships in the bay"), dump(tag));
    }
}
