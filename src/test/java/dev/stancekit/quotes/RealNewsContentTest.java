package dev.stancekit.quotes;

import static dev.stancekit.quotes.Fixture.dump;
import static dev.stancekit.quotes.Fixture.extract;
import static dev.stancekit.quotes.Fixture.reported;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.QuoteSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where reported content starts and ends, and verbs that report nothing, in shapes found on PolNeAR
 * train (seventh round of error analysis). One test per pattern; every sentence invented.
 */
class RealNewsContentTest {

    @Test
    void aParticipleModifyingANounIsNoVerbOfSaying() {
        List<QuoteSpan> qs = extract("The man accused of stealing the fishing boat told police he had only borrowed it.");
        assertEquals(1, qs.size(), dump(qs));
        assertEquals("told", qs.get(0).cue(), dump(qs));
        assertTrue(qs.get(0).text().startsWith("he had only borrowed"), dump(qs));
    }

    @Test
    void theSpeakersNextVerbEndsAnInfinitiveContent() {
        QuoteSpan q = reported("The governor vowed to reopen the old mill, declined to name a date and later defended the delay.",
                "reopen the old mill");
        assertEquals("to reopen the old mill", q.text());
    }

    @Test
    void theSpeakersNextVerbEndsANounContent() {
        QuoteSpan q = reported("The senator questioned the harbor plan and refused to back a new tax.", "harbor plan");
        assertEquals("the harbor plan", q.text());
    }

    @Test
    void aVerbInsideAClauseOfTheContentDoesNotEndIt() {
        QuoteSpan q = reported("The senator said the harbor plan was late and cost too much.", "harbor plan");
        assertTrue(q.text().endsWith("cost too much"), q.text());
    }

    @Test
    void aTimeAndAPlaceAfterTheVerbAreNoContent() {
        List<QuoteSpan> qs = extract("The senator said Sunday on a morning news show.");
        assertTrue(qs.isEmpty(), dump(qs));
    }

    @Test
    void aVerbOfSayingBeforeATimeAndAFiniteVerbModifiesTheNounBeforeIt() {
        List<QuoteSpan> qs = extract("The harbor deal announced Monday would double the fees for small boats.");
        assertTrue(qs.isEmpty(), dump(qs));
    }

    @Test
    void aClauseAfterTheTimeIsTheContent() {
        QuoteSpan q = reported("Mayor Ann Lee said Wednesday she wants an inquiry into the fees.", "wants an inquiry");
        assertEquals("Ann Lee", q.mention().replace("Mayor ", ""));
    }

    @Test
    void aRelativePronounIsTheSubjectOfTheReportedClause() {
        QuoteSpan q = reported("The council backed the new standards, which she argued gives pupils who move often a fair start.", "gives pupils");
        assertEquals("she", q.mention());
    }

    @Test
    void anInsertionBetweenDashesBeforeThatIsSkipped() {
        QuoteSpan q = reported("In her speech, the mayor argued emphatically - naming the board three times - that the fees had "
                + "driven ferries away.", "fees had driven");
        assertEquals("the fees had driven ferries away", q.text());
    }

    @Test
    void aVowNotToBeIntimidatedIsAReport() {
        QuoteSpan q = reported("Senator Paul Kerr vowed not to be intimidated by the protesters at the pier.", "intimidated");
        assertTrue(q.mention().endsWith("Paul Kerr"), q.mention());
    }

    @Test
    void aParticleWithADurationIsNoTopic() {
        List<QuoteSpan> qs = extract("The lawyers argued for three hours before the judge adjourned.");
        assertTrue(qs.isEmpty(), dump(qs));
    }

    @Test
    void aRequestNotToBeNamedReportsNothing() {
        List<QuoteSpan> qs = extract("A navy officer, who asked not to be named because he was not cleared to speak, "
                + "said the ships had turned back. One aide spoke briefly, asking to be identified only by her rank.");
        for (QuoteSpan q : qs) {
            assertTrue(!q.text().contains("be named") && !q.text().contains("identified"), dump(qs));
        }
        assertEquals(1, qs.size(), dump(qs));
    }

    @Test
    void aSourceBetweenCommasInsideAClauseGetsTheWholeClause() {
        QuoteSpan q = reported("At the center of the dispute, according to Paul Ward, a former envoy, was a decision "
                + "by the mayor to close the port.", "close the port");
        assertTrue(q.text().startsWith("At the center of the dispute"), q.text());
        assertEquals("Paul Ward", q.mention());
        q = reported("The firm receives, according to one report, $23 million in contracts from the city.", "contracts");
        assertTrue(q.text().startsWith("The firm receives"), q.text());
    }

    @Test
    void aSourceWithAClauseOfItsOwnEndsBeforeIt() {
        QuoteSpan q = reported("The plan would cost about $1.3 billion a year, according to the document he released.",
                "would cost");
        assertEquals("the document", q.mention());
    }

    @Test
    void aSecondVerbOfSayingWithAClauseOfItsOwnStartsASecondReport() {
        List<QuoteSpan> qs = extract("The governor called on lawmakers to pass the budget and said funding for the port is needed.");
        assertEquals("lawmakers to pass the budget", Fixture.quote(qs, "pass the budget").text(), dump(qs));
        assertEquals("funding for the port is needed", Fixture.quote(qs, "funding").text(), dump(qs));
        // a second verb with an object and an infinitive stays one report with the first
        qs = extract("He expressed concern about the drills and urged both navies to keep their distance.");
        assertEquals(1, qs.size(), dump(qs));
    }

    @Test
    void aLongSubjectWithItsOwnVerbOfSayingAfterCommaAndStartsANewReport() {
        List<QuoteSpan> qs = extract("A group of fishermen called for a boycott of the summit, and the largest union of "
                + "dock workers in Haiphong said the talks had failed.");
        assertEquals("a boycott of the summit", Fixture.quote(qs, "boycott").text(), dump(qs));
    }

    @Test
    void aTrailingAttributionMayEndAtASemicolonOrAShowsNameInMarks() {
        QuoteSpan q = reported("The ferry did carry some cars without permits, he said; his inspectors found them during "
                + "the audit.", "ferry did carry");
        assertEquals("The ferry did carry some cars without permits", q.text());
        q = reported("The pier was closed for a week, he said Wednesday morning on the radio show \u201cHarbor Talk.\u201d",
                "pier was closed");
        assertEquals("The pier was closed for a week", q.text());
        // words in marks that make a clause are no name: "said the firm's business “is broader”" reports them
        List<QuoteSpan> qs = extract("Speaking on Monday, Lee said the firm's business \u201cIs Much Broader\u201d than ferries.");
        for (QuoteSpan x : qs) {
            assertTrue(!x.text().startsWith("Speaking"), dump(qs));
        }
    }

    @Test
    void aDenialOfChargesAndComplaintsAboutSomethingAreReports() {
        QuoteSpan q = reported("Mayor Ann Lee denied the charges through her lawyer.", "the charges");
        assertTrue(q.mention().endsWith("Ann Lee"), q.mention());
        q = reported("Senator Ann Lee complained about the slow pace of the port talks.", "slow pace");
        assertEquals("the slow pace of the port talks", q.text());
        q = reported("The envoy argued against intervention by outside powers in the strait.", "intervention");
        assertEquals("intervention by outside powers in the strait", q.text());
        // a denial of something that is no statement stays none
        List<QuoteSpan> qs = extract("The court denied the company a permit for the new pier.");
        assertTrue(qs.isEmpty(), dump(qs));
    }

    @Test
    void aPollShareOpeningWithAnAdverbStartsItsOwnReport() {
        QuoteSpan q = reported("Two in three voters said the ferry costs too much, and nearly three in five said the pier should "
                + "stay open at night.", "ferry costs");
        assertEquals("the ferry costs too much", q.text());
        q = reported("Two in three voters said the ferry costs too much, and nearly three in five said the pier should "
                + "stay open at night.", "pier should");
        assertTrue(q.mention().endsWith("three in five"), q.mention());
    }
}
