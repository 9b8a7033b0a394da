package dev.stancekit.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stancekit.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression: a body named by an acronym the article spells out ("China's Ministry of Commerce
 * (MOC) said …", later "the MOC said") took the spelled-out name but no side, while the same
 * ministry under its full name had one.
 */
class SpelledOutAcronymSideTest {

    @Test
    void aSpeakerNamedByASpelledOutAcronymTakesTheSideOfTheBodyItNames() {
        String text = "Five firms listed\n\nChina's Ministry of Commerce (MOC) said on Tuesday that five shipping firms "
                + "had been added to its list.\n\nThe firms may no longer trade with Chinese ports, the MOC said.";
        List<Quote> qs = SideFixture.analyze(text);
        Quote full = SideFixture.quote(qs, "five shipping firms");
        Quote acronym = SideFixture.quote(qs, "Chinese ports");
        assertEquals("China", acronym.speaker().side(), acronym.speaker().toString());
        assertEquals(full.speaker().canonical(), acronym.speaker().canonical(), acronym.speaker().toString());
    }
}
