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

    @Test
    void theClauseBeforeAndThatWithQuotedWordsIsReportedSpeech() {
        List<QuoteSpan> qs = extract("President Ada Voss said on Saturday she had spoken at length with Premier Ivo Marsh and that "
                + "“real progress” is being made toward a deal.");
        assertEquals("she had spoken at length with Premier Ivo Marsh", quote(qs, "spoken at length").text(), dump(qs));
        assertEquals(QuoteKind.INDIRECT, quote(qs, "spoken at length").kind(), dump(qs));
        assertEquals(QuoteKind.PARTIAL, quote(qs, "real progress").kind(), dump(qs));
    }

    @Test
    void aRelativeClauseBeforeAndThatIsNoReportOfItsOwn() {
        List<QuoteSpan> qs = extract("The envoy said officials who were briefed and that “nobody” had asked were upset.");
        assertEquals(0, qs.stream().filter(q -> q.kind() == QuoteKind.INDIRECT).count(), dump(qs));
    }

    @Test
    void aProgrammeInMarksAfterToldIsWhoWasTold() {
        List<QuoteSpan> qs = extract("Ada Voss told NBN’s “Morning Hour” on Monday the talks had been useful. Ivo Marsh told "
                + "NBN’s “Evening Hour” that the ships would stay.");
        assertEquals("the talks had been useful", quote(qs, "talks had been").text(), dump(qs));
        assertEquals("the ships would stay", quote(qs, "ships would stay").text(), dump(qs));
    }

    @Test
    void aProgrammeInMarksAfterADayIsPassedOverOnTheWayToThat() {
        List<QuoteSpan> qs = extract("Ada Voss said Sunday on NBN’s “Meet the Nation” that the talks had been useful.");
        assertEquals("the talks had been useful", quote(qs, "talks had been").text(), dump(qs));
    }

    @Test
    void whereOrWhenAfterAnAdverbIsNoContent() {
        List<QuoteSpan> qs = extract("The committee met on Monday. Officials there reported mostly from the capital city.");
        assertEquals(0, qs.size(), dump(qs));
    }

    @Test
    void aQuestionOpeningTheSentenceIsNoContent() {
        List<QuoteSpan> qs = extract("Asked on a radio show who leads the party in his view, he said Olin.");
        assertEquals(0, qs.size(), dump(qs));
    }

    @Test
    void wordsAfterABracketThatAVerbOfSayingClosesAreTheWriters() {
        List<QuoteSpan> qs = extract("She cared if her low approval ratings (as low as 19%, Ruth Olin says) hurt her husband.");
        assertEquals(0, qs.stream().filter(q -> q.text().contains("hurt her husband")).count(), dump(qs));
    }

    @Test
    void aVerbOfSayingAimedAtEachOtherReportsNothing() {
        List<QuoteSpan> qs = extract("Despite their friendship, the two senators playfully mocked each other at times.");
        assertEquals(0, qs.size(), dump(qs));
    }

    @Test
    void skepticismIsVoiced() {
        List<QuoteSpan> qs = extract("Minister Ada Voss on Monday voiced skepticism over the peace proposals.");
        assertEquals("skepticism over the peace proposals", quote(qs, "peace proposals").text(), dump(qs));
    }

    @Test
    void withoutElaboratingIsHowTheWordsWereSaid() {
        List<QuoteSpan> qs = extract("The port authority will handle the matter according to the law, Ivo Marsh said without "
                + "elaborating.");
        assertEquals("The port authority will handle the matter according to the law", quote(qs, "port authority").text(), dump(qs));
        assertEquals("Ivo Marsh", quote(qs, "port authority").mention(), dump(qs));
    }
}
