package dev.stancekit.speakers;

import static dev.stancekit.speakers.SideFixture.analyze;
import static dev.stancekit.speakers.SideFixture.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stancekit.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression: "the fleet's public affairs office said", after a sentence attributed to the U.S.
 * Pacific Fleet that names a Chinese destroyer, became a "Chinese public affairs office" from the
 * nearest country word; the lower-case owner in the possessive names the body quoted before.
 */
class OwnerOfAnOfficeQuotedBeforeTest {

    @Test
    void aPossessiveOwnerNamesTheBodyQuotedBefore() {
        List<Quote> qs = analyze("Laser\n\nA PRC navy destroyer aimed a laser at a patrol aircraft over open sea, "
                + "according to the U.S. Pacific Fleet.\n\nThe incident took place far west of the islands and came "
                + "without warning, the fleet's public affairs office said in a statement.");
        Quote q = quote(qs, "came without warning");
        assertEquals("US", q.speaker().side(), q.speaker().toString());
    }

    @Test
    void withNoBodyOfThatNameQuotedBeforeTheCountryWordStillDecides() {
        List<Quote> qs = analyze("Laser\n\nA PRC navy destroyer aimed a laser at a patrol aircraft over open sea.\n\n"
                + "The incident took place far west of the islands, the navy's public affairs office said in a statement.");
        Quote q = quote(qs, "far west of the islands");
        assertEquals("China", q.speaker().side(), q.speaker().toString());
    }
}
