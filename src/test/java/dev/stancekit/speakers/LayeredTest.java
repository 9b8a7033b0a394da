package dev.stancekit.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LayeredTest {

    @Test
    void laterRowOverridesFieldsAndKeepsAliases() {
        List<Layered.Entry> out = Layered.merge(List.of(
                Map.of("canonical", "Ann Lee", "aliases", "A. Lee;Annie Lee", "side", "US", "role", "envoy"),
                Map.of("canonical", "ann lee", "aliases", "Ann B. Lee", "side", "other", "role", "")), "t.csv");
        assertEquals(1, out.size());
        Layered.Entry e = out.get(0);
        assertEquals("ann lee", e.canonical());
        assertEquals("other", e.row().get("side"));
        assertEquals("envoy", e.row().get("role"), "blank fields do not erase");
        assertEquals(List.of("A. Lee", "Annie Lee", "ann lee", "Ann B. Lee"), e.names());
    }

    @Test
    void aliasMovesToTheLaterRow() {
        List<Layered.Entry> out = Layered.merge(List.of(
                Map.of("canonical", "Ann Lee", "aliases", "A. Lee", "side", "US"),
                Map.of("canonical", "Amy Lee", "aliases", "A Lee", "side", "other")), "t.csv");
        assertEquals(List.of("Ann Lee"), out.get(0).names());
        assertEquals(List.of("Amy Lee", "A Lee"), out.get(1).names());
    }

    @Test
    void badRowsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Layered.merge(List.of(Map.of("canonical", "  ", "side", "US")), "t.csv"));
        assertEquals(true, e.getMessage().startsWith("t.csv: entry 1 has no canonical name"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Layered.merge(List.of(Map.of("canonical", "X", "aliases", "--"), Map.of()), "t.csv"));
        assertEquals(true, e.getMessage().contains("'--'"), e.getMessage());
    }

    @Test
    void sidesAreSpelledOneWay() {
        assertEquals("US", Layered.side("u.s.", "f", "x"));
        assertEquals("China", Layered.side(" CHINA ", "f", "x"));
        assertEquals("other", Layered.side("Other", "f", "x"));
        assertEquals("EU", Layered.side("EU", "f", "x"), "a registry may add sides");
        assertThrows(IllegalArgumentException.class, () -> Layered.side(" ", "f", "x"));
    }
}
