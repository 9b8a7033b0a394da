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
        return Quote.builder().id("a;b.txt#2").article("a;b.txt").kind(QuoteKind.INDIRECT)
                .text("=1+1 \"and\"\nmore; \\ back").cue("said").speakerMention("the Secretary")
                .speaker(Speaker.builder().canonical("Dana Holt").type(SpeakerType.PERSON).side("US")
                        .role("Secretary of State").inRegistry(true).evidence("registry").build())
                .themes(List.of("taiwan", "trade;tariffs", "a\\b"))
                .tone(new Tone(-0.42371, ToneLabel.CONFRONTATIONAL, List.of("must stop", ""))).span(0, 17).build();
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
        Quote q = Quote.builder().id("x#1").article("x").date(LocalDate.of(2024, 2, 29)).kind(QuoteKind.DIRECT)
                .text("We agree.").cue("").speakerMention("").speaker(Speaker.NONE).themes(List.of())
                .tone(Tone.NEUTRAL).span(3, 12).build();
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
            Quote q = Quote.builder().id("r#" + n).article("r")
                    .date(rnd.nextBoolean() ? null : LocalDate.of(2020, 1, 1).plusDays(n))
                    .kind(QuoteKind.values()[n % 3]).text(t.toString()).cue("said").speakerMention(t.substring(1))
                    .speaker(Speaker.builder().canonical(t.toString()).type(SpeakerType.values()[n % 4])
                            .side("side" + n % 5).role(t.toString()).inRegistry(rnd.nextBoolean())
                            .evidence(t.toString()).build())
                    .themes(List.of(t.toString(), "y" + t))
                    .tone(new Tone(rnd.nextDouble() * 2 - 1, ToneLabel.values()[n % 3], List.of(t.toString())))
                    .span(n, n + t.length()).build();
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
