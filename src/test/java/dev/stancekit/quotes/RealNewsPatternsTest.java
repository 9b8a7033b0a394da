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
 * One regression test per quote pattern that the error analysis on real news (PolNeAR train)
 * found missed or mis-cut; every sentence here is invented.
 */
class RealNewsPatternsTest {

    @Test
    void anyVerbAfterAQuoteEndingInACommaReportsIt() {
        List<QuoteSpan> qs = extract("“The deal is dead in the water,” the senator shot back.");
        QuoteSpan q = quote(qs, "deal is dead");
        assertEquals("the senator", q.mention(), dump(qs));
        assertEquals("shot back", q.cue());
    }

    @Test
    void aQuestionFollowedByAnyVerbIsTheAsker() {
        QuoteSpan q = quote(extract("“Would you sign the same bill again?” the anchor pressed."), "sign the same");
        assertEquals("the anchor", q.mention());
    }

    @Test
    void aQuoteEndingInAFullStopIsNotReportedByTheVerbAfterIt() {
        List<QuoteSpan> qs = extract("Ms. Hale left the podium. “Thank you all.” The crowd cheered loudly.");
        assertTrue(qs.stream().noneMatch(q -> "The crowd".equals(q.mention())), dump(qs));
    }

    @Test
    void aLongQuoteInsideASentenceIsItsSubjects() {
        List<QuoteSpan> qs = extract("Governor Ada Price blamed the court's “three appointed judges who threw out "
                + "the district map” for the delay.");
        QuoteSpan q = quote(qs, "three appointed judges");
        assertEquals(QuoteKind.PARTIAL, q.kind());
        assertTrue(q.mention().contains("Ada Price"), dump(qs));
    }

    @Test
    void aShortScareQuoteInsideASentenceStaysOut() {
        List<QuoteSpan> qs = extract("Governor Ada Price signed the “clean” budget on Friday.");
        assertTrue(qs.isEmpty(), dump(qs));
    }

    @Test
    void whoSaidAttributesToTheNounItHangsOn() {
        List<QuoteSpan> qs = extract("The plan drew fire from Mayor Dana Ortiz, who said the cuts would close "
                + "two clinics in the valley.");
        QuoteSpan q = quote(qs, "cuts would close");
        assertEquals("who", q.mention(), dump(qs));
        assertTrue(q.antecedent().contains("Ortiz"), dump(qs));
    }

    @Test
    void freeRelativeIsNoAttribution() {
        List<QuoteSpan> qs = extract("What the mayor said about the clinics surprised nobody in the valley.");
        assertTrue(qs.isEmpty(), dump(qs));
    }

    @Test
    void aVerbThatUsedToNeedThatTakesABareClause() {
        QuoteSpan q = quote(extract("The treasurer claims the pension fund is solvent for a decade."), "pension fund");
        assertEquals(QuoteKind.INDIRECT, q.kind());
        assertEquals("The treasurer", q.mention());
    }

    @Test
    void aPlainVerbOfSayingTakesACommonNounOrAShareAsSubject() {
        QuoteSpan campaign = quote(extract("His campaign said he had stopped giving paid speeches in June."),
                "stopped giving");
        assertEquals("His campaign", campaign.mention());
        QuoteSpan share = quote(extract("Some 42% say they trust the city council to fix the roads."), "trust the city");
        assertTrue(share.mention().contains("42"), share::toString);
    }

    @Test
    void aNewClauseAboutTheSpeakerEndsTheContent() {
        List<QuoteSpan> qs = extract("Ms. Ruiz said the budget was balanced, and she criticized the auditors for "
                + "their long delays.");
        QuoteSpan q = quote(qs, "budget was balanced");
        assertFalse(q.text().contains("criticized"), dump(qs));
    }

    @Test
    void aSentenceInTheNextParagraphDoesNotTrailTheQuoteBefore() {
        List<QuoteSpan> qs = extract("“We are done talking,” the organizer said.\n\n"
                + "A union spokesman said the strike would end on Friday morning.");
        QuoteSpan q = quote(qs, "strike would end");
        assertEquals("A union spokesman", q.mention(), dump(qs));
    }

    @Test
    void aParagraphOfQuoteContinuesTheLatestSpeakerHoweverFarBack() {
        List<QuoteSpan> qs = extract("“We will rebuild the bridge,” Mayor Tom Ellis said.\n\n"
                + "The bridge collapsed in March after a flood.\n\nRepairs were delayed by a dispute over funds.\n\n"
                + "“Nobody should have to drive an hour to reach the hospital.”");
        QuoteSpan q = quote(qs, "Nobody should");
        assertTrue(q.antecedent().contains("Ellis"), dump(qs));
    }

    @Test
    void aLongQuoteWithNoVerbOfSayingTakesTheSpeakerOfItsParagraph() {
        List<QuoteSpan> qs = extract("“The clinic stays open,” Mayor Tom Ellis said on Friday.\n\n"
                + "The plan, in his words “a promise to every family who lives past the river and needs care”, "
                + "costs two million.");
        QuoteSpan q = quote(qs, "a promise to every family");
        assertTrue(q.antecedent().contains("Ellis"), dump(qs));
        List<QuoteSpan> shortOne = extract("“The clinic stays open,” Mayor Tom Ellis said on Friday.\n\n"
                + "The plan, a “promise”, costs two million.");
        assertTrue(shortOne.stream().noneMatch(x -> x.text().contains("promise")), dump(shortOne));
    }

    @Test
    void mixedCurlyAndStraightMarksPairUp() {
        List<QuoteSpan> qs = extract("\"I prefer the north route,\u201d he said, noting he had backed it before.");
        assertEquals("I prefer the north route,", quote(qs, "north route").text(), dump(qs));
        List<QuoteSpan> qs2 = extract("The two lawmakers argue that \u201cthere is precedent for a trial,\" citing an old case.");
        assertEquals("there is precedent for a trial,", quote(qs2, "precedent").text(), dump(qs2));
    }

    @Test
    void anyNounPhraseRightAfterTheClosingMarkIsTheSpeaker() {
        QuoteSpan q = quote(extract("\u201cThe drop is directly tied to the emails,\u201d said a person close to the mayor."),
                "drop is directly");
        assertTrue(q.mention().startsWith("a person close to"), q.mention());
    }

    @Test
    void anAdverbBetweenCommasDoesNotHideTheSpeaker() {
        QuoteSpan q = quote(extract("Ellis, meanwhile, who has no such endorsements, said that fact speaks volumes."),
                "speaks volumes");
        assertEquals("Ellis", q.mention());
    }

    @Test
    void aSecondVerbAfterAndTakesTheSubjectOfTheVerbBeforeIt() {
        QuoteSpan q = quote(extract("Retired Col. Ann Ode started the debate when she brought up the flood and later said, "
                + "\u201cIt is not just the river that failed us.\u201d"), "river that failed");
        assertEquals("she", q.mention());
    }
}
