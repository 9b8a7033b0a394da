package dev.stancekit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stancekit.model.Quote;
import dev.stancekit.model.QuoteKind;
import dev.stancekit.model.Speaker;
import dev.stancekit.model.SpeakerType;
import dev.stancekit.model.Tone;
import dev.stancekit.model.ToneLabel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.junit.jupiter.api.Test;

class QuoteRowsTest {

    @Test
    void rowHasTheCsvColumnsFirstAndGivesBackTheSameQuote() {
        Quote q = Quote.builder().id("a.txt#2").article("a.txt").date(LocalDate.of(2025, 2, 28))
                .kind(QuoteKind.PARTIAL).text("a fair deal").cue("called").speakerMention("the envoy")
                .speaker(Speaker.builder().canonical("Jo Park").type(SpeakerType.PERSON).side("US").role("envoy")
                        .inRegistry(true).evidence("registry").build())
                .themes(List.of("trade", "diplomacy")).tone(new Tone(0.125, ToneLabel.CONCILIATORY, List.of("fair")))
                .span(40, 51).build();
        Row r = QuoteRows.toRow(q);
        assertEquals(QuoteRows.SCHEMA.size(), r.size());
        assertEquals(QuoteRows.CSV_COLUMNS, List.of(QuoteRows.SCHEMA.fieldNames()).subList(0, QuoteRows.CSV_COLUMNS.size()));
        assertEquals("partial", r.get(QuoteRows.SCHEMA.fieldIndex("kind")));
        assertEquals("US", r.get(QuoteRows.SCHEMA.fieldIndex("side")));
        assertEquals(q, QuoteRows.toQuote(r));
    }

    @Test
    void undatedQuoteWithoutSpeakerRoundTrips() {
        Quote q = Quote.builder().id("x#1").article("x").kind(QuoteKind.INDIRECT).text("t").themes(List.of())
                .span(0, 1).build();
        assertEquals(q, QuoteRows.toQuote(QuoteRows.toRow(q)));
    }

    @Test
    void listAcceptsScalaSequencesArraysAndListsButNothingElse() {
        Row r = new GenericRowWithSchema(new Object[] {scala.jdk.javaapi.CollectionConverters.asScala(List.of("a", "b")).toSeq()},
                new org.apache.spark.sql.types.StructType().add("xs", "array<string>"));
        assertEquals(List.of("a", "b"), QuoteRows.list(r, "xs"));
        Row bad = new GenericRowWithSchema(new Object[] {"ab"},
                new org.apache.spark.sql.types.StructType().add("xs", "string"));
        assertThrows(IllegalArgumentException.class, () -> QuoteRows.list(bad, "xs"));
    }

    @Test
    void randomQuotesRoundTrip() {
        Random rnd = new Random(7);
        for (int i = 0; i < 500; i++) {
            int start = rnd.nextInt(1000);
            List<String> themes = new ArrayList<>();
            for (int k = rnd.nextInt(4); k > 0; k--) {
                themes.add(randomText(rnd));
            }
            double score = rnd.nextDouble() * 2 - 1;
            Quote q = Quote.builder().id(randomText(rnd) + "#" + i).article(randomText(rnd))
                    .date(rnd.nextBoolean() ? null : LocalDate.ofEpochDay(rnd.nextInt(40000)))
                    .kind(QuoteKind.values()[rnd.nextInt(3)]).text(randomText(rnd)).cue(randomText(rnd))
                    .speakerMention(randomText(rnd))
                    .speaker(Speaker.builder().canonical(randomText(rnd)).type(SpeakerType.values()[rnd.nextInt(4)])
                            .side(randomText(rnd)).role(randomText(rnd)).inRegistry(rnd.nextBoolean())
                            .evidence(randomText(rnd)).build())
                    .themes(themes).tone(new Tone(score, ToneLabel.values()[rnd.nextInt(3)], themes))
                    .span(start, start + rnd.nextInt(300)).build();
            assertEquals(q, QuoteRows.toQuote(QuoteRows.toRow(q)));
        }
    }

    static String randomText(Random rnd) {
        StringBuilder b = new StringBuilder();
        for (int n = rnd.nextInt(12); n > 0; n--) {
            int cp = rnd.nextInt(10) < 7 ? 32 + rnd.nextInt(95) : rnd.nextInt(0x2FFFF);
            if (Character.isValidCodePoint(cp) && !Character.isSurrogate((char) cp)) {
                b.appendCodePoint(cp);
            }
        }
        return b.toString();
    }
}
