package dev.stancekit.speakers;

import static dev.stancekit.speakers.SideFixture.analyze;
import static dev.stancekit.speakers.SideFixture.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.stancekit.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression: "the Chinese president" after "President Trump asked …" was taken back to Trump by
 * its title alone, so Xi's words went to the US side; a title mention whose country word names
 * another side than the person found is resolved on its own words.
 */
class TitleWithOtherCountryTest {

    @Test
    void aTitleWithAnotherSidesCountryWordIsNotTheEarlierHolderOfTheTitle() {
        List<Quote> qs = analyze("Call\n\nPresident Trump asked for a report on the measures taken.\n\n"
                + "The Chinese President also said he is concerned about the spread of the virus in the U.S.");
        Quote q = quote(qs, "spread of the virus");
        assertNotEquals("Donald Trump", q.speaker().canonical(), q.speaker().toString());
        assertEquals("China", q.speaker().side(), q.speaker().toString());
    }

    @Test
    void aTitleWithTheSameSidesCountryWordStillRefersBack() {
        List<Quote> qs = analyze("Call\n\nPresident Trump asked for a report on the measures taken.\n\n"
                + "The US president also said the talks had been very good.");
        assertEquals("Donald Trump", quote(qs, "very good").speaker().canonical());
    }
}
