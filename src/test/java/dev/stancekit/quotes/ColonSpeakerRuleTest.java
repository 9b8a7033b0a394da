package dev.stancekit.quotes;

import static dev.stancekit.quotes.Fixture.dump;
import static dev.stancekit.quotes.Fixture.extract;
import static dev.stancekit.quotes.Fixture.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.QuoteKind;
import dev.stancekit.model.QuoteSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quotes after a colon with no verb of saying (rule colon_speaker); every sentence invented. */
class ColonSpeakerRuleTest {

    private static final String TEXT = "Port talks stall again\n\n"
            + "The talks broke down on Friday after a week of meetings.\n\n"
            + "Mayor Ortiz: “We will not back down on the port deal, whatever the council decides.”\n\n"
            + "The senator scolded the crowd: “Sit down.”\n\n"
            + "The council had one answer: “No more delays.”\n";

    @Test
    void aNameBeforeTheColonIsTheSpeaker() {
        assertEquals("Mayor Ortiz", quote(extract(TEXT), "will not back down").mention());
    }

    @Test
    void theSubjectOfTheClauseBeforeTheColonIsTheSpeaker() {
        QuoteSpan q = quote(extract(TEXT), "Sit down");
        assertEquals("The senator", q.mention());
        assertEquals(QuoteKind.DIRECT, q.kind(), "a sentence after a colon is a direct quote");
    }

    @Test
    void aColonAfterANounThatNamesNoSpeakerGivesNoQuote() {
        List<QuoteSpan> qs = extract(TEXT);
        assertTrue(qs.stream().noneMatch(q -> q.text().contains("No more delays")), dump(qs));
    }

    @Test
    void aQuoteAfterAccordingToTakesItsSource() {
        List<QuoteSpan> qs = extract("Port talks\n\nAccording to the newspaper, “the port deal leaves the city "
                + "with the debt and the company with the profit.”\n");
        assertEquals("the newspaper", quote(qs, "leaves the city").mention(), dump(qs));
    }

    @Test
    void theSubjectOfAClauseWithAnAuxiliaryBeforeTheColon() {
        List<QuoteSpan> qs = extract("Port talks stall again\n\nThe talks broke down on Friday.\n\n"
                + "Mayor Ortiz has adopted the stance common among some port officials in the region: \u201cI back the "
                + "harbor in my private life, but support the port in my public life.\u201d\n");
        assertEquals("Mayor Ortiz", quote(qs, "back the harbor").mention(), dump(qs));
    }
}
