package dev.stancekit.quotes;

import static dev.stancekit.quotes.Fixture.dump;
import static dev.stancekit.quotes.Fixture.extract;
import static dev.stancekit.quotes.Fixture.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.QuoteSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Patterns that the seventeenth round of error analysis on real news (PolNeAR train and two new
 * blind sets of real US–China news) found missed. One test per pattern; every sentence invented.
 */
class RealNewsSeventeenthRoundTest {

    @Test
    void anOpeningParticipleIsNoContentWhenTheReportFollowsTheVerbOverAnInsertion() {
        List<QuoteSpan> qs = extract("Noting that the port handles most of the region's grain, Ode said Vietnam, in a spirit "
                + "of good faith, has offered to share its inspection data.");
        QuoteSpan q = quote(qs, "inspection data");
        assertEquals("Vietnam, in a spirit of good faith, has offered to share its inspection data", q.text(), dump(qs));
        assertTrue(qs.stream().noneMatch(x -> x.text().startsWith("Noting")), dump(qs));
    }

    @Test
    void aSecondSpeakerWithThePerfectOfAVerbOfSayingStartsAReportOfItsOwn() {
        List<QuoteSpan> qs = extract("Ode said after the dinner that a visit by the premier looked likely, and the premier "
                + "has said he would welcome it.");
        assertEquals("a visit by the premier looked likely", quote(qs, "visit").text(), dump(qs));
        QuoteSpan second = quote(qs, "welcome");
        assertEquals("he would welcome it", second.text(), dump(qs));
        assertEquals("the premier", second.mention(), dump(qs));
    }

    @Test
    void aTrailingReportThatAnAgencyRelaysKeepsItsOwnSpeaker() {
        List<QuoteSpan> qs = extract("The new port fees cannot be accepted by Hanoi, ministry spokeswoman Ana Tesh told a "
                + "regular news briefing, the agency reported.");
        QuoteSpan q = quote(qs, "port fees");
        assertEquals("The new port fees cannot be accepted by Hanoi", q.text(), dump(qs));
        assertEquals("Ana Tesh", q.mention().replace("ministry spokeswoman ", ""), dump(qs));
        assertTrue(qs.stream().noneMatch(x -> x.text().contains("briefing")), dump(qs));
    }

    @Test
    void aWarningAgainstOrOfAThingReportsTheThing() {
        List<QuoteSpan> qs = extract("The trade minister warned against a sudden split of the two markets. The envoy "
                + "warned of grave consequences for the fishing fleets.");
        assertEquals("a sudden split of the two markets", quote(qs, "split").text(), dump(qs));
        assertEquals("grave consequences for the fishing fleets", quote(qs, "fleets").text(), dump(qs));
    }

    @Test
    void aJokeAboutAPlanReportsThePlan() {
        List<QuoteSpan> qs = extract("In a later interview, the senator joked about retiring to a lighthouse if the bill passed.");
        assertEquals("retiring to a lighthouse if the bill passed", quote(qs, "lighthouse").text(), dump(qs));
    }

    @Test
    void aPassiveWithItInsideAReportStartsNoReportOfItsOwn() {
        List<QuoteSpan> qs = extract("Tesh said that regarding the reporter's question, it is suggested to ask the port "
                + "authority for the figures.");
        QuoteSpan q = quote(qs, "figures");
        assertEquals("regarding the reporter's question, it is suggested to ask the port authority for the figures",
                q.text(), dump(qs));
    }

    @Test
    void aDatelineClosedByADashWithoutSpacesIsNoPartOfTheReport() {
        List<QuoteSpan> qs = extract("PORT MORESBY, Papua New Guinea—The two navies are set to reopen a radio link, "
                + "senior officials said Tuesday.");
        assertEquals("The two navies are set to reopen a radio link", quote(qs, "radio link").text(), dump(qs));
    }

    @Test
    void aClauseOfTimeWhoseSubjectHasAnAppositionIsNoContent() {
        List<QuoteSpan> qs = extract("The two navies are set to reopen a radio link, officials said Tuesday after "
                + "Defense Minister Ana Ode and her counterpart, Li Wei, met for an hour.");
        assertEquals("The two navies are set to reopen a radio link", quote(qs, "radio link").text(), dump(qs));
        assertTrue(qs.stream().noneMatch(q -> q.text().startsWith("Tuesday")), dump(qs));
    }

    @Test
    void aSourceInsideARelativeClauseReportsTheClausesVerbPhrase() {
        List<QuoteSpan> qs = extract("Footage shows a patrol boat firing a water cannon, which, according to navy "
                + "spokesman Ed Lalo, was aimed at the ship's radar mast.");
        QuoteSpan q = quote(qs, "radar mast");
        assertEquals("was aimed at the ship's radar mast", q.text(), dump(qs));
        assertEquals("navy spokesman Ed Lalo", q.mention(), dump(qs));
    }

    @Test
    void pluralRoleNounsAndTheMediaSpeak() {
        List<QuoteSpan> qs = extract("Local authorities described the blockade as a safety measure. State media "
                + "described the deal as a turning point for the fishing fleets.");
        assertEquals("Local authorities", quote(qs, "safety measure").mention(), dump(qs));
        assertEquals("State media", quote(qs, "turning point").mention(), dump(qs));
    }

    @Test
    void aDayAfterOnBeforeTheObjectOfAnAnnouncementIsTheTimeOfIt() {
        List<QuoteSpan> qs = extract("Vietnam announced on Friday sanctions against four shipping firms.");
        assertEquals("sanctions against four shipping firms", quote(qs, "shipping firms").text(), dump(qs));
        List<QuoteSpan> weekend = extract("State media reported on weekend clashes in the border town.");
        assertTrue(weekend.stream().noneMatch(q -> "clashes in the border town".equals(q.text())), dump(weekend));
    }

    @Test
    void aParticipleAfterAnAdverbOrANegatedClauseSharesTheSubject() {
        List<QuoteSpan> qs = extract("Ode skipped the question, instead stressing the value of the fishing accord. "
                + "The ministry did not reply, saying only that the talks were private.");
        assertEquals("Ode", quote(qs, "fishing accord").mention(), dump(qs));
        assertEquals("the value of the fishing accord", quote(qs, "fishing accord").text(), dump(qs));
        assertEquals("The ministry", quote(qs, "private").mention(), dump(qs));
    }

    @Test
    void aContrastAfterANegationGoesOnWithTheReport() {
        List<QuoteSpan> qs = extract("The admiral warned that the patrols are not exercises, but “dress rehearsals” "
                + "for a blockade and that Hanoi is on “a risky path.”");
        assertTrue(qs.stream().noneMatch(q -> "the patrols are not exercises".equals(q.text())), dump(qs));
        assertEquals("The admiral", quote(qs, "risky path").mention(), dump(qs));
        assertEquals("The admiral", quote(qs, "dress rehearsals").mention(), dump(qs));
    }

    @Test
    void aQuoteLeftOpenIsClosedInTheNextParagraphWithoutANewOpeningMark() {
        List<QuoteSpan> qs = extract("Rep. Ana Ode spoke on Monday.\n\n“This is no quarrel over a distant reef.\n\n"
                + "It is a question of our own ports,” Ode told the Harbor News.");
        QuoteSpan first = quote(qs, "distant reef");
        assertEquals("This is no quarrel over a distant reef.", first.text(), dump(qs));
        assertEquals("Ode", first.mention(), dump(qs));
        assertTrue(quote(qs, "own ports").text().startsWith("It is a question"), dump(qs));
    }

    @Test
    void aCaptionLabelWithTheSpeakersTitleNamesTheSpeaker() {
        List<QuoteSpan> qs = extract("Hanoi also demanded that the survey ship leave at once.\n\nLin Wei, Spokesperson, "
                + "Vietnamese Foreign Ministry: “We firmly oppose any patrol inside our waters under any name.”");
        assertEquals("Lin Wei", quote(qs, "patrol").mention(), dump(qs));
    }

    @Test
    void aQuoteFollowedByAsAndASpeakerWithARelativeClauseIsAttributed() {
        List<QuoteSpan> qs = extract("The survey flight would be a “grave provocation,” as Hanoi, which claims the reef "
                + "as its own, has repeatedly warned.");
        assertEquals("Hanoi", quote(qs, "grave provocation").mention(), dump(qs));
        List<QuoteSpan> other = extract("Voters backed a candidate who called for “much worse” than fines, has said of "
                + "rivals that they are weak and who is willing to go on.");
        assertTrue(other.stream().noneMatch(q -> "much worse".equals(q.text()) && q.mention().contains("fines")), dump(other));
    }

    @Test
    void thePoliceSpeak() {
        List<QuoteSpan> qs = extract("The harbour police have announced rewards for any information on the two missing trawlers.");
        assertEquals("The harbour police", quote(qs, "trawlers").mention(), dump(qs));
    }

    @Test
    void aParticiplePhraseBetweenTheReportedSubjectAndItsVerbIsNoEnd() {
        List<QuoteSpan> qs = extract("He added that Thai patrol boats, operating alongside Malaysian ships, could close the strait within hours.");
        assertEquals("Thai patrol boats, operating alongside Malaysian ships, could close the strait within hours",
                quote(qs, "strait").text(), dump(qs));
    }

    @Test
    void callingANamedDecisionAnAdjectiveReportsIt() {
        List<QuoteSpan> qs = extract("Hanoi's envoy, Ana Tesh, called the U.N. decision unreasonable.");
        assertEquals("the U.N. decision unreasonable", quote(qs, "unreasonable").text(), dump(qs));
    }

    @Test
    void aCompoundWithADashOpeningASentenceIsNoDateline() {
        List<QuoteSpan> qs = extract("Officials met on Monday.\n\nUS–Vietnam talks resumed on Monday in Geneva, officials said.");
        assertTrue(quote(qs, "Geneva").text().startsWith("US–Vietnam talks"), dump(qs));
    }

    @Test
    void butWithAClauseAfterACommaPhraseStillEndsTheReport() {
        List<QuoteSpan> qs = extract("Lee said the ship had not entered Thai waters, but the Malaysian coast guard, citing "
                + "radar data, disputed that account.");
        assertEquals("the ship had not entered Thai waters", quote(qs, "Thai waters").text(), dump(qs));
    }

    @Test
    void placesBeforeAColonAreNoCaptionLabel() {
        List<QuoteSpan> qs = extract("The envoy spoke at length.\n\nTaiwan, Tibet, Xinjiang: “core interests” that brook no "
                + "interference.");
        assertTrue(qs.stream().noneMatch(q -> q.mention().startsWith("Taiwan")), dump(qs));
    }
}
