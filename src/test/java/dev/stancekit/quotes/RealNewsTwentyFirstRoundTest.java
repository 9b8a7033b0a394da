package dev.stancekit.quotes;

import static dev.stancekit.quotes.Fixture.dump;
import static dev.stancekit.quotes.Fixture.extract;
import static dev.stancekit.quotes.Fixture.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stancekit.model.QuoteSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Patterns that the twenty-first round of error analysis on real news (PolNeAR train and two new
 * blind sets of real US–China news) found. One test per pattern; every sentence invented.
 */
class RealNewsTwentyFirstRoundTest {

    @Test
    void aSurnameTheTaggerReadsAsAVerbIsTheNameItIsElsewhere() {
        List<QuoteSpan> qs = extract("The panel questioned the fund’s chief, Mara Chew, for hours. In response, Chew "
                + "maintained that the fund had followed the rules.");
        assertEquals("the fund had followed the rules", quote(qs, "followed the rules").text(), dump(qs));
        assertEquals("Chew", quote(qs, "followed the rules").mention(), dump(qs));
    }

    @Test
    void aVerbAfterWhatItCalledSharesTheSpeakerOfTheFirstVerb() {
        List<QuoteSpan> qs = extract("A spokesperson for the port authority urged the shipping firm to stop what it "
                + "called “reckless dumping” and warned that the harbor would close.");
        assertEquals("the harbor would close", quote(qs, "harbor would close").text(), dump(qs));
        assertEquals(quote(qs, "reckless dumping").mention(), quote(qs, "harbor would close").mention(), dump(qs));
    }

    @Test
    void aReplyAfterToWhichIsTheRepliersQuote() {
        List<QuoteSpan> qs = extract("In response, Okafor maintained that “the industry is fixing it,” to which "
                + "Lindqvist fired back “we are not asking about the industry.”");
        assertEquals("Lindqvist", quote(qs, "not asking").mention(), dump(qs));
        assertEquals("Okafor", quote(qs, "fixing").mention(), dump(qs));
    }

    @Test
    void aPastTenseReadAsAParticipleBeforeToStillMakesAClause() {
        List<QuoteSpan> qs = extract("The two cities committed to expand the ferry link, the agency said.");
        assertEquals("The two cities committed to expand the ferry link", quote(qs, "ferry link").text(), dump(qs));
        assertEquals("the agency", quote(qs, "ferry link").mention(), dump(qs));
    }

    @Test
    void anInvertedSpeakerNounKeepsWhomItSpeaksFor() {
        List<QuoteSpan> qs = extract("“The island opposes the tariffs,” said a spokesperson for the Harbor Ministry of Trade "
                + "in Geneva.");
        assertEquals("a spokesperson for the Harbor Ministry of Trade", quote(qs, "opposes the tariffs").mention(), dump(qs));
    }

    @Test
    void anInvertedSpeakerWithAnActiveParticipleIsStillTheSpeaker() {
        List<QuoteSpan> qs = extract("“It will be part of our diplomacy,” said a senior official accompanying Vice "
                + "President Dana Whitfield on a trip to the islands.");
        assertEquals("a senior official", quote(qs, "our diplomacy").mention(), dump(qs));
    }

    @Test
    void aNounObjectEndsBeforeADayAndAClauseOfTime() {
        List<QuoteSpan> qs = extract("The governor hailed closer ties with the island on Sunday as the two ports signed a "
                + "ferry deal, but said he was not aiming to isolate the mainland.");
        assertEquals("closer ties with the island", quote(qs, "closer ties").text(), dump(qs));
        assertEquals("he was not aiming to isolate the mainland", quote(qs, "not aiming").text(), dump(qs));
        assertEquals("The governor", quote(qs, "not aiming").mention(), dump(qs));
    }

    @Test
    void aTimePhraseInTwoPartsBeforeTheClauseIsNoContent() {
        List<QuoteSpan> qs = extract("The council's spokesperson, Ana Ruiz, said earlier in the day the harbor would "
                + "stay closed.");
        assertEquals("the harbor would stay closed", quote(qs, "harbor").text(), dump(qs));
    }
}
