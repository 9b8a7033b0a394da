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
 * Patterns that the twenty-seventh round of error analysis on real news (PolNeAR train and sets
 * of real US–China news) found. One test per pattern; every sentence invented.
 */
class RealNewsTwentySeventhRoundTest {

    @Test
    void aRelativeClauseWithItsVerbOfSayingInsideAnotherReportIsAReportOfItsOwn() {
        List<QuoteSpan> qs = extract("The governor criticized the new levies, which the senator claimed would hurt small farms.");
        assertTrue(anyEqualTo(qs, "would hurt small farms"), dump(qs));
        assertTrue(qs.stream().anyMatch(q -> q.text().equals("would hurt small farms") && "the senator".equals(q.mention())), dump(qs));
    }

    @Test
    void aBaseFormAfterTheVerbInARelativeGapIsTheReportedVerb() {
        List<QuoteSpan> qs = extract("The spokesman condemned the naval drills, which Mendoza claimed destabilize the whole region.");
        assertTrue(anyEqualTo(qs, "destabilize the whole region"), dump(qs));
    }

    @Test
    void aRelativeClauseWithAnObjectAfterTheVerbIsNoGap() {
        List<QuoteSpan> qs = extract("The governor criticized the new levies, which the senator said the farmers opposed.");
        assertFalse(anyEqualTo(qs, "the farmers opposed"), dump(qs));
    }

    @Test
    void notifyWithAThatClauseReportsIt() {
        List<QuoteSpan> qs = extract("The water board notified the council that the pumps had failed twice in one week.");
        assertTrue(anyEqualTo(qs, "the pumps had failed twice in one week"), dump(qs));
    }

    @Test
    void aVerbOfSayingAsTheNextActReportsItsNounObject() {
        List<QuoteSpan> qs = extract("The mayor went on to criticize the council for its failure to fund the schools.");
        assertTrue(anyEqualTo(qs, "the council for its failure to fund the schools"), dump(qs));
        assertEquals("The mayor", quote(qs, "failure to fund").mention(), dump(qs));
    }

    @Test
    void aVerbOfSayingAfterAWishReportsNoNounObject() {
        List<QuoteSpan> qs = extract("The mayor wants to criticize the council for its failure to fund the schools.");
        assertTrue(qs.isEmpty(), dump(qs));
    }

    @Test
    void aReadoutGoesOnPastAPastFormThatContinuesThePresentPerfect() {
        List<QuoteSpan> qs = extract("Minister Osei said that the two teams have kept in touch over the summer. However, the other "
                + "side has not paused, but rather stepped up its pressure on our exporters. The risks keep growing.");
        assertTrue(anyEqualTo(qs, "However, the other side has not paused, but rather stepped up its pressure on our exporters"), dump(qs));
        assertTrue(anyEqualTo(qs, "The risks keep growing"), dump(qs));
    }

    @Test
    void narrationInThePastAfterAReadoutStillEndsIt() {
        List<QuoteSpan> qs = extract("Minister Osei said that the two teams have kept in touch over the summer. The talks ended "
                + "early, and the delegates flew home.");
        assertFalse(qs.stream().anyMatch(q -> q.text().contains("flew home")), dump(qs));
    }

    @Test
    void aBareDayBeforeANounObjectIsNotPartOfTheReport() {
        List<QuoteSpan> qs = extract("The council condemned Tuesday the sentencing of twelve students in the capital.");
        assertTrue(anyEqualTo(qs, "the sentencing of twelve students in the capital"), dump(qs));
    }

    @Test
    void aDayInThePossessiveStaysPartOfTheReport() {
        List<QuoteSpan> qs = extract("The council condemned Tuesday's sentencing of twelve students in the capital.");
        assertTrue(anyEqualTo(qs, "Tuesday's sentencing of twelve students in the capital"), dump(qs));
    }

    @Test
    void aDocumentSpeaksThroughARestrictiveRelativeClause() {
        List<QuoteSpan> qs = extract("Late on Friday the envoy vetoed a resolution that called for an immediate halt to the strikes.");
        assertTrue(anyEqualTo(qs, "an immediate halt to the strikes"), dump(qs));
        assertEquals("a resolution", quote(qs, "immediate halt").antecedent(), dump(qs));
    }

    @Test
    void aThingThatIsNoDocumentDoesNotSpeakThroughARestrictiveRelativeClause() {
        List<QuoteSpan> qs = extract("On Friday the crowd carried a banner that called for an immediate halt to the strikes.");
        assertTrue(qs.isEmpty(), dump(qs));
    }

    @Test
    void whatTheSpeakerDescribedAsIsTheReport() {
        List<QuoteSpan> qs = extract("Ambassador Nora Byrne also took aim at the government for what she described as a campaign by "
                + "the ministry to isolate foreign diplomats, saying it would backfire.");
        assertTrue(anyEqualTo(qs, "a campaign by the ministry to isolate foreign diplomats"), dump(qs));
        assertEquals("she", quote(qs, "to isolate foreign").mention(), dump(qs));
    }

    @Test
    void whatTheSpeakerSaidAsTheSubjectOfAClauseStaysNoReport() {
        List<QuoteSpan> qs = extract("What the minister said on Monday matters a great deal to the markets.");
        assertTrue(qs.isEmpty(), dump(qs));
    }

    @Test
    void aDayBeforeADateBetweenCommasIsNoSpeakerOfTheParticiple() {
        List<QuoteSpan> qs = extract("The city council responded Friday, Dec. 27, claiming the audit was politically motivated.");
        assertEquals("The city council", quote(qs, "politically motivated").mention(), dump(qs));
    }

    @Test
    void theCountryInATitledDescriptionMatchesItsOtherSpelling() {
        List<QuoteSpan> qs = extract("US President Tom Hale on Wednesday criticized the summit with Russian President Ivan Sorokin.\n\n"
                + "Sorokin and the other guests watched the parade.\n\n"
                + "The U.S. President later said he was disappointed in the guests.");
        assertEquals("Tom Hale", quote(qs, "disappointed in the guests").antecedent(), dump(qs));
    }

    @Test
    void aVerbThatReportsOnlyQuotedWordsDoesNotEndAReadout() {
        List<QuoteSpan> qs = extract("Minister Osei noted that the right of the islanders to development cannot be denied. The "
                + "government will continue to take firm measures to protect its fishing grounds.");
        assertTrue(anyEqualTo(qs, "The government will continue to take firm measures to protect its fishing grounds"), dump(qs));
    }

    @Test
    void aJointSubjectWithAPluralNounSpeaksForItsMembers() {
        List<QuoteSpan> qs = extract("Both senators have vowed to end the subsidy programs.");
        assertTrue(anyEqualTo(qs, "to end the subsidy programs"), dump(qs));
        assertEquals("Both senators", quote(qs, "subsidy programs").mention(), dump(qs));
    }

    @Test
    void instructWithAnObjectAndAnInfinitiveIsARequest() {
        List<QuoteSpan> qs = extract("The consulate's statement also instructed its citizens to avoid the harbor district at night.");
        assertTrue(anyEqualTo(qs, "its citizens to avoid the harbor district at night"), dump(qs));
    }

    @Test
    void instructWithoutAnInfinitiveReportsNothing() {
        List<QuoteSpan> qs = extract("The coach instructed the young players in the art of defense.");
        assertTrue(qs.isEmpty(), dump(qs));
    }

    @Test
    void aVerbWithTwoRowsTriesTheSecondWhenTheFirstFindsNoContent() {
        List<QuoteSpan> qs = extract("The consulate reminded foreign students to carry their passports at all times.");
        assertTrue(anyEqualTo(qs, "foreign students to carry their passports at all times"), dump(qs));
        List<QuoteSpan> that = extract("The consulate reminded foreign students that the rules had changed.");
        assertTrue(anyEqualTo(that, "the rules had changed"), dump(that));
    }

    @Test
    void speakingAboutATopicIsNoReportOfWhatWasSaid() {
        List<QuoteSpan> qs = extract("At the rally the governor spoke about the proposed harbor wall and the cost of the ferry.");
        assertTrue(qs.isEmpty(), dump(qs));
    }

    @Test
    void speakingAboutSomethingInQuotedWordsKeepsTheQuote() {
        List<QuoteSpan> qs = extract("At the rally the governor spoke about the harbor wall as “a monument to fear.”");
        assertEquals("the governor", quote(qs, "a monument to fear").mention(), dump(qs));
    }

    @Test
    void toutingANounIsNoReportOfWhatWasSaid() {
        List<QuoteSpan> qs = extract("The governor touted her record on the harbor cleanup at the rally.");
        assertTrue(qs.isEmpty(), dump(qs));
    }

    @Test
    void aQuoteAfterAVerbThatWaitsForQuotedWordsIsItsSpeakers() {
        List<QuoteSpan> qs = extract("Mayor Ada Frost touted her record as the first sponsor of the harbor cleanup bill. "
                + "“We cleaned the water when nobody else would. The fish came back.”");
        assertEquals("Ada Frost", quote(qs, "cleaned the water").antecedent(), dump(qs));
    }
}
