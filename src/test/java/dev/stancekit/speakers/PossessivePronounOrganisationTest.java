package dev.stancekit.speakers;

import static dev.stancekit.speakers.SideFixture.analyze;
import static dev.stancekit.speakers.SideFixture.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stancekit.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression from a blind real-news set: "its foreign ministry said", with no ministry named
 * before, became the speaker "US its foreign ministry" (the pronoun stayed in the name built from
 * the sentence's country). Invented article.
 */
class PossessivePronounOrganisationTest {

    @Test
    void aPossessivePronounIsNoPartOfTheNameOfTheCountrysBody() {
        List<Quote> qs = analyze("Harbour row\n\nRemarks by Peruvian officials on the harbour are slanderous, its foreign ministry "
                + "said on Monday.");
        Quote q = quote(qs, "slanderous");
        assertEquals("Peruvian foreign ministry", q.speaker().canonical(), q.speaker().toString());
    }
}
