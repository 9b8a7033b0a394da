package dev.stancekit.speakers;

import static dev.stancekit.speakers.SideFixture.analyze;
import static dev.stancekit.speakers.SideFixture.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.stancekit.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression from a blind real-news set on military incidents: "The Navy denied that a destroyer
 * illegally entered China's maritime territory …, contradicting claims by China's command" made
 * the Navy Chinese: a bare body took the first country word after it in its sentence, which stood
 * in the words it was quoted with. Invented article.
 */
class CountryInTheBodysWordsIsNoOwnerTest {

    @Test
    void aCountryInsideOrAfterTheReportOfABareBodyIsNotItsCountry() {
        List<Quote> qs = analyze("Ship row\n\nThe post was updated on Friday.\n\n"
                + "The navy denied that its frigate had entered China’s waters and was chased off, contradicting "
                + "claims by China’s coastal command.");
        Quote q = quote(qs, "its frigate had entered");
        assertNotEquals("China", q.speaker().side(), q.speaker().toString());
    }

    @Test
    void aCountryBeforeABareBodyInItsSentenceIsStillItsCountry() {
        List<Quote> qs = analyze("Ship row\n\nChina has lodged a protest, and the foreign ministry said the frigate had entered "
                + "its waters without leave.");
        Quote q = quote(qs, "the frigate had entered");
        assertEquals("China", q.speaker().side(), q.speaker().toString());
    }
}
