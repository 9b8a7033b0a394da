package dev.stancekit.quotes;

import static dev.stancekit.quotes.Fixture.anyEqualTo;
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
 * Patterns that the thirty-sixth round of error analysis on real news (blind batches of real
 * US–China news, and PolNeAR train) found. One test per pattern; every sentence invented.
 */
class RealNewsThirtySixthRoundTest {

    @Test
    void aPressReleaseLeadInWithTheFollowingStatementGivesTheNextParagraphsQuoteItsSpeaker() {
        List<QuoteSpan> qs = extract("Trade panel\n\nWASHINGTON - Rep. Ann Lee today was named to chair the trade panel. "
                + "After the vote, Rep. Lee released the following statement.\n\n"
                + "“I thank my colleagues for their trust. The panel will work hard.”\n");
        assertTrue(anyEqualTo(qs, "I thank my colleagues for their trust. The panel will work hard."), dump(qs));
        assertTrue(quote(qs, "I thank my colleagues").antecedent().contains("Lee"), dump(qs));
    }

    @Test
    void aLeadInClosedByAColonGivesAQuoteRunningOverParagraphsItsSpeaker() {
        List<QuoteSpan> qs = extract("Trade panel\n\n“I thank my colleagues,” Rep. Ann Lee said.\n\n"
                + "Speaker Tom Ray released the following statement on the choice:\n\n"
                + "“Ann Lee is the right person for this job. She knows the issues.\n\n“We will support her work.”\n");
        assertTrue(quote(qs, "Ann Lee is the right person").antecedent().contains("Ray"), dump(qs));
        assertTrue(quote(qs, "We will support her work").antecedent().contains("Ray"), dump(qs));
    }

    @Test
    void aSentenceWithoutTheFollowingStatementGivesTheNextParagraphNoSpeaker() {
        // narration closing a paragraph is no lead-in: the quote after it has no speaker of its own
        List<QuoteSpan> qs = extract("Trade panel\n\nRep. Ann Lee released a report on the trade panel.\n\n"
                + "“The panel will work hard and it will report in June,” a note on the door read.\n");
        assertFalse(qs.stream().anyMatch(q -> q.text().startsWith("The panel will work hard")
                && q.antecedent() != null && q.antecedent().contains("Lee") && "released".equals(q.cue())), dump(qs));
    }

    @Test
    void aParagraphOpeningWithTwoReportsOfOneSpeakerGoesOnWithTheSpeakersWords() {
        List<QuoteSpan> qs = extract("Harbour vote\n\nMarta Olsen said in her speech after the vote that the guild voted for the "
                + "plan just now and expressed deep regret over the veto of the plan by the port board. The plan should be adopted "
                + "without delay. Its rejection will only hurt the workers.\n");
        assertTrue(anyEqualTo(qs, "the guild voted for the plan just now"), dump(qs));
        assertTrue(anyEqualTo(qs, "Its rejection will only hurt the workers"), dump(qs));
        assertTrue(anyEqualTo(qs, "The plan should be adopted without delay"), dump(qs));
        assertEquals(QuoteKind.INDIRECT, quote(qs, "The plan should be adopted").kind(), dump(qs));
        assertTrue(quote(qs, "The plan should be adopted").antecedent().contains("Olsen"), dump(qs));
    }

    @Test
    void aPredicateGoingOnAfterATrailingAttributionLeavesTheReportBeforeIt() {
        List<QuoteSpan> qs = extract("Harbour pact\n\nThe three ports share common rules and common aims, the minister said, "
                + "and are working on a joint plan.\n\nThe levy is fair, Olsen said, and added that it would stay.\n");
        assertTrue(anyEqualTo(qs, "The three ports share common rules and common aims"), dump(qs));
        assertFalse(qs.stream().anyMatch(q -> q.text().startsWith("and are working")), dump(qs));
        assertTrue(anyEqualTo(qs, "The levy is fair"), dump(qs));
        assertTrue(anyEqualTo(qs, "it would stay"), dump(qs));
    }

    @Test
    void aClauseOfItsOwnAfterAnObjectAndACommaEndsTheReport() {
        List<QuoteSpan> qs = extract("Harbour case\n\nPort police accused him of smuggling, and a court later sentenced him "
                + "to two years in prison.\n");
        assertTrue(anyEqualTo(qs, "him of smuggling"), dump(qs));
    }

    @Test
    void aSecondVerbOfSayingAfterAnObjectAndItsInfinitiveStartsItsOwnReport() {
        List<QuoteSpan> qs = extract("Harbour case\n\nMarta Olsen told the board to drop the levy and warned the port "
                + "that ships would leave.\n");
        assertTrue(anyEqualTo(qs, "the board to drop the levy"), dump(qs));
        assertTrue(anyEqualTo(qs, "ships would leave"), dump(qs));
    }

    @Test
    void aReducedRelativeOnAnInvertedSpeakerIsNoPartOfTheQuote() {
        List<QuoteSpan> qs = extract("Harbour pact\n\n\"The pact is good for every port,\" said the statement issued after the summit.\n");
        assertTrue(anyEqualTo(qs, "The pact is good for every port,"), dump(qs));
        assertEquals(QuoteKind.DIRECT, quote(qs, "The pact is good").kind(), dump(qs));
    }

    @Test
    void aParticipleOfSayingWithNoCommaSpeaksForTheSubjectOfTheVerbBeforeIt() {
        List<QuoteSpan> qs = extract("Harbour levy\n\nChile hit back saying the port should drop the levy. Marta Olsen defended "
                + "the plan saying it was fair. The ministry issued a statement saying the drills were routine. Reuters quoted "
                + "a source saying the talks had failed.\n");
        assertEquals("Chile", quote(qs, "the port should drop the levy").mention(), dump(qs));
        assertTrue(quote(qs, "it was fair").antecedent().contains("Olsen"), dump(qs));
        assertEquals("The ministry", quote(qs, "the drills were routine").mention(), dump(qs));
        assertEquals("a source", quote(qs, "the talks had failed").mention(), dump(qs));
    }

    @Test
    void anOccasionOrWhatLedToTheWordsEndsAnObjectAndItsInfinitive() {
        List<QuoteSpan> qs = extract("Harbour levy\n\nMarta Olsen vowed to fight the levy in a recorded speech marking her "
                + "election. The guild urged the board to drop all new fees following the release of a port study. Ann Ode "
                + "expressed concern about the fees following raids on two shipping firms. Lee urged Chile to meet on Sunday.\n");
        assertTrue(anyEqualTo(qs, "to fight the levy"), dump(qs));
        assertTrue(anyEqualTo(qs, "the board to drop all new fees"), dump(qs));
        assertTrue(anyEqualTo(qs, "concern about the fees"), dump(qs));
        assertTrue(anyEqualTo(qs, "Chile to meet on Sunday"), dump(qs)); // a day inside the infinitive stays
    }

    @Test
    void aClauseAfterATimeAndButWhoseSubjectCarriesAPhraseLeavesTheTrailingReportStanding() {
        List<QuoteSpan> qs = extract("Harbour pact\n\nThe levy is a concern for some island ports, guild chair Marta Olsen said on "
                + "Thursday, but a growing partnership with ports in the region aims to ease it.\n");
        assertTrue(anyEqualTo(qs, "The levy is a concern for some island ports"), dump(qs));
        assertTrue(quote(qs, "The levy is a concern").antecedent().contains("Olsen"), dump(qs));
    }
}
