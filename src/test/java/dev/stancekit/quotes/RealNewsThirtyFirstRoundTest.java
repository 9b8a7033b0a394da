package dev.stancekit.quotes;

import static dev.stancekit.quotes.Fixture.anyEqualTo;
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
 * Patterns that the thirty-first round of error analysis on real news (new blind sets of real
 * US–China news, and PolNeAR train) found. One test per pattern; every sentence invented.
 */
class RealNewsThirtyFirstRoundTest {

    @Test
    void aDocumentThatNotesAfterTheQuoteIsItsSpeaker() {
        // the tagger reads "the advisory notes" as a noun phrase
        List<QuoteSpan> qs = extract("Harbour alert\n\n“Crews are stealing cargo data from ports in the north, including ferry, "
                + "freight and fishing ports,” the advisory notes.");
        assertTrue(anyStartingWith(qs, "Crews are stealing cargo data"), dump(qs));
        assertTrue(quote(qs, "Crews are stealing").mention().contains("advisory"), dump(qs));
    }

    @Test
    void anAdjectiveAndANounOfSayingInsideAPhraseAreNoSpeaker() {
        List<QuoteSpan> qs = extract("Harbour alert\n\nThe mayor became known for a \"wave\" -- an image cemented by the "
                + "governor's effusive praise of the mayor's response.");
        assertFalse(anyStartingWith(qs, "wave"), dump(qs));
    }

    @Test
    void aLastParagraphCutAfterTheFirstLetterOfAWordIsNoHeadline() {
        String lead = "Harbour talks end\n\nThe port authority said on Sunday that it is watching the strike closely.\n\n";
        List<QuoteSpan> qs = extract(lead + "A union spokesperson in the capital said there had been “no real progress” since M");
        assertTrue(anyStartingWith(qs, "no real progress"), dump(qs));
        assertTrue(quote(qs, "no real progress").mention().contains("union spokesperson"), dump(qs));
        assertFalse(anyStartingWith(extract(lead + "Harbour Strike Enters Third Week As Talks Stall In M"), "Strike"));
    }

    @Test
    void aParticipleBetweenTheDeterminerAndTheNounKeepsTheClauseWithoutThat() {
        List<QuoteSpan> qs = extract("The trade envoy confirmed the scheduled March 1 duties would stay in place for now.");
        assertTrue(anyStartingWith(qs, "the scheduled March 1 duties would stay in place"), dump(qs));
    }

    @Test
    void aCountrysStanceInsideAReadoutParagraphGoesOnWithTheSpeaker() {
        List<QuoteSpan> qs = extract("Harbour talks\n\nMinister Ilse Varga said that the dispute is growing and risks getting out of hand. "
                + "Chile opposes all acts that harm fishermen and condemns all seizures of boats. "
                + "Chile believes that safety at sea cannot come at the expense of trade.");
        assertTrue(anyStartingWith(qs, "Chile opposes all acts"), dump(qs));
        assertTrue(quote(qs, "Chile opposes").mention().contains("Varga"), dump(qs));
        assertTrue(anyStartingWith(qs, "Chile believes that safety at sea"), dump(qs));
    }

    @Test
    void weUrgeInsideALongReadoutParagraphIsTheSpeakersWordsAndTheReportGoesOn() {
        List<QuoteSpan> qs = extract("Call on the harbour\n\nMinister Ilse Varga said, dialogue should be the main line of the ties. "
                + "Trade should help both sides. Chile is ready to build ties of mutual respect. At the same time, Chile will guard "
                + "its interests. We urge the other side to follow the spirit of the last call. The fishing question concerns "
                + "the core interests of Chile.");
        assertTrue(anyStartingWith(qs, "We urge the other side"), dump(qs));
        assertTrue(quote(qs, "We urge the other side").mention().contains("Varga"), dump(qs));
        assertTrue(anyStartingWith(qs, "The fishing question concerns"), dump(qs));
    }

    @Test
    void aCountrysStanceAfterABackShiftedReportStaysTheCountrys() {
        List<QuoteSpan> qs = extract("Harbour talks\n\nMinister Ilse Varga said that her government would respond to the drills. "
                + "Chile denies the accusation and rejects the claims of spying.");
        assertTrue(anyStartingWith(qs, "the accusation and rejects"), dump(qs));
        assertTrue(quote(qs, "the accusation and rejects").mention().contains("Chile"), dump(qs));
    }

    @Test
    void aDocumentThatWarnedOfIsTheSentencesVerbNotAParticiple() {
        // the tagger reads "warned" after "The statement" as a participle ("the man accused of …")
        List<QuoteSpan> qs = extract("Port alert\n\nThe talks ended on Monday. The statement warned of the growing risk of cargo theft.");
        assertTrue(anyStartingWith(qs, "the growing risk of cargo theft"), dump(qs));
        assertFalse(anyStartingWith(extract("Port alert\n\nThe talks ended. The man accused of stealing the cargo was arrested on Monday."), "stealing"));
    }

    @Test
    void aPronounAfterANounObjectAndACommaStartsTheSpeakersNextAct() {
        List<QuoteSpan> qs = extract("Port alert\n\nThe talks ended. The advisory warned of the growing risk of cargo theft, "
                + "and it cited the raid on the northern docks as an example.");
        assertTrue(anyEqualTo(qs, "the growing risk of cargo theft"), dump(qs));
    }

    @Test
    void aPerfectGerundOrAPredeterminerAfterDenyIsAReport() {
        List<QuoteSpan> qs = extract("Port alert\n\nThe talks ended. Harbour officials denied having received any request for tugs from the navy. "
                + "The port authority already denied making such a promise.");
        assertTrue(anyStartingWith(qs, "having received any request for tugs"), dump(qs));
        assertTrue(anyStartingWith(qs, "making such a promise"), dump(qs));
    }

    @Test
    void anAbsoluteClauseWithAnotherSpeakerEndsANounObject() {
        List<QuoteSpan> qs = extract("Port alert\n\nThe talks ended. The port authority denied making such a promise, "
                + "with Mayor Ilse Varga even saying the board would drop any such promise at once.");
        assertTrue(anyEqualTo(qs, "making such a promise"), dump(qs));
        assertTrue(quote(qs, "the board would drop").mention().contains("Varga"), dump(qs));
    }

    @Test
    void aDeckUnderTheHeadlineWithAVerbOfSayingIsRead() {
        String text = "Harbour pact signed\n\nThe port authority has said the pact could \u2018destabilize\u2019 the whole northern coast\n\n"
                + "The two towns signed the pact on Tuesday.";
        List<QuoteSpan> qs = extract(text);
        assertTrue(anyStartingWith(qs, "destabilize"), dump(qs));
        assertTrue(quote(qs, "destabilize").mention().contains("port authority"), dump(qs));
    }

    @Test
    void aSubheadOrADeckWithoutAFiniteVerbOfSayingStaysSkipped() {
        String text = "Harbour pact signed\n\n\u2018Tens\u2019 of dock workers being denied entry to the port each month in \u2018unfair\u2019 checks\n\n"
                + "Harbour Officials Say The Pact Is \u2018Historic\u2019 And Long Overdue\n\nThe two towns signed the pact on Tuesday.";
        List<QuoteSpan> qs = extract(text);
        assertFalse(anyStartingWith(qs, "Tens"), dump(qs));
        assertFalse(anyStartingWith(qs, "unfair"), dump(qs));
        assertFalse(anyStartingWith(qs, "Historic"), dump(qs));
    }

    @Test
    void aClauseOfTimeWithAnAccusationIsAReportOfItsOwn() {
        List<QuoteSpan> qs = extract("Port alert\n\nThe talks ended. The port authority on Monday said it stood with the fishermen "
                + "after the mayor accused the navy of blocking the northern channel.");
        assertTrue(anyEqualTo(qs, "it stood with the fishermen"), dump(qs));
        assertTrue(anyStartingWith(qs, "the navy of blocking the northern channel"), dump(qs));
    }

    @Test
    void thenBeforeAVerbInTheCuesFormIsTheSpeakersNextAct() {
        List<QuoteSpan> qs = extract("Port alert\n\nThe talks ended. The mayor praised the spirit of the harbour talks in one breath, "
                + "then attacked their results in the next.");
        assertTrue(anyEqualTo(qs, "the spirit of the harbour talks in one breath"), dump(qs));
    }

    @Test
    void anObjectAndItsInfinitiveThenAnotherVerbOfSayingAreTwoReports() {
        List<QuoteSpan> qs = extract("Port alert\n\nThe talks ended. The mayor urged the port authority to end the strike "
                + "and warned the unions against further walkouts.");
        assertTrue(anyEqualTo(qs, "the port authority to end the strike"), dump(qs));
        assertTrue(anyStartingWith(qs, "the unions against further walkouts"), dump(qs));
    }
}
