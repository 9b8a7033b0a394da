package dev.stancekit.quotes;

import static dev.stancekit.quotes.Fixture.dump;
import static dev.stancekit.quotes.Fixture.extract;
import static dev.stancekit.quotes.Fixture.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.QuoteSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A line that opens with a name and a colon (rule line_name); every sentence invented. */
class LineNameRuleTest {

    @Test
    void aHeadlineNameGivesItsSpeakerToAQuoteLaterOnTheLine() {
        List<QuoteSpan> qs = extract("Ortiz: Council Harbor Plan Is ‘Reckless and Unfair’ to the City.\n\n"
                + "The council voted on Friday to sell the old harbor to a shipping firm.\n");
        assertEquals("Ortiz", quote(qs, "Reckless and Unfair").mention(), dump(qs));
    }

    @Test
    void aQuoteInCapitalsAfterAPossessiveInANamedHeadlineIsNoTitle() {
        List<QuoteSpan> qs = extract("Ortiz: Mayor’s ‘Reckless Harbor Gamble’ Puts the City at Risk.\n\n"
                + "The council voted on Friday to sell the old harbor to a shipping firm.\n");
        assertEquals("Ortiz", quote(qs, "Reckless Harbor Gamble").mention(), dump(qs));
        qs = extract("Harbor sale\n\nThe mayor spoke on ‘Morning Harbor Report’ about the sale.\n");
        assertTrue(qs.stream().noneMatch(q -> q.text().contains("Morning Harbor")), dump(qs));
    }

    @Test
    void aTranscriptLineGivesItsSpeakerToEveryQuoteOnIt() {
        List<QuoteSpan> qs = extract("Harbor sale: an interview\n\n"
                + "Maria Lopez: Well, nobody here thinks ‘a sale’ is the word, and ‘the giveaway’ is how we put it.\n");
        assertEquals("Maria Lopez", quote(qs, "the giveaway").mention(), dump(qs));
    }

    @Test
    void aLabelBeforeTheColonNamesNoSpeaker() {
        List<QuoteSpan> qs = extract("Update: Council Delays ‘Final’ Harbor Vote Again.\n\n"
                + "The council voted on Friday to wait another month.\n");
        assertTrue(qs.stream().noneMatch(q -> q.text().contains("Final")), dump(qs));
    }

    @Test
    void aNameInsideTheSentenceIsNotALineName() {
        List<QuoteSpan> qs = extract("Harbor sale\n\n"
                + "The vote came late. Then Ortiz: the council was ‘reckless,’ or so the flyer claimed.\n");
        assertTrue(qs.stream().noneMatch(q -> "Ortiz".equals(q.mention())), dump(qs));
    }
}
