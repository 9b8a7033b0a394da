package dev.stancekit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QuoteColumnsTest {

    private static Quote awkward() {
        return new Quote("a;b.txt#2", "a;b.txt", null, QuoteKind.INDIRECT, "=1+1 \"and\"\nmore; \\ back",
                "said", "the Secretary",
                new Speaker("Dana Holt", SpeakerType.PERSON, "US", "Secretary of State", true, "registry"),
                List.of("taiwan", "trade;tariffs", "a\\b"), new Tone(-0.42371, ToneLabel.CONFRONTATIONAL,
                List.of("must stop", "")), 0, 17);
    }

    @Test
    void cellsGiveEveryFieldBack() {
        Quote q = awkward();
        Map<String, String> row = byName(QuoteColumns.cells(q));
        assertEquals("", row.get("date"));
        assertEquals("Secretary of State", row.get("speaker_role"));
        assertEquals("yes", row.get("speaker_in_registry"));
        assertEquals("-0.424", row.get("tone"));
        assertEquals("taiwan;trade\\;tariffs;a\\\\b", row.get("themes"));
        assertEquals(q, QuoteColumns.fromCells(row::get));
    }

    @Test
    void typedValuesGiveEveryFieldBack() {
        Quote q = new Quote("x#1", "x", LocalDate.of(2024, 2, 29),
                QuoteKind.DIRECT, "We agree.", "", "", Speaker.NONE, List.of(), Tone.NEUTRAL, 3, 12);
        List<Object> values = QuoteColumns.values(q);
        assertEquals(QuoteColumns.COLUMNS.size(), values.size());
        Map<String, Object> row = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            row.put(QuoteColumns.NAMES.get(i), values.get(i));
        }
        assertEquals(Boolean.FALSE, row.get("speaker_in_registry"));
        assertEquals(q, QuoteColumns.fromValues(row::get));
        assertEquals(awkward(), QuoteColumns.fromValues(valuesOf(awkward())::get));
    }

    @Test
    void randomQuotesSurviveBothForms() {
        Random rnd = new Random(12);
        String alphabet = "ab;\\\n\"'=+-@ ,\t";
        for (int n = 0; n < 300; n++) {
            StringBuilder t = new StringBuilder("x");
            for (int i = rnd.nextInt(12); i > 0; i--) {
                t.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            Quote q = new Quote("r#" + n, "r", rnd.nextBoolean() ? null : LocalDate.of(2020, 1, 1).plusDays(n),
                    QuoteKind.values()[n % 3], t.toString(), "said", t.substring(1),
                    new Speaker(t.toString(), SpeakerType.values()[n % 4], "side" + n % 5, t.toString(),
                            rnd.nextBoolean(), t.toString()),
                    List.of(t.toString(), "y" + t), new Tone(rnd.nextDouble() * 2 - 1, ToneLabel.values()[n % 3],
                    List.of(t.toString())), n, n + t.length());
            assertEquals(q, QuoteColumns.fromCells(byName(QuoteColumns.cells(q))::get), q.text());
            assertEquals(q, QuoteColumns.fromValues(valuesOf(q)::get), q.text());
        }
    }

    @Test
    void aQuoteKeepsItsToneToThreeDecimalsAndNoEmptyItems() {
        Quote q = awkward();
        assertEquals(-0.424, q.tone().score());
        assertEquals(List.of("must stop"), q.tone().cues());
        assertEquals(3, q.themes().size());
    }

    @Test
    void badCellsNameTheColumn() {
        Map<String, String> row = byName(QuoteColumns.cells(awkward()));
        row.put("speaker_in_registry", "maybe");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QuoteColumns.fromCells(row::get));
        assertTrue(e.getMessage().contains("speaker_in_registry"), e.getMessage());
        row.remove("speaker_in_registry");
        e = assertThrows(IllegalArgumentException.class, () -> QuoteColumns.fromCells(row::get));
        assertTrue(e.getMessage().contains("speaker_in_registry"), e.getMessage());
    }

    private static Map<String, String> byName(List<String> cells) {
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            row.put(QuoteColumns.NAMES.get(i), cells.get(i));
        }
        return row;
    }

    private static Map<String, Object> valuesOf(Quote q) {
        List<Object> values = QuoteColumns.values(q);
        Map<String, Object> row = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            row.put(QuoteColumns.NAMES.get(i), values.get(i));
        }
        return row;
    }
}
