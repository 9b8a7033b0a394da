package dev.stancekit.quotes;

import static dev.stancekit.quotes.Fixture.dump;
import static dev.stancekit.quotes.Fixture.extract;
import static dev.stancekit.quotes.Fixture.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.QuoteKind;
import dev.stancekit.model.QuoteSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Patterns that the twenty-sixth round of error analysis on real news (PolNeAR train and blind
 * sets of real US–China news) found. One test per pattern; every sentence invented.
 */
class RealNewsTwentySixthRoundTest {

    private static boolean anyStartsWith(List<QuoteSpan> qs, String prefix) {
        return qs.stream().anyMatch(q -> q.text().startsWith(prefix));
    }

    @Test
    void aFrontedClauseOfTimeBeforeAVerbWithItsOwnQuoteIsNoContent() {
        List<QuoteSpan> qs = extract("In the week after the audit was published, Mayor Ada Frost declared at a rally, "
                + "“We have nothing to hide. The books are open.”");
        assertFalse(anyStartsWith(qs, "In the week"), dump(qs));
        assertEquals("Ada Frost", quote(qs, "nothing to hide").antecedent(), dump(qs));
    }

    @Test
    void aFrontedClauseOfContrastBeforeAnInterruptingVerbIsNoContent() {
        List<QuoteSpan> qs = extract("While some junior clerks could get a warning, Ada Frost added, revoking their clearances "
                + "would be “very aggressive.”");
        assertFalse(anyStartsWith(qs, "While some"), dump(qs));
        assertEquals("Ada Frost", quote(qs, "very aggressive").mention(), dump(qs));
    }

    @Test
    void aFrontedClauseOfTimeBeforeAVerbWithAnAdverbialIsNoContent() {
        List<QuoteSpan> qs = extract("As the president lectured the nation about the budget on Sunday night, Senator Ada Frost "
                + "responded from her office as she posted the speech online.");
        assertTrue(qs.isEmpty(), dump(qs));
    }

    @Test
    void aFrontedClauseThatEndsTheSentenceWithItsVerbStaysContent() {
        List<QuoteSpan> qs = extract("Although the deal still needs the leaders' approval, the negotiators said.");
        assertEquals("Although the deal still needs the leaders' approval", quote(qs, "still needs").text(), dump(qs));
    }

    @Test
    void aFrontedPhraseWithAMainVerbAfterItsRelativeClauseStaysContent() {
        List<QuoteSpan> qs = extract("In the long run, the reforms that the island is making would win it more friends, Lin said.");
        assertEquals("Lin", quote(qs, "would win it").mention(), dump(qs));
    }

    @Test
    void aShowTitleInMarksBeforeTheSpeakerIsNoQuoteTheVerbTrails() {
        List<QuoteSpan> qs = extract("Sunday on Channel Nine’s “Morning Report,” Rep. Ivo Marsh said Governor Ada Frost’s "
                + "“judgment” and “honesty” are in question.");
        assertFalse(anyStartsWith(qs, "Sunday on"), dump(qs));
        assertEquals("Ivo Marsh", quote(qs, "judgment").antecedent(), dump(qs));
    }

    @Test
    void aNewSentenceWhoseVerbOpensAColonQuoteDoesNotTrailTheQuoteBefore() {
        List<QuoteSpan> qs = extract("“We paid our debts,” Nora Vance said. “We paid every bill.” The treasurer added: "
                + "“The audit will show it.”");
        assertEquals("Nora Vance", quote(qs, "every bill").mention(), dump(qs));
    }

    @Test
    void aDoubledApostropheQuoteEndingItsSentenceContinuesTheSpeakerBefore() {
        List<QuoteSpan> qs = extract("Ms. Ada Frost spoke at the station. ''We are tenants,'' Ms. Frost said. ''We are not "
                + "squatters.'' Mr. Ivo Marsh said: ''The eviction is unlawful.''");
        assertEquals("Ms. Frost", quote(qs, "not squatters").mention(), dump(qs));
        assertEquals(QuoteKind.DIRECT, quote(qs, "not squatters").kind(), dump(qs));
    }

    @Test
    void aReadoutWithAParticleVerbGoesOnInTheNextSentences() {
        List<QuoteSpan> qs = extract("Wang Yi pointed out that Ostland's policy toward Norland is consistent. Ostland does not "
                + "seek hegemony.");
        assertEquals("Wang Yi", quote(qs, "does not seek hegemony").mention(), dump(qs));
    }

    @Test
    void aReadoutWhoseFirstReportEndsBeforeAParticipleGoesOn() {
        List<QuoteSpan> qs = extract("Wang Yi said that the other side holds a wrong view of Ostland, always seeing it through "
                + "its own lens. Ostland is not Norland.");
        assertEquals("Wang Yi", quote(qs, "Ostland is not Norland").mention(), dump(qs));
    }

    @Test
    void aReportInsideAnotherReportsContentAfterInWhichIsFound() {
        List<QuoteSpan> qs = extract("The spokeswoman Ada Frost said that the mayor held a “frank” call with the envoy on Tuesday "
                + "in which he stressed that the port would stay open.");
        assertEquals(QuoteKind.INDIRECT, quote(qs, "port would stay open").kind(), dump(qs));
        assertEquals("the port would stay open", quote(qs, "port would stay open").text(), dump(qs));
    }

    @Test
    void aSummonedEnvoyIsTheMeansOfTheComplaint() {
        List<QuoteSpan> qs = extract("Ostland has summoned the Norland ambassador to complain about the decision to leave the pact.");
        assertEquals("Ostland", quote(qs, "decision to leave").mention(), dump(qs));
    }

    @Test
    void aParticipleOfSayingAfterWhileIsAReportOfItsOwn() {
        List<QuoteSpan> qs = extract("Xi also acknowledged the differences between the two powers while stressing the need for "
                + "partnership.");
        assertEquals("the differences between the two powers", quote(qs, "differences").text(), dump(qs));
        assertEquals("the need for partnership", quote(qs, "need for partnership").text(), dump(qs));
    }

    @Test
    void anOpeningPhraseClosedBeforeTheReportDoesNotMakeItsCommaAMainClause() {
        List<QuoteSpan> qs = extract("Mr. Ivo Marsh spoke. In radio interviews on Sunday, he defended the mayor's plan, saying that "
                + "as governor, Ms. Frost would be firm with the unions.");
        assertEquals("as governor, Ms. Frost would be firm with the unions", quote(qs, "firm with the unions").text(), dump(qs));
    }

    @Test
    void aReportInAnOpeningClauseStillEndsAtTheMainClause() {
        List<QuoteSpan> qs = extract("While Ada Frost said the port was safe, she appears to have changed her mind.");
        assertEquals("the port was safe", quote(qs, "port was safe").text(), dump(qs));
    }

    @Test
    void aParticipleAfterAndSharesTheSubjectOfTheParticipleBefore() {
        List<QuoteSpan> qs = extract("Ivo Marsh was asked about his record. He ducked, pointing to his years on the council and "
                + "saying that productive senators are rare.");
        assertEquals("productive senators are rare", quote(qs, "productive senators").text(), dump(qs));
        assertEquals("Ivo Marsh", quote(qs, "productive senators").antecedent(), dump(qs));
    }

    @Test
    void aParticipleAfterWhileAndAnAdverbSharesTheSpeaker() {
        List<QuoteSpan> qs = extract("“I will get used to it,” Ivo Marsh added, while also saying that he expects to win the vote.");
        assertEquals("Ivo Marsh", quote(qs, "expects to win").mention(), dump(qs));
    }

    @Test
    void aTextThatOpensWithAParticipleOfSayingIsRead() {
        List<QuoteSpan> qs = extract("Saying the port was safe, Ada Frost left the hall.");
        assertTrue(qs.size() <= 1, dump(qs));
    }

    @Test
    void aPetitionCallingOnSomeoneSpeaksAndTheMainVerbEndsItsRequest() {
        List<QuoteSpan> qs = extract("A petition calling on the mayor to resign over the plan that he proposed has gathered "
                + "thousands of signatures.");
        assertEquals("the mayor to resign over the plan that he proposed", quote(qs, "to resign").text(), dump(qs));
        assertEquals("A petition", quote(qs, "to resign").mention(), dump(qs));
    }

    @Test
    void aReportInARelativeClauseOnTheSubjectEndsBeforeTheMainVerb() {
        List<QuoteSpan> qs = extract("Three sailors who the ministry said were wrongfully detained for years are back home.");
        assertEquals("were wrongfully detained for years", quote(qs, "wrongfully detained").text(), dump(qs));
    }

    @Test
    void anInvertedVerbBetweenCommasInsideItsContentReports() {
        List<QuoteSpan> qs = extract("Instead, says Ivo Marsh, the envoy in Ostland, the ministry has undermined those ties.");
        assertEquals("Ivo Marsh", quote(qs, "undermined those ties").mention(), dump(qs));
    }

    @Test
    void aParticipleBetweenCommasIsNoInvertedVerb() {
        List<QuoteSpan> qs = extract("The tentative deal, announced Friday, would last four years.");
        assertTrue(qs.isEmpty(), dump(qs));
    }

    @Test
    void aPredictionWithANounObjectIsReported() {
        List<QuoteSpan> qs = extract("Governor Ada Frost predicted a narrow win in the northern districts.");
        assertEquals("a narrow win in the northern districts", quote(qs, "narrow win").text(), dump(qs));
    }
}
