package dev.stancekit.speakers;

import static dev.stancekit.speakers.SideFixture.analyze;
import static dev.stancekit.speakers.SideFixture.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stancekit.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression from a blind real-news set: "Health and Human Services Secretary X says" had no side:
 * the health, energy, transportation and environment offices of the US cabinet were not
 * registered. Invented article; the office gives the side whoever holds it.
 */
class CabinetOfficeSideTest {

    @Test
    void aUsCabinetSecretaryNamedByOfficeSpeaksForTheUs() {
        List<Quote> qs = analyze("Vaccine talks\n\nHealth and Human Services Secretary Mara Quell says the two countries "
                + "should share vaccine data.\n\nEnergy Secretary Ivo Brandt said methane rules would stay.");
        Quote health = quote(qs, "share vaccine data");
        assertEquals("US", health.speaker().side(), health.speaker().toString());
        Quote energy = quote(qs, "methane rules would stay");
        assertEquals("US", energy.speaker().side(), energy.speaker().toString());
    }
}
