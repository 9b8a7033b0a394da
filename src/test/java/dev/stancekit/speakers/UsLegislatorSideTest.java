package dev.stancekit.speakers;

import static dev.stancekit.speakers.SideFixture.analyze;
import static dev.stancekit.speakers.SideFixture.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.stancekit.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression from a blind real-news set on Congress and state politics: "Democratic Rep. X" was
 * a commentator of side other (from "former" in a relative clause about someone else), and "state
 * Rep. X (R)" or "Gov. X" had no side. Invented article.
 */
class UsLegislatorSideTest {

    @Test
    void aDemocraticMemberOfCongressSpeaksForTheUs() {
        List<Quote> qs = analyze("Farm land\n\n“We cannot allow this,” said Democratic Rep. Jane Roe, who is in a tight race "
                + "with former Rep. John Doe.");
        assertEquals("US", quote(qs, "We cannot allow this").side());
    }

    @Test
    void aStateLegislatorSpeaksForTheUs() {
        List<Quote> qs = analyze("Farm land\n\nState Sen. Mark Poe said the bill was needed.\n\n“It matters,” said Ann Low, "
                + "a state representative.");
        assertEquals("US", quote(qs, "the bill was needed").side());
        assertEquals("US", quote(qs, "It matters").side());
    }

    @Test
    void aPartyLetterAloneInBracketsNamesAUsLegislator() {
        List<Quote> qs = analyze("Farm land\n\n“It matters,” said Ann Low (R).");
        assertEquals("US", quote(qs, "It matters").side());
    }

    @Test
    void democraticAloneNamesNoSide() {
        // Hong Kong's democrats and Taiwan's Democratic Progressive Party are not the US
        List<Quote> qs = analyze("Harbour vote\n\n“It matters,” said Ann Low, a Democratic Progressive Party lawmaker.");
        assertNotEquals("US", quote(qs, "It matters").side());
    }
}
