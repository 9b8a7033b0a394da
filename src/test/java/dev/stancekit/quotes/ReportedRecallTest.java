package dev.stancekit.quotes;

import static dev.stancekit.quotes.Fixture.dump;
import static dev.stancekit.quotes.Fixture.extract;
import static dev.stancekit.quotes.Fixture.quote;
import static dev.stancekit.quotes.Fixture.reported;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.QuoteSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shapes of reported speech whose speaker or content the finder missed (error analysis on PolNeAR
 * train); one test per rule, every sentence invented.
 */
class ReportedRecallTest {

    @Test
    void aParticipleAfterAClauseOfBeOrHaveReportsAClause() {
        assertEquals("The mayor", reported("The mayor has been on the fence, arguing he did not want to "
                + "sway the vote.", "did not want").mention());
        assertEquals("The senator", reported("The senator had the look of a winner, noting that he would receive "
                + "another endorsement.", "another endorsement").mention());
    }

    @Test
    void anInfinitiveOfSayingTakesTheSubjectOfItsVerb() {
        assertEquals("Aides to the governor", reported("Aides to the governor are quick to point out that she won "
                + "the last two races.", "won the last two").mention());
        assertEquals("The senator", reported("The senator tried to argue that the board had ignored him.",
                "had ignored him").mention());
    }

    @Test
    void anExpletiveOrAnObjectBeforeTheInfinitiveIsNoSpeaker() {
        assertTrue(extract("It is fair to say that the plan has few friends.").isEmpty());
        List<QuoteSpan> qs = extract("The board urged her to say that the plan has few friends.");
        assertTrue(qs.stream().noneMatch(q -> "her".equals(q.mention())), dump(qs));
    }

    @Test
    void anAdverbOfDegreeBeforeALongSubjectStaysOutOfIt() {
        QuoteSpan q = reported("Nearly seven out of 10 say they will need a second job to pay the rent.", "second job");
        assertTrue(q.mention().startsWith("seven out of 10"), q.mention());
        assertTrue(reported("Virtually all economists say that the bridge will cost more than planned.",
                "the bridge will cost").mention().contains("economists"));
    }

    @Test
    void aDemonstrativeWithAParticipleIsTheSubject() {
        assertEquals("those polled", reported("By wide margins, those polled said the new stadium was a waste of money.",
                "waste of money").mention());
    }

    @Test
    void aTrailingSpeakerMayHaveAnAppositionWithARelativeClause() {
        assertEquals("Ann Ode", reported("Rising rents are pushing teachers out of the city, said Ann Ode, a housing "
                + "analyst who has studied the market for years.", "Rising rents").mention());
        assertEquals("Tom Reed", reported("The county will need a second bridge within a decade, said Tom Reed, a "
                + "planner currently working for the state.", "second bridge").mention());
    }

    @Test
    void aReportedClauseMayOpenWithTwoJoinedSubjects() {
        QuoteSpan q = reported("The last caller was a farmer, who said he and his brother drove four hours to the "
                + "meeting.", "drove four hours");
        assertTrue(q.text().startsWith("he and his brother"), q.text());
    }

    @Test
    void aRelativeClauseWithWhoseBelongsToTheSubject() {
        assertTrue(reported("The farmers whose fields were flooded say the county ignored the warnings.",
                "ignored the warnings").mention().contains("farmers"));
    }

    @Test
    void anInfinitiveInsideARelativeClauseHasNoSpeakerThere() {
        List<QuoteSpan> qs = extract("Those who dare to criticize the mayor do so at their own risk.");
        assertTrue(qs.isEmpty(), dump(qs));
    }

    @Test
    void anAdverbBetweenTheVerbAndItsClauseIsPassedOver() {
        assertTrue(reported("The bakery's owners have said repeatedly they do not want to sell the building.",
                "do not want to sell").mention().contains("owners"));
    }

    @Test
    void anAuxiliaryBetweenTheConjunctionAndTheVerbKeepsTheSubject() {
        assertEquals("The mayor", reported("The mayor opposed the bridge in 2019 but has since said he now believes "
                + "the city needs it.", "city needs it").mention());
    }

    @Test
    void aVerbOfQuotedWordsWithoutQuotesLeavesTheVerbInsideItsContent() {
        assertEquals("The senator", reported("The senator continued to insist that the referee had made the wrong call.",
                "referee had made").mention());
    }

    @Test
    void anyNounPhraseIsTheSubjectOfAVerbWithAnObjectAndAnInfinitive() {
        assertEquals("Firefighters", reported("Firefighters urged residents not to return to the valley before Friday.",
                "not to return").mention());
        assertEquals("The newspaper", reported("The newspaper urged the council to drop the parking plan.",
                "drop the parking plan").mention());
    }

    @Test
    void aParticipleWithAnObjectAndAnInfinitiveDoesNotTakeTheNounBeforeIt() {
        List<QuoteSpan> qs = extract("Two farm groups issued statements on Monday urging growers to delay the harvest.");
        assertTrue(qs.stream().noneMatch(q -> q.mention().contains("statements")), dump(qs));
        assertTrue(reported("Local leaders are gently urging the governor to sign the bill.", "sign the bill")
                .mention().contains("leaders"));
    }

    @Test
    void anyNounPhraseIsTheSubjectOfAVerbBeforeAnEmbeddedQuestion() {
        assertEquals("The union", reported("The union asked whether the candidates supported a higher minimum wage.",
                "supported a higher").mention());
        assertTrue(reported("Some neighbors questioned why the county had waited so long to act.",
                "waited so long").mention().contains("neighbors"));
    }

    @Test
    void verbsOfRestatingAndPointingReportAThatClause() {
        assertEquals("The envoy", reported("The envoy reaffirmed that the treaty covers the outlying islands.",
                "treaty covers").mention());
        assertEquals("the minister", reported("Speaking in Lagos, the minister underscored that the port deal "
                + "was final.", "port deal").mention());
        assertEquals("She", reported("She reminded reporters that the fleet had sailed there for decades.",
                "fleet had sailed").mention());
        assertTrue(extract("Recent polls highlight the gap between the two parties.").isEmpty());
    }

    @Test
    void aVerbWithANounComplementReportsOnlyASpeechNounOrAThatClause() {
        assertEquals("The envoy", reported("The envoy raised concerns about the new fishing rules.", "concerns about").mention());
        assertEquals("Ortiz", reported("Ortiz voiced strong opposition to the harbor tax.", "opposition to").mention());
        assertEquals("The admiral", reported("The admiral reaffirmed the navy's commitment to the treaty.", "commitment to").mention());
        assertTrue(extract("The council raised parking fees by a third.").isEmpty());
        assertTrue(extract("The defeat raises the possibility that the coalition will split.").isEmpty());
        List<QuoteSpan> qs = extract("According to the filing, the campaign has raised $2 million since May.");
        assertEquals(1, qs.size(), dump(qs));
        assertTrue(qs.get(0).text().contains("$2 million"), dump(qs));
    }

    @Test
    void aParticipleSayingWhereTheStatementAppearedIsNoVerbOfSaying() {
        QuoteSpan q = reported("Vietnam's coast guard said in a statement posted on its website that it had escorted the "
                + "trawlers home.", "escorted the trawlers");
        assertEquals("Vietnam's coast guard", q.mention());
        assertTrue(q.text().startsWith("it had escorted"), q.text());
        assertEquals("Ortiz", reported("The mayor thanked Ortiz, after Ortiz assured the mayor that most residents backed "
                + "the plan.", "most residents").mention());
    }

    @Test
    void wordsOfTheClauseBeforeTheMarksMakeThemAPartialQuote() {
        List<QuoteSpan> qs = extract("The envoy said on Friday that Lisbon \"stands with its partners\" and left.");
        assertEquals(dev.stancekit.model.QuoteKind.PARTIAL, quote(qs, "stands with its partners").kind(), dump(qs));
        qs = extract("The envoy said that \"the door remains open.\"");
        assertEquals(dev.stancekit.model.QuoteKind.DIRECT, quote(qs, "the door remains open").kind(), dump(qs));
    }

    @Test
    void aDatelineIsNoSpeaker() {
        List<QuoteSpan> qs = extract("LISBON, May 2 (Wire) - Portugal on Monday accused the trawler fleet of overfishing, "
                + "calling the catch \"reckless and illegal.\"");
        assertEquals("Portugal", quote(qs, "reckless and illegal").mention(), dump(qs));
    }

    @Test
    void aVerbOfAThatClauseWithAnObjectIsNoTrailingAttribution() {
        QuoteSpan q = reported("Ortiz said that over the past decade, the harbor has generally maintained its value despite "
                + "the storms.", "maintained its value");
        assertEquals("Ortiz", q.mention());
        q = reported("Ortiz said that over the past decade, the harbor has generally maintained value despite the storms.",
                "maintained value");
        assertEquals("Ortiz", q.mention());
    }

    @Test
    void aCommaBeforeTheSecondVerbOfSayingAfterANounObjectStartsASecondReport() {
        List<QuoteSpan> qs = extract("The envoy condemned the seizure of the trawler on Friday, and called on Lisbon to "
                + "release the crew.");
        assertEquals("the seizure of the trawler on Friday", quote(qs, "seizure").text(), dump(qs));
        assertEquals("Lisbon to release the crew", quote(qs, "release the crew").text(), dump(qs));
        qs = extract("The envoy stressed the importance of calm in the strait and raised concerns about the drills.");
        assertEquals(1, qs.size(), dump(qs));
    }

    @Test
    void aTermInQuoteMarksIsNoQuoteAndItsClauseStaysReported() {
        List<QuoteSpan> qs = extract("The minister said the council must never support “Hong Kong independence” in any form.");
        assertEquals(1, qs.size(), dump(qs));
        assertEquals(dev.stancekit.model.QuoteKind.INDIRECT, qs.get(0).kind(), dump(qs));
        assertTrue(qs.get(0).text().contains("Hong Kong independence"), dump(qs));
        qs = extract("The minister said the council must never accept “a reckless gamble” in any form.");
        assertEquals(dev.stancekit.model.QuoteKind.PARTIAL, quote(qs, "reckless gamble").kind(), dump(qs));
    }

    @Test
    void aReportInsideARelativeClauseEndsTheContentBeforeIt() {
        List<QuoteSpan> qs = extract("Ortiz expressed concern about delays at the two shipyards, which he said were running "
                + "“two years behind schedule.”");
        assertEquals("concern about delays at the two shipyards", quote(qs, "concern about").text(), dump(qs));
        assertEquals(dev.stancekit.model.QuoteKind.PARTIAL, quote(qs, "two years behind").kind(), dump(qs));
        assertEquals("Ortiz", reported("Ortiz requested that the council delay the vote.", "delay the vote").mention());
    }

    @Test
    void aNameBeforeADescriptionWithCommasInsideIsTheSpeaker() {
        List<QuoteSpan> qs = extract("“Our first task is to keep the ports open,” Kang Soo-jin, deputy minister for trade at the "
                + "Ministry of Oceans, Ports and Fisheries, told reporters.");
        assertEquals("Kang Soo-jin", quote(qs, "keep the ports open").mention(), dump(qs));
        qs = extract("In a letter to the Harbor News, her chief of staff, Tom Reed, said the vote would wait.");
        assertTrue(!"the Harbor News".equals(quote(qs, "vote would wait").mention()), dump(qs));
    }

    @Test
    void aPassiveQuotingVerbGivesTheQuoteToItsSubject() {
        List<QuoteSpan> qs = extract("Harbor talks\n\nOrtiz spoke first.\n\nAnn Lee, a port analyst, was quoted by the Harbor "
                + "News as saying that the deal was “a gift to the shipping lobby” in the end.\n");
        assertEquals("Ann Lee", quote(qs, "gift to the shipping lobby").mention(), dump(qs));
    }

    @Test
    void aNamingClauseAfterTheQuotesIsNoTrailingAttribution() {
        List<QuoteSpan> qs = extract("Lee said the fees “hurt the fleet” in the Outer Bay, as fishermen call the northern "
                + "harbor.");
        assertEquals("Lee", quote(qs, "hurt the fleet").mention(), dump(qs));
    }

    @Test
    void aVerbOfAThatClauseInARelativeClauseOnTheSubjectTakesNoBareClause() {
        List<QuoteSpan> qs = extract("A retired captain who advises the navy on port affairs put it more bluntly.");
        assertTrue(qs.isEmpty(), dump(qs));
        assertEquals("A retired captain", reported("A retired captain who advises the navy on port affairs said that the "
                + "pier was unsafe.", "pier was unsafe").mention());
    }
}
