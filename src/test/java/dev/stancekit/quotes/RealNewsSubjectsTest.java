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
 * Speakers of reported speech in shapes found on PolNeAR train (seventh round of error analysis):
 * common nouns for people and bodies, words between a subject and its verb, participles that open
 * a sentence, relative clauses. One test per pattern; every sentence invented.
 */
class RealNewsSubjectsTest {

    @Test
    void aCommonNounForAPersonIsASpeaker() {
        QuoteSpan q = reported("The billionaire businessman says building the tower is worth the risk.", "building the tower");
        assertEquals("The billionaire businessman", q.mention());
    }

    @Test
    void aPluralCommonNounForPeopleIsASpeakerOverAnAdverb() {
        QuoteSpan q = reported("Rival candidates have long criticized the mayor for closing the ferry.", "closing the ferry");
        assertEquals("Rival candidates", q.mention());
    }

    @Test
    void aParticipleOpeningTheSentenceBorrowsTheMainClausesSubject() {
        QuoteSpan q = reported("Noting that ferry traffic had doubled, Mayor Ann Lee signed an order for a second pier.",
                "ferry traffic had doubled");
        assertEquals("ferry traffic had doubled", q.text());
        assertTrue(q.mention().endsWith("Ann Lee"), q.mention());
    }

    @Test
    void aParticipleAfterAPrepositionOpeningTheSentenceToo() {
        QuoteSpan q = reported("After warning that the talks would fail, the envoy left Geneva.", "talks would fail");
        assertEquals("the envoy", q.mention());
    }

    @Test
    void aTimePhraseBetweenSubjectAndVerbIsSkipped() {
        QuoteSpan q = reported("Ann Lee, the harbor commissioner, this past week announced that the pier would close.", "pier would close");
        assertEquals("Ann Lee", q.mention());
    }

    @Test
    void aPartyTagAndADayBetweenSubjectAndVerbAreSkipped() {
        QuoteSpan q = reported("Sen. Jack Reed (D-R.I.) on Saturday criticized the harbor accord for its weak limits.", "harbor accord");
        assertTrue(q.mention().endsWith("Jack Reed"), q.mention());
    }

    @Test
    void aFloatingQuantifierAfterTheAuxiliaryIsSkipped() {
        QuoteSpan q = reported("The two mayors have both argued that the ferry fares are too high.", "ferry fares");
        assertEquals("The two mayors", q.mention());
    }

    @Test
    void aCliticAfterAPronounIsAnAuxiliary() {
        QuoteSpan q = reported("The count is not over. And he’s said the races ahead will bring big wins.", "big wins");
        assertEquals("he", q.mention());
    }

    @Test
    void anObjectPronounEndingARelativeClauseIsNoSpeaker() {
        QuoteSpan q = reported("But the aides who have advised him for years say the harbor plan is dead.", "harbor plan is dead");
        assertEquals("the aides", q.mention());
    }

    @Test
    void aCampaignSpeaks() {
        QuoteSpan q = reported("Her campaign says the ferry fares will fall next year.", "ferry fares");
        assertEquals("Her campaign", q.mention());
    }

    @Test
    void aRelativeClauseAfterTheSourceOfAccordingToIsNoPartOfIt() {
        QuoteSpan q = reported("The harbor board is combing through old permits, according to a board official who was not "
                + "authorized to speak publicly.", "combing through old permits");
        assertEquals("a board official", q.mention());
    }

    @Test
    void aBodyNamedAfterAnOfficesWordIsNoEarlierOfficeHolder() {
        List<QuoteSpan> qs = extract("HONOLULU — US Defense Secretary Pete Hegseth said on Monday the talks were useful.\n\n"
                + "In Manila, the Department of National Defense said it welcomed any step that reduced the risk of accidents.");
        QuoteSpan q = Fixture.quote(qs, "welcomed any step");
        assertEquals("the Department of National Defense", q.antecedent(), dump(qs));
    }

    @Test
    void aVerbAfterWordsInMarksInsideAClauseHasNoInvertedSpeaker() {
        List<QuoteSpan> qs = extract("In a statement posted online, the harbor board said the crew was \"deeply shaken\" by the "
                + "collision, adding that the tanker's \"reckless conduct\" threatens the whole port.");
        assertEquals("the harbor board", Fixture.quote(qs, "reckless conduct").mention(), dump(qs));
        assertEquals("the harbor board", Fixture.quote(qs, "deeply shaken").mention(), dump(qs));
    }

    @Test
    void aParticipleAfterAClauseOpenedByAParticipleTakesThatClausesSubject() {
        List<QuoteSpan> qs = extract("Asked whether the port would raise its fees again, Lee did not answer directly, "
                + "saying only that the fees were \"under review.\"");
        assertEquals("Lee", Fixture.quote(qs, "under review").mention(), dump(qs));
    }

    @Test
    void aGroupOrACompanySpeaks() {
        assertEquals("The chipmakers' group", reported("The chipmakers' group said the new controls would hurt "
                + "sales.", "hurt sales").mention());
        assertEquals("the firm", reported("Asked about the ban, the firm said it would comply with the rules.",
                "comply with").mention());
    }

    @Test
    void aBodyAfterAPlaceNameIsTheBodyNotAPerson() {
        List<QuoteSpan> qs = extract("The Quang Ngai provincial border guard said the crew was beaten.");
        QuoteSpan q = Fixture.quote(qs, "crew was beaten");
        assertEquals("The Quang Ngai provincial border guard", q.antecedent(), dump(qs));
    }

    @Test
    void wordsInMarksAfterTheObjectOfAVerbInARelativeClauseAreItsHeads() {
        List<QuoteSpan> qs = extract("The senator, who has called the governor's remarks \"deeply misguided,\" portrayed "
                + "the plan as a passing problem.");
        assertEquals("The senator", Fixture.quote(qs, "deeply misguided").mention(), dump(qs));
        qs = extract("The move drew a sharp reply from Secretary of State Anna Ross, who called the minister "
                + "\"unfit to lead\" as a diplomat.");
        assertTrue(Fixture.quote(qs, "unfit to lead").mention().endsWith("Anna Ross"), dump(qs));
    }

    @Test
    void aThingARelativeClauseHangsOnIsNoSpeakerOfWordsInMarks() {
        List<QuoteSpan> qs = extract("Mayor Ann Lee waved at a crowd holding a banner that read \"Save the pier now.\"");
        for (QuoteSpan q : qs) {
            assertTrue(!q.mention().contains("banner"), dump(qs));
        }
    }

    @Test
    void aRelativeClauseAfterACommaGivesItsHeadTheReportWhateverFollowsTheVerb() {
        QuoteSpan q = reported("The plan drew fire from Senator Ann Lee, who criticized fellow mayors for seeking "
                + "a higher tax on fishermen.", "fellow mayors");
        assertTrue(q.antecedent().endsWith("Ann Lee"), q.antecedent());
        q = reported("The crowd cheered for Paul Kerr, who has accused the governor of harassing his staff.", "the governor");
        assertTrue(q.antecedent().endsWith("Paul Kerr"), q.antecedent());
    }

    @Test
    void aReportInsideARelativeClauseEndsWhereTheMainClauseGoesOn() {
        QuoteSpan q = reported("Ann Lee, who once praised the trade agreement, now opposes it.", "trade agreement");
        assertEquals("the trade agreement", q.text());
        assertEquals("Ann Lee", q.antecedent());
    }

    @Test
    void aPronounAndANounPhraseTrailingTheSentenceSpeakTogether() {
        QuoteSpan q = reported("The mayor yanked the arm of a reporter as she tried to ask him about the pier, she and "
                + "another reporter said.", "yanked the arm");
        assertEquals("she and another reporter", q.mention());
        assertTrue(q.text().startsWith("The mayor yanked"), q.text());
    }

    @Test
    void aPartyTagBetweenCommasAfterANameIsNoSpeaker() {
        QuoteSpan q = reported("Rep. Paul Hale, R-Wis., the House whip, said the harbor bill would pass.", "harbor bill");
        assertEquals("Rep. Paul Hale", q.mention());
    }

    @Test
    void aParticipleAfterAClosingMarkNamesItsObjectNotTheSpeaker() {
        List<QuoteSpan> qs = extract("He dwelt on the fact that the harbor still had \u201cmore work to do,\u201d noting weak ferry traffic. Mayor Ann Lee smiled.");
        QuoteSpan q = Fixture.quote(qs, "more work to do");
        assertEquals("He", q.mention(), dump(qs));
    }
}
