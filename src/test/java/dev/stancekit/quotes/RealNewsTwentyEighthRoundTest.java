package dev.stancekit.quotes;

import static dev.stancekit.quotes.Fixture.anyEqualTo;
import static dev.stancekit.quotes.Fixture.dump;
import static dev.stancekit.quotes.Fixture.extract;
import static dev.stancekit.quotes.Fixture.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.QuoteSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Patterns that the twenty-eighth round of error analysis on real news (PolNeAR train and sets
 * of real US–China news) found. One test per pattern; every sentence invented.
 */
class RealNewsTwentyEighthRoundTest {

    @Test
    void withoutAndAParticipleAfterAPlaceStillClosesTheAttribution() {
        List<QuoteSpan> qs = extract("The two delegations agreed to meet again in the spring, chief negotiator Ana Ruiz told "
                + "reporters in Lisbon without giving further details.");
        assertTrue(anyEqualTo(qs, "The two delegations agreed to meet again in the spring"), dump(qs));
    }

    @Test
    void aThatClauseOnANounOfSayingAfterTheVerbIsNotTheReport() {
        List<QuoteSpan> qs = extract("Trade ties with the bloc remain strong, Premier Tomas Lind said yesterday following "
                + "comments by a rival leader that the bloc should pay more for its defence.");
        assertTrue(anyEqualTo(qs, "Trade ties with the bloc remain strong"), dump(qs));
        assertFalse(qs.stream().anyMatch(q -> q.text().startsWith("yesterday")), dump(qs));
    }

    @Test
    void aClauseWithATypographicApostropheBeforeTheAttributionIsReported() {
        List<QuoteSpan> qs = extract("The envoys met twice in Oslo last week. For now, there’s no third round on the calendar, "
                + "the envoys’ aides said.");
        assertTrue(anyEqualTo(qs, "For now, there’s no third round on the calendar"), dump(qs));
    }

    @Test
    void aHasCliticBeforeTheVerbOfSayingIsNotAPassive() {
        List<QuoteSpan> qs = extract("Mayor Ode spoke to supporters on Friday. And she’s predicted a large turnout in the northern wards.");
        assertTrue(anyEqualTo(qs, "a large turnout in the northern wards"), dump(qs));
    }

    @Test
    void aBodyNamedWithOfAndTwoNamesSpeaksAsAWhole() {
        List<QuoteSpan> qs = extract("The inspectors will visit the three plants next month, the Department of Labor and "
                + "Industry said in a statement.");
        assertTrue(anyEqualTo(qs, "The inspectors will visit the three plants next month"), dump(qs));
        assertEquals("the Department of Labor and Industry", quote(qs, "three plants").mention(), dump(qs));
    }

    @Test
    void aNameAfterTheVerbAndACommaSpeaksOverANounInTheInsertion() {
        List<QuoteSpan> qs = extract("The three leaders attacked the island at the summit, grossly meddling in Norland's affairs, "
                + "said Hana Berg at a press briefing.");
        assertTrue(anyEqualTo(qs, "The three leaders attacked the island at the summit, grossly meddling in Norland's affairs"), dump(qs));
        assertEquals("Hana Berg", quote(qs, "three leaders").mention(), dump(qs));
    }

    @Test
    void aNameAfterAVerbThatTakesAnObjectIsNoInvertedSpeaker() {
        List<QuoteSpan> qs = extract("Former governor Ed Lane, a party elder, praised Maria Soto for what she has built, "
                + "calling it a rare feat.");
        assertTrue(qs.stream().noneMatch(q -> "Maria Soto".equals(q.mention())), dump(qs));
    }

    @Test
    void aDayAfterTheVerbIsNoInvertedSpeaker() {
        List<QuoteSpan> qs = extract("“We do not think more troops are the answer,” Ben Ruiz, the deputy adviser, said Sunday.");
        assertEquals("Ben Ruiz", quote(qs, "more troops").mention(), dump(qs));
    }

    @Test
    void aNounOfSayingWithItsSpeakerAfterFromReportsItsClause() {
        List<QuoteSpan> qs = extract("The navy pushed back against claims from Norland that its frigate had been chased out of the strait.");
        assertTrue(anyEqualTo(qs, "its frigate had been chased out of the strait"), dump(qs));
        assertEquals("Norland", quote(qs, "frigate").mention(), dump(qs));
    }

    @Test
    void aNounOfSayingAfterANameReportsItsClause() {
        List<QuoteSpan> qs = extract("Markets fell after the Norland announcement that it would double the levy on steel.");
        assertTrue(anyEqualTo(qs, "it would double the levy on steel"), dump(qs));
    }

    @Test
    void aNounOfSayingAfterAPlainNounReportsNothing() {
        List<QuoteSpan> qs = extract("Markets fell after the budget announcement that the council released on Monday.");
        assertTrue(qs.isEmpty(), dump(qs));
    }

    @Test
    void aReadoutGoesOnPastAListOfPastFormsInThePresentPerfect() {
        List<QuoteSpan> qs = extract("Spokesperson Lena Moro said that Norland has repeatedly stated its position on the "
                + "industry. The other side has politicized trade issues, steadily tightened export controls, and pressed "
                + "third countries to join, which seriously damaged the supply chain. Norland has always opposed this.");
        assertTrue(anyEqualTo(qs, "Norland has always opposed this"), dump(qs));
        assertTrue(qs.stream().anyMatch(q -> q.text().startsWith("The other side has politicized")), dump(qs));
    }

    @Test
    void aListenerNamedBetweenCommasAndASettingStandBeforeTheThatClause() {
        List<QuoteSpan> qs = extract("Minister Ode informed his counterpart, Lena Moro, in a call on Friday morning that he was "
                + "postponing the visit.");
        assertTrue(anyEqualTo(qs, "he was postponing the visit"), dump(qs));
        assertEquals("Minister Ode", quote(qs, "postponing").mention(), dump(qs));
    }

    @Test
    void aParticipleAfterAFreeRelativeNamingTakesTheClauseSubject() {
        List<QuoteSpan> qs = extract("Ambassador Lund also took aim at Norland for what she described as efforts to stir up "
                + "hostility, saying that she was deeply concerned about the attack on two teachers.");
        assertTrue(anyEqualTo(qs, "efforts to stir up hostility"), dump(qs));
        assertTrue(anyEqualTo(qs, "she was deeply concerned about the attack on two teachers"), dump(qs));
        assertEquals("Lund", quote(qs, "deeply concerned").antecedent(), dump(qs));
    }

    @Test
    void aQuoteParagraphWithACreditAfterItsFullStopIsNoHeadline() {
        List<QuoteSpan> qs = extract("Harbor talks resume\n\nThe two ports met on Monday.\n\n"
                + "\"It is vital that every port joins the effort,\" the official said. WIRE");
        assertTrue(anyEqualTo(qs, "It is vital that every port joins the effort,"), dump(qs));
    }

    @Test
    void aQuoteParagraphThatThePageCutOffIsNoHeadline() {
        List<QuoteSpan> qs = extract("Harbor talks resume\n\nThe two ports met on Monday.\n\n"
                + "\"We have more berths unfunded than funded,\" Lena Moro said, adding that th");
        assertTrue(anyEqualTo(qs, "We have more berths unfunded than funded,"), dump(qs));
    }

    @Test
    void aHeadlineWithAQuotedPhraseAndACommaButNoVerbOfSayingStaysAHeadline() {
        // (a headline with a verb of saying is read since HeadlineReportsTest)
        List<QuoteSpan> qs = extract("Ports can no longer pursue ‘trade with one, security with the other,’ Moro's plan shows\n\n"
                + "The two ports met on Monday.");
        assertTrue(qs.isEmpty(), dump(qs));
    }

    @Test
    void aPassiveVerbOfSayingInsideTheContentLeavesTheSourceItsReport() {
        List<QuoteSpan> qs = extract("According to the reports, the travellers were asked whether their trip was paid for by a ministry.");
        assertTrue(anyEqualTo(qs, "the travellers were asked whether their trip was paid for by a ministry"), dump(qs));
        assertEquals("the reports", quote(qs, "travellers").mention(), dump(qs));
    }

    @Test
    void asAllegedInADocumentNamesTheSource() {
        List<QuoteSpan> qs = extract("As alleged in the indictment, the two men ran a secret office for a foreign ministry.");
        assertTrue(anyEqualTo(qs, "the two men ran a secret office for a foreign ministry"), dump(qs));
        assertEquals("the indictment", quote(qs, "secret office").mention(), dump(qs));
    }

    @Test
    void asReportedInAMonthNamesNoSource() {
        List<QuoteSpan> qs = extract("The harbor talks, as reported in March, collapsed after two rounds.");
        assertTrue(qs.isEmpty(), dump(qs));
    }

    @Test
    void twoNamesJoinedByAndAfterTheReportSpeakTogether() {
        List<QuoteSpan> qs = extract("The patrols through the strait were routine passages, Norland and Estland said on Friday.");
        assertTrue(anyEqualTo(qs, "The patrols through the strait were routine passages"), dump(qs));
        assertEquals("Norland and Estland", quote(qs, "patrols").mention(), dump(qs));
    }

    @Test
    void twoCommonNounsJoinedByAndInAnAppositionAreNoPairOfNames() {
        List<QuoteSpan> qs = extract("The plan is ferocious, said Ann Ode, a veteran delegate and conservative activist.");
        assertEquals("Ann Ode", quote(qs, "ferocious").mention(), dump(qs));
    }

    @Test
    void theAndASpeakerNounAfterTheVerbAndACommaSpeaks() {
        List<QuoteSpan> qs = extract("Norland is willing to settle the dispute through talks with the other side based on mutual "
                + "respect, said the spokesperson, adding that the door remains open.");
        assertEquals("the spokesperson", quote(qs, "settle the dispute").mention(), dump(qs));
        assertEquals("the spokesperson", quote(qs, "door remains open").mention(), dump(qs));
    }

    @Test
    void pastFormsJoinedByAndBeforeANameMakeAClauseBeforeTheAttribution() {
        List<QuoteSpan> qs = extract("The leaders from the three states smeared and attacked Norland at the summit, said Hana Berg.");
        assertTrue(anyEqualTo(qs, "The leaders from the three states smeared and attacked Norland at the summit"), dump(qs));
    }

    @Test
    void aParticipleReadAsAPastTenseAfterTheSubjectsNounIsPassedOver() {
        List<QuoteSpan> qs = extract("A statement posted on the website BidHall.com said listings are written by the sellers.");
        assertTrue(anyEqualTo(qs, "listings are written by the sellers"), dump(qs));
    }
}
