package dev.stancekit.quotes;

import static dev.stancekit.quotes.Fixture.dump;
import static dev.stancekit.quotes.Fixture.extract;
import static dev.stancekit.quotes.Fixture.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.QuoteSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Show, book and film names in quote marks after a preposition or possessive are no quotes; sentences invented. */
class TitleAfterPrepositionTest {

    @Test
    void aShowNameAfterOnIsNoQuote() {
        List<QuoteSpan> qs = extract("The senator said on “Morning Roundtable,” that the port deal was a mistake.");
        assertTrue(qs.stream().noneMatch(q -> q.text().startsWith("Morning Roundtable")), dump(qs));
    }

    @Test
    void aBookNameAfterAPossessiveIsNoQuote() {
        List<QuoteSpan> qs = extract("The governor quoted from Jane Rowe's “The Long Harbor” at the dinner.");
        assertTrue(qs.stream().noneMatch(q -> q.text().startsWith("The Long Harbor")), dump(qs));
    }

    @Test
    void wordsInLowerCaseAfterAPrepositionStayAQuote() {
        List<QuoteSpan> qs = extract("The senator warned of “a very dangerous moment for the port” on Monday.");
        assertEquals("The senator", quote(qs, "dangerous moment").mention(), dump(qs));
    }

    @Test
    void aTitleAfterANounNamingAWorkIsNoQuote() {
        List<QuoteSpan> qs = extract("Her institute last month published a report, “Dial Tone: Crisis Talks at Sea,” which "
                + "the navy said it would study.");
        assertTrue(qs.stream().noneMatch(q -> q.text().startsWith("Dial Tone")), dump(qs));
        qs = extract("The mayor praised the documentary “Harbor Lights” at the dinner.");
        assertTrue(qs.stream().noneMatch(q -> q.text().startsWith("Harbor Lights")), dump(qs));
    }

    @Test
    void wordsInLowerCaseAfterANounNamingAWorkStayAQuote() {
        List<QuoteSpan> qs = extract("In the report, the mayor said the port faces “a very dangerous moment” this winter.");
        assertEquals("the mayor", quote(qs, "dangerous moment").mention(), dump(qs));
    }
}
