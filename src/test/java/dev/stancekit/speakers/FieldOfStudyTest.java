package dev.stancekit.speakers;

import static dev.stancekit.speakers.SideFixture.analyze;
import static dev.stancekit.speakers.SideFixture.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stancekit.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression from a blind real-news set: "Sun Yun, a China expert at the Stimson Centre" was
 * given China's side: the country before "expert" names the field, and the British spelling of
 * the think tank's name did not match its registry entry. Invented article.
 */
class FieldOfStudyTest {

    @Test
    void aCountryBeforeAnExpertNamesTheFieldWhenAnEmployerFollows() {
        List<Quote> qs = analyze("Harbour talks\n\nMarta Olsen, a China expert at the Brookings Institution, said the "
                + "talks would be hard.\n\nUS experts said the tariffs would hurt.");
        assertEquals("US", quote(qs, "talks would be hard").speaker().side(), quote(qs, "talks would be hard").speaker().toString());
        assertEquals("US", quote(qs, "tariffs would hurt").speaker().side());
    }

    @Test
    void aBritishSpellingMatchesTheRegisteredBody() {
        List<Quote> qs = analyze("Harbour talks\n\nMarta Olsen, a fellow at the Stimson Centre, said the talks would be hard.");
        assertEquals("US", quote(qs, "talks would be hard").speaker().side(), quote(qs, "talks would be hard").speaker().toString());
    }
}
