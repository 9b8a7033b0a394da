package dev.stancekit.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.Quote;
import dev.stancekit.model.Article;
import dev.stancekit.model.Speaker;
import dev.stancekit.model.SpeakerType;
import dev.stancekit.model.Tone;
import dev.stancekit.model.ToneLabel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuotesCsvTest {

    @TempDir
    Path dir;

    @Test
    void columnsAndValues() throws IOException {
        Article a = Fixtures.article(1, LocalDate.of(2024, 7, 17));
        Quote q = Quote.builder().id("a1.txt#3").article("a1.txt").date(a.date())
                .kind(dev.stancekit.model.QuoteKind.PARTIAL).text("=cmd|' /C calc'!A0").cue("warned")
                .speakerMention("the minister")
                .speaker(Speaker.builder().canonical("Li Wenbo").type(SpeakerType.PERSON).side("China").role("Minister")
                        .inRegistry(true).evidence("registry").build())
                .themes(List.of("trade", "tariffs"))
                .tone(new Tone(-0.4237, ToneLabel.CONFRONTATIONAL, List.of("must stop", "bully"))).span(120, 139)
                .build();
        Path f = dir.resolve("quotes.csv");
        QuotesCsv.write(f, List.of(q), false);
        Csv csv = Csv.read(f);
        assertEquals(QuotesCsv.HEADER, csv.header);
        assertEquals(List.of("quote_id", "article", "date", "kind", "text", "cue", "speaker", "speaker_mention",
                "speaker_type", "side", "themes", "tone", "tone_label", "tone_cues", "start", "end", "side_evidence",
                "speaker_role", "speaker_in_registry", "in_reply_to"), csv.header);
        Map<String, String> r = csv.rows.get(0);
        assertEquals("a1.txt#3", r.get("quote_id"));
        assertEquals("2024-07-17", r.get("date"));
        assertEquals("partial", r.get("kind"));
        assertEquals("'=cmd|' /C calc'!A0", r.get("text"));
        assertEquals("Li Wenbo", r.get("speaker"));
        assertEquals("the minister", r.get("speaker_mention"));
        assertEquals("person", r.get("speaker_type"));
        assertEquals("China", r.get("side"));
        assertEquals("trade;tariffs", r.get("themes"));
        assertEquals("-0.424", r.get("tone"));
        assertEquals("confrontational", r.get("tone_label"));
        assertEquals("must stop;bully", r.get("tone_cues"));
        assertEquals("120", r.get("start"));
        assertEquals("139", r.get("end"));
        assertEquals("registry", r.get("side_evidence"));
        assertEquals("Minister", r.get("speaker_role"));
        assertEquals("yes", r.get("speaker_in_registry"));
    }

    @Test
    void roundTripGivesEveryQuoteBackWithEveryField() throws IOException {
        List<Quote> qs = Fixtures.quotes(Fixtures.inputs());
        Path f = dir.resolve("q.csv");
        QuotesCsv.write(f, qs, false);
        List<Quote> back = QuotesCsv.read(f);
        assertEquals(qs, back);
        assertTrue(qs.stream().anyMatch(q -> q.speaker().inRegistry() && !q.speaker().role().isEmpty()),
                "the fixture has registered speakers with a role");
        Path g = dir.resolve("q2.csv");
        QuotesCsv.write(g, back, false);
        assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(g));
        assertEquals(back, QuotesCsv.read(g));
    }

    @Test
    void byteOrderMarkOnlyForExcel() throws IOException {
        List<Quote> qs = Fixtures.quotes(Fixtures.inputs()).subList(0, 3);
        Path plain = dir.resolve("plain.csv");
        Path excel = dir.resolve("excel.csv");
        QuotesCsv.write(plain, qs, false);
        QuotesCsv.write(excel, qs, true);
        byte[] p = Files.readAllBytes(plain);
        byte[] e = Files.readAllBytes(excel);
        assertEquals('q', p[0]);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(e, 3));
        assertEquals(QuotesCsv.read(plain), QuotesCsv.read(excel));
    }

    @Test
    void badFilesGiveClearErrors() throws IOException {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, "quote_id,article\nx,y\n", StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> QuotesCsv.read(f));
        assertTrue(e.getMessage().contains("missing column 'date'"), e.getMessage());

        QuotesCsv.write(f, Fixtures.quotes(Fixtures.inputs()).subList(0, 1), false);
        String s = Files.readString(f).replace(",said,", ",said,").replaceFirst("2024-01-03", "2024-13-40");
        Files.writeString(f, s);
        e = assertThrows(IOException.class, () -> QuotesCsv.read(f));
        assertTrue(e.getMessage().contains("bad date '2024-13-40'"), e.getMessage());
        assertTrue(e.getMessage().contains("line"), e.getMessage());
    }
}
