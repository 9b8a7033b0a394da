package dev.stancekit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LabelsTest {

    @Test
    void speakerSubsetMatchWithoutTitles() {
        assertTrue(Labels.speakerMatch("Gen. Mark Ode", "ode"));
        assertTrue(Labels.speakerMatch("Ode", "General Mark Ode"));
        assertFalse(Labels.speakerMatch("Mark Ode", "Mark Twain"));
        assertFalse(Labels.speakerMatch("the President", "President"));
        assertFalse(Labels.speakerMatch("", "Ode"));
        assertEquals(Set.of("ode"), Labels.speakerTokens("U.S. Defense Secretary Ode"));
    }

    @Test
    void sideAndThemes() {
        assertTrue(Labels.sideMatch(" * ", "anything"));
        assertTrue(Labels.sideMatch("China", " china "));
        assertFalse(Labels.sideMatch("", "US"));
        assertTrue(Labels.sideMatch("", " "));
        assertEquals(Set.of("trade", "taiwan policy"), Labels.themes(" Trade ;|, Taiwan Policy,"));
        assertEquals(Set.of(), Labels.themes(null));
    }

    @Test
    void toneLabelWinsOverNumber() {
        assertEquals(1, Labels.tone(Map.of("tone_label", "Cooperative", "tone", "-1")));
        assertEquals(-1, Labels.tone(Map.of("tone_label", "", "tone", "-0.3")));
        assertEquals(0, Labels.tone(Map.of("tone_label", "-0.05")));
        assertNull(Labels.tone(Map.of("tone_label", "furious", "tone", "1")));
        assertNull(Labels.tone(Map.of()));
    }
}
