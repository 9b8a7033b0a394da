package dev.stancekit.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.Quote;
import dev.stancekit.model.QuoteKind;
import dev.stancekit.model.Speaker;
import dev.stancekit.model.SpeakerType;
import dev.stancekit.model.Tone;
import dev.stancekit.model.ToneLabel;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeakerTableTest {

    static final Speaker AUSTIN = Speaker.builder().canonical("Lloyd Austin").type(SpeakerType.PERSON).side("US")
            .role("Secretary of Defense").inRegistry(true).evidence("registry").build();
    static final Speaker ZHAO = Speaker.builder().canonical("Zhao Minghui").type(SpeakerType.PERSON).side("China")
            .role("Lt. Gen.").evidence("nationality word \"Chinese\" in mention").build();
    static final Speaker CN_SPOX = Speaker.builder().canonical("Chinese spokesman").type(SpeakerType.ANONYMOUS)
            .side("China").evidence("nationality word \"Chinese\" in mention").build();
    static final Speaker THINK_TANK = Speaker.builder().canonical("Harbor Institute").type(SpeakerType.ORGANIZATION)
            .side("unknown").build();

    static Quote quote(String article, int n, Speaker s, double tone) {
        ToneLabel label = tone > 0.1 ? ToneLabel.CONCILIATORY : tone < -0.1 ? ToneLabel.CONFRONTATIONAL : ToneLabel.NEUTRAL;
        return Quote.builder().id(article + "#" + n).article(article).kind(QuoteKind.DIRECT).text("words " + n)
                .cue("said").speakerMention("").speaker(s).themes(List.of()).tone(new Tone(tone, label, List.of()))
                .span(0, 1).build();
    }

    static List<Quote> sample() {
        return List.of(quote("a1", 1, AUSTIN, 0.5), quote("a1", 2, AUSTIN, -0.1), quote("a2", 1, AUSTIN, 0.2),
                quote("a2", 2, ZHAO, -0.6), quote("a3", 1, ZHAO, -0.2), quote("a3", 2, CN_SPOX, 0),
                quote("a3", 3, Speaker.NONE, 0), quote("a3", 4, THINK_TANK, 0.3));
    }

    @Test
    void groupsAndCounts() {
        List<SpeakerTable.Row> rows = SpeakerTable.of(sample()).rows();
        assertEquals(5, rows.size());
        SpeakerTable.Row austin = rows.get(0);
        assertEquals("Lloyd Austin", austin.speaker());
        assertEquals(3, austin.quotes());
        assertEquals(2, austin.articles());
        assertEquals(0.2, austin.meanTone(), 1e-9);
        assertTrue(austin.inRegistry());
        assertEquals("registry", austin.evidence());
        SpeakerTable.Row zhao = rows.get(1);
        assertEquals("Zhao Minghui", zhao.speaker());
        assertEquals(-0.4, zhao.meanTone(), 1e-9);
        assertFalse(zhao.inRegistry());
        assertTrue(rows.stream().anyMatch(r -> r.speaker().equals(SpeakerTable.NO_SPEAKER) && r.quotes() == 1));
    }

    @Test
    void sameNameDifferentCaseIsOneRowButDifferentSidesAreTwo() {
        Speaker lower = Speaker.builder().canonical("lloyd austin").type(SpeakerType.PERSON).side("US").inRegistry(true)
                .evidence("registry").build();
        Speaker src1 = Speaker.builder().canonical("unnamed source").type(SpeakerType.ANONYMOUS).side("unknown")
                .build();
        Speaker src2 = Speaker.builder().canonical("unnamed source").type(SpeakerType.ANONYMOUS).side("US")
                .evidence("apposition: \"a US aide\"").build();
        List<SpeakerTable.Row> rows = SpeakerTable.of(List.of(quote("a", 1, AUSTIN, 0), quote("b", 1, lower, 0),
                quote("c", 1, src1, 0), quote("d", 1, src2, 0))).rows();
        assertEquals(3, rows.size());
        assertEquals(2, rows.get(0).quotes());
    }

    @Test
    void missingFromRegistryListsNamedSpeakersOnly() {
        List<SpeakerTable.Row> missing = SpeakerTable.of(sample()).missingFromRegistry(10);
        assertEquals(List.of("Zhao Minghui", "Harbor Institute"), missing.stream().map(SpeakerTable.Row::speaker).toList());
        assertEquals(1, SpeakerTable.of(sample()).missingFromRegistry(1).size());
        assertThrows(IllegalArgumentException.class, () -> SpeakerTable.of(sample()).missingFromRegistry(-1));
    }

    @Test
    void unresolvedListsSpeakersWhoseSideStayedUnknown() {
        Speaker vague = Speaker.builder().canonical("officials").type(SpeakerType.ANONYMOUS).side("unknown").build();
        Speaker named = Speaker.builder().canonical("Ira Volk").type(SpeakerType.PERSON).side("unknown").build();
        List<Quote> qs = new java.util.ArrayList<>(sample());
        qs.add(quote("b1", 1, named, 0));
        qs.add(quote("b1", 2, vague, 0));
        qs.add(quote("b2", 1, vague, 0));
        List<SpeakerTable.Row> u = SpeakerTable.of(qs).unresolved(10);
        assertEquals(List.of("officials", "Harbor Institute", "Ira Volk"), u.stream().map(SpeakerTable.Row::speaker).toList());
        assertEquals(1, SpeakerTable.of(qs).unresolved(1).size());
        assertThrows(IllegalArgumentException.class, () -> SpeakerTable.of(qs).unresolved(-1));
    }

    @Test
    void writesParseableCsv(@TempDir Path dir) throws IOException {
        SpeakerTable t = SpeakerTable.of(sample());
        Path f = dir.resolve("out/speakers.csv");
        t.writeCsv(f);
        String csv = Files.readString(f, StandardCharsets.UTF_8);
        List<CSVRecord> recs = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertEquals(t.rows().size(), recs.size());
        assertEquals(List.of(SpeakerTable.HEADER), recs.get(0).getParser().getHeaderNames());
        CSVRecord zhao = recs.get(1);
        assertEquals("Zhao Minghui", zhao.get("speaker"));
        assertEquals("-0.400", zhao.get("mean_tone"));
        assertEquals("no", zhao.get("in_registry"));
        assertEquals("nationality word \"Chinese\" in mention", zhao.get("side_evidence"));
        assertEquals("person", zhao.get("type"));
    }

    @Test
    void randomQuotesKeepTotals() {
        Random rnd = new Random(7);
        Speaker[] speakers = {AUSTIN, ZHAO, CN_SPOX, THINK_TANK, Speaker.NONE};
        List<Quote> qs = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            qs.add(quote("a" + rnd.nextInt(20), i, speakers[rnd.nextInt(speakers.length)], rnd.nextDouble() * 2 - 1));
        }
        List<SpeakerTable.Row> rows = SpeakerTable.of(qs).rows();
        assertEquals(500, rows.stream().mapToInt(SpeakerTable.Row::quotes).sum());
        for (int i = 0; i < rows.size(); i++) {
            SpeakerTable.Row r = rows.get(i);
            assertTrue(r.meanTone() >= -1 && r.meanTone() <= 1);
            assertTrue(r.articles() >= 1 && r.articles() <= Math.min(20, r.quotes()));
            assertTrue(i == 0 || rows.get(i - 1).quotes() >= r.quotes());
        }
        assertThrows(NullPointerException.class, () -> SpeakerTable.of(java.util.Arrays.asList(qs.get(0), null)));
    }
}
