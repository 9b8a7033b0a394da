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
 * Patterns that the thirty-fourth round of error analysis on real news (a new blind batch of real
 * US–China news, and PolNeAR train) found. One test per pattern; every sentence invented.
 */
class RealNewsThirtyFourthRoundTest {

    @Test
    void aPersonWhoIndicatesAClauseReportsIt() {
        List<QuoteSpan> qs = extract("Harbour levy\n\nMinister Ilse Varga indicated that the harbour levy would be lifted "
                + "before the summer.");
        assertTrue(anyStartingWith(qs, "the harbour levy would be lifted"), dump(qs));
        assertTrue(quote(qs, "the harbour levy would be lifted").mention().contains("Varga"), dump(qs));
        List<QuoteSpan> aux = extract("Harbour levy\n\nSince taking office, Varga has indicated she would pull Chile out of "
                + "the fisheries pact.");
        assertTrue(anyStartingWith(aux, "she would pull Chile out of the fisheries pact"), dump(aux));
    }

    @Test
    void aSurveyOrARecordThatIndicatesSomethingIsNoSpeaker() {
        List<QuoteSpan> qs = extract("Harbour levy\n\nThe latest harbour survey indicated that traffic fell by a third "
                + "after the levy came in.");
        assertFalse(anyStartingWith(qs, "traffic fell by a third"), dump(qs));
        List<QuoteSpan> records = extract("Harbour levy\n\nPort records indicate the ferry left two hours late.");
        assertTrue(records.isEmpty(), dump(records));
    }

    @Test
    void aLongNounPhraseBeforeATrailingSaidIsTheContentWhenTheTaggerMissedItsVerb() {
        // the tagger reads "show" after "the United States" as a noun; the sentence ends with the attribution
        List<QuoteSpan> qs = extract("Harbour ties\n\nThe relations between Chile and the United States show a more stable "
                + "momentum at present, Varga said, noting that the two navies maintain regular contact.");
        assertTrue(anyEqualTo(qs, "The relations between Chile and the United States show a more stable momentum at present"), dump(qs));
        assertTrue(anyStartingWith(qs, "the two navies maintain regular contact"), dump(qs));
        // an opening phrase before a verb with content of its own stays no content
        List<QuoteSpan> phrase = extract("Harbour ties\n\nOn Friday morning, the third day of her tour of the coast, Varga "
                + "told a story about her grandfather.");
        assertFalse(anyStartingWith(phrase, "On Friday morning"), dump(phrase));
    }

    @Test
    void aReadoutGoesOnInThePresentTenseAfterAReportInThePast() {
        List<QuoteSpan> qs = extract("Harbour talks\n\nMinister Ilse Varga stated that the meeting was held under the guidance "
                + "of the consensus reached by the two presidents in March. Chile's position on the harbour issue is clear and "
                + "consistent. Chile does not want a trade war, but is not afraid of one either. Both navies should settle "
                + "their differences through dialogue.");
        assertTrue(anyStartingWith(qs, "the meeting was held under the guidance"), dump(qs));
        assertTrue(anyEqualTo(qs, "Chile's position on the harbour issue is clear and consistent"), dump(qs));
        assertTrue(anyStartingWith(qs, "Chile does not want a trade war"), dump(qs));
        assertTrue(anyStartingWith(qs, "Both navies should settle their differences"), dump(qs));
        assertTrue(quote(qs, "Chile does not want").mention().contains("Varga"), dump(qs));
    }

    @Test
    void narrationAboutPeopleOrAfterAConnectiveDoesNotGoOnWithTheReport() {
        List<QuoteSpan> qs = extract("Harbour talks\n\nLeading senators warned that the harbour bill failed in committee. "
                + "For one, Tomas Elvin operates outside the party structure. But the levy remains in force until June.");
        assertTrue(anyStartingWith(qs, "the harbour bill failed in committee"), dump(qs));
        assertFalse(anyStartingWith(qs, "For one"), dump(qs));
        assertFalse(anyStartingWith(qs, "But the levy"), dump(qs));
        List<QuoteSpan> person = extract("Harbour talks\n\nThe port authority said that the ferry left late. "
                + "Captain Tomas Elvin runs the northern route with two boats.");
        assertFalse(anyStartingWith(person, "Captain Tomas Elvin runs"), dump(person));
    }

    @Test
    void twoCapitalisedModifiersJoinedByAndBeforeAPluralNounAreOneSpeaker() {
        List<QuoteSpan> qs = extract("Harbour levy\n\nThe levy is unfair to small ferries, Chilean and Peruvian diplomats said.");
        assertTrue(anyEqualTo(qs, "The levy is unfair to small ferries"), dump(qs));
        assertTrue(quote(qs, "The levy is unfair").mention().contains("Chilean and Peruvian diplomats"), dump(qs));
        List<QuoteSpan> leading = extract("Harbour levy\n\nU.S. and Chilean officials said the levy would stay.");
        assertTrue(quote(leading, "the levy would stay").mention().contains("U.S. and Chilean officials"), dump(leading));
    }

    @Test
    void aSpeakerWithARelativeClauseAfterACommaSpeaksATrailingReport() {
        List<QuoteSpan> qs = extract("Harbour levy\n\nThe response to the storm has been slow, people who have worked on "
                + "relief efforts said.");
        assertTrue(anyEqualTo(qs, "The response to the storm has been slow"), dump(qs));
        assertTrue(quote(qs, "The response to the storm").mention().contains("people"), dump(qs));
        // inside a clause that goes on, a comma in a place name is no trailing speaker's
        List<QuoteSpan> place = extract("Harbour levy\n\nThe mayor said Tuesday that some residents in Jupiter, Florida who "
                + "were voting as independents complained when they saw the ballot.");
        assertTrue(anyStartingWith(place, "some residents in Jupiter, Florida who were voting"), dump(place));
    }

    @Test
    void anOpeningPhraseBeforeARelayedReportDoesNotHideItsOwnSpeaker() {
        List<QuoteSpan> qs = extract("Harbour levy\n\nAfter the meeting in Lima, Varga told reporters aboard the ferry that "
                + "the levy had been discussed, Reuters reports.");
        assertTrue(anyEqualTo(qs, "the levy had been discussed"), dump(qs));
        assertTrue(quote(qs, "the levy had been discussed").mention().contains("Varga"), dump(qs));
    }

    @Test
    void aClauseWithoutThatWhoseSubjectOpensWithAnArticleIsReported() {
        List<QuoteSpan> qs = extract("Harbour levy\n\nLima has denied the levy was related to the ferry dispute and has "
                + "repeatedly called for talks.");
        assertTrue(anyStartingWith(qs, "the levy was related to the ferry dispute"), dump(qs));
        // an object with no verb of its own is no clause: "denied the request"
        List<QuoteSpan> object = extract("Harbour levy\n\nLima denied the request on Monday.");
        assertFalse(anyStartingWith(object, "the request"), dump(object));
    }

    @Test
    void whatASpeakerConfirmsIsReportedEvenWithoutThat() {
        List<QuoteSpan> qs = extract("Harbour talks\n\nChile's foreign ministry confirmed the trade minister's trip to Geneva, "
                + "citing an invitation from the Swiss government.");
        assertTrue(anyStartingWith(qs, "the trade minister's trip to Geneva"), dump(qs));
        assertTrue(quote(qs, "the trade minister's trip").mention().contains("foreign ministry"), dump(qs));
    }

    @Test
    void argueClaimAssertAndDeclareReportAClauseWithoutThatOrASpeechNoun() {
        List<QuoteSpan> qs = extract("Harbour levy\n\nSenator Ann Ode repeatedly asserted the importance of allies in the "
                + "port dispute. Minister Ilse Varga argued the Peruvians won't enter the market just to target a rival.");
        assertTrue(anyStartingWith(qs, "the importance of allies in the port dispute"), dump(qs));
        assertTrue(anyStartingWith(qs, "the Peruvians won't enter the market"), dump(qs));
        // an object with no speech noun is no report: "asserted its control"
        List<QuoteSpan> control = extract("Harbour levy\n\nThe navy asserted its control over the northern bay.");
        assertFalse(anyStartingWith(control, "its control"), dump(control));
    }

    @Test
    void aMinistryReadoutGoesOnInTheNextParagraphWithModalSentences() {
        List<QuoteSpan> qs = extract("Harbour levy\n\nChile firmly opposes the levy on its ferries, the spokesperson said.\n\n"
                + "Port fees should be set in a fair and open way. They must not be used as a weapon.\n\n"
                + "The ferries sailed on Monday.");
        assertTrue(anyStartingWith(qs, "Port fees should be set in a fair and open way"), dump(qs));
        assertTrue(anyStartingWith(qs, "They must not be used as a weapon"), dump(qs));
        assertFalse(anyStartingWith(qs, "The ferries sailed"), dump(qs));
        // a named person's report does not go on into the next paragraph
        List<QuoteSpan> named = extract("Harbour levy\n\nThe levy is unfair, Ilse Varga said.\n\n"
                + "The council will vote on the levy next week.");
        assertFalse(anyStartingWith(named, "The council will vote"), dump(named));
    }

    @Test
    void aVerbThatReportsOnlyQuotedWordsDoesNotCutOrClaimAReportWithoutThem() {
        List<QuoteSpan> qs = extract("Harbour talks\n\nMinister Yan highlighted that despite friction, the two ports "
                + "concluded five rounds of talks this year.");
        assertTrue(anyStartingWith(qs, "despite friction, the two ports concluded five rounds of talks"), dump(qs));
        assertTrue(quote(qs, "despite friction").mention().contains("Yan"), dump(qs));
        // a naming verb still reports its name
        List<QuoteSpan> naming = extract("Harbour poll\n\nThe survey found 42% say they're liberal, 32% call themselves "
                + "conservative on port questions.");
        assertTrue(anyStartingWith(naming, "themselves conservative"), dump(naming));
    }

    @Test
    void aDayBeforeANameIsNotPartOfTheSpeaker() {
        List<QuoteSpan> qs = extract("Harbour talks\n\nOn Friday Chile confirmed the call had taken place.");
        assertTrue(anyEqualTo(qs, "the call had taken place"), dump(qs));
        assertFalse(quote(qs, "the call had taken place").mention().contains("Friday"), dump(qs));
    }

    @Test
    void theSubjectOfAPassiveQuotingVerbSpeaksTheReportBeforeIt() {
        List<QuoteSpan> qs = extract("Harbour talks\n\nIt was necessary to build a stronger coast guard, Varga was quoted by "
                + "state television as saying when she met a delegation.");
        assertTrue(anyEqualTo(qs, "It was necessary to build a stronger coast guard"), dump(qs));
        assertTrue(quote(qs, "It was necessary").mention().contains("Varga"), dump(qs));
    }

    @Test
    void anAbsoluteClauseAfterAnAccordingToSourceIsNotPartOfTheReport() {
        List<QuoteSpan> qs = extract("Harbour storm\n\nMore than 300 boats were damaged, according to the port authority, "
                + "with the toll expected to rise.");
        assertTrue(anyEqualTo(qs, "More than 300 boats were damaged"), dump(qs));
    }
}
