package dev.stancekit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.Quote;
import dev.stancekit.model.Article;
import dev.stancekit.model.IngestResult;
import dev.stancekit.model.QuoteKind;
import dev.stancekit.model.Speaker;
import dev.stancekit.model.SpeakerType;
import dev.stancekit.model.Tone;
import dev.stancekit.model.ToneLabel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesAllFiles() throws IOException {
        List<IngestResult> inputs = Fixtures.inputs();
        List<Quote> quotes = Fixtures.quotes(inputs);
        Path out = dir.resolve(System.getProperty("stancekit.keep", "out"));
        ReportWriter.builder().period(ReportPeriod.MONTH).excel(false).charts(true).html(true).build()
                .write(out, inputs, quotes);
        for (String f : List.of("articles.csv", "quotes.csv", "summary.csv", "theme_tone.csv", "framing.csv", "speakers.csv",
                "tone_by_theme.png", "tone_by_theme.svg", "quotes_per_speaker.png", "tone_over_time_trade.png",
                "framing_trade.png", "framing_trade.svg", "report.html")) {
            assertTrue(Files.size(out.resolve(f)) > 100, f);
        }
        assertEquals(quotes.size(), QuotesCsv.read(out.resolve("quotes.csv")).size());
        assertTrue(Files.readString(out.resolve("tone_by_theme.svg")).contains("<svg"));
        byte[] png = Files.readAllBytes(out.resolve("tone_by_theme.png"));
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
    }

    @Test
    void optionsSwitchFilesOffAndBomOn() throws IOException {
        List<IngestResult> inputs = Fixtures.inputs();
        ReportWriter.builder().period(ReportPeriod.WEEK).excel(true).charts(false).html(false).build()
                .write(dir, inputs, Fixtures.quotes(inputs));
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(List.of("articles.csv", "copies.csv", "framing.csv", "quotes.csv", "speakers.csv", "summary.csv",
                    "theme_tone.csv", "volume_by_outlet.csv", "volume_by_period.csv", "volume_by_side_theme.csv"), names);
        }
        for (String f : List.of("articles.csv", "quotes.csv", "summary.csv", "theme_tone.csv", "framing.csv", "speakers.csv",
                "volume_by_period.csv", "copies.csv")) {
            assertEquals('\uFEFF', Files.readString(dir.resolve(f)).charAt(0), f);
        }
        assertTrue(Csv.read(dir.resolve("summary.csv")).rows.stream().anyMatch(r -> r.get("period").equals("2024-W01")));
    }

    /** Provenance: outlet, URL and headline of each quote's article go through to the tables. */
    @Test
    void provenanceReachesQuotesAndArticles() throws IOException {
        List<IngestResult> inputs = Fixtures.inputs();
        List<Quote> quotes = Fixtures.quotes(inputs);
        ReportWriter.builder().charts(false).html(false).build().write(dir, inputs, quotes);
        Map<String, String> q = Csv.read(dir.resolve("quotes.csv")).rows.get(0);
        Article a = inputs.get(0).article();
        assertEquals(a.id(), q.get("article"));
        assertEquals("Example Times", q.get("outlet"));
        assertEquals("https://news.example.org/story-0", q.get("url"));
        assertEquals("Story number 0", q.get("title"));
        assertEquals(a.id(), q.get("wire_cluster"));
        assertEquals("1", q.get("outlets"));
        Map<String, String> row = Csv.read(dir.resolve("articles.csv")).rows.get(0);
        assertEquals("https://news.example.org/story-0", row.get("url"));
        assertEquals("Example Times", row.get("source"));
        assertEquals(quotes.size(), QuotesCsv.read(dir.resolve("quotes.csv")).size(), "the cache reader ignores the extra columns");
    }

    @Test
    void noQuotesWritesHeadersAndNoCharts() throws IOException {
        List<IngestResult> inputs = List.of(IngestResult.error("x.txt", "x.txt", "unreadable"));
        ReportWriter.builder().build().write(dir, inputs, List.of());
        assertEquals(1, Csv.read(dir.resolve("articles.csv")).rows.size());
        assertTrue(Csv.read(dir.resolve("summary.csv")).rows.isEmpty());
        try (Stream<Path> files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.toString().endsWith(".png")));
        }
        assertTrue(Files.readString(dir.resolve("report.html")).contains("No charts"));
    }

    @Test
    void nullElementsAreNamed() {
        List<Quote> qs = new ArrayList<>(Fixtures.quotes(Fixtures.inputs()).subList(0, 2));
        qs.add(null);
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ReportWriter.builder().build().write(dir, Fixtures.inputs(), qs));
        assertEquals("quotes[2] is null", e.getMessage());
    }

    /** Random unicode everywhere: never throws, every cell is safe, quotes.csv round-trips. */
    @Test
    void hammerWithRandomInput() throws IOException {
        Random r = new Random(2024);
        for (int round = 0; round < 12; round++) {
            List<IngestResult> inputs = new ArrayList<>();
            List<Quote> quotes = new ArrayList<>();
            int articles = 1 + r.nextInt(6);
            for (int i = 0; i < articles; i++) {
                LocalDate d = r.nextInt(4) == 0 ? null : LocalDate.of(2020, 1, 1).plusDays(r.nextInt(2000));
                Article a = Article.builder().id(rnd(r, 12) + i).title(rnd(r, 30)).date(d).source(rnd(r, 8))
                        .text(rnd(r, 200)).build();
                inputs.add(r.nextInt(5) == 0 ? IngestResult.skipped(a.id(), null, rnd(r, 20)) : IngestResult.ok(a));
                for (int k = r.nextInt(8); k > 0; k--) {
                    String side = List.of("US", "China", "other", "unknown", rnd(r, 5)).get(r.nextInt(5));
                    Speaker s = Speaker.builder().canonical(rnd(r, 15)).type(SpeakerType.values()[r.nextInt(4)])
                            .side(side).role(rnd(r, 5)).inRegistry(r.nextBoolean()).evidence(rnd(r, 20)).build();
                    List<String> themes = new ArrayList<>();
                    for (int t = r.nextInt(3); t > 0; t--) {
                        themes.add(rnd(r, 6) + "x");
                    }
                    double tone = Math.round((r.nextDouble() * 2 - 1) * 1000) / 1000.0;
                    quotes.add(Quote.builder().id(a.id() + "#" + k).article(a.id()).date(d)
                            .kind(QuoteKind.values()[r.nextInt(3)]).text(rnd(r, 80)).cue(rnd(r, 6))
                            .speakerMention(rnd(r, 10)).speaker(s).themes(themes)
                            .tone(new Tone(tone, ToneLabel.values()[r.nextInt(3)], List.of(rnd(r, 8) + "c")))
                            .span(k, k + 5).build());
                }
            }
            Path out = dir.resolve("r" + round);
            boolean heavy = round < 3;
            ReportWriter.builder().period(ReportPeriod.values()[round % 4]).excel(r.nextBoolean())
                    .charts(heavy).html(heavy).build().write(out, inputs, quotes);
            List<Quote> back = QuotesCsv.read(out.resolve("quotes.csv"));
            assertEquals(quotes.size(), back.size());
            for (int i = 0; i < quotes.size(); i++) {
                Quote a = quotes.get(i);
                Quote b = back.get(i);
                assertEquals(a.id(), b.id());
                assertEquals(a.text(), b.text());
                assertEquals(a.cue(), b.cue());
                assertEquals(a.speakerMention(), b.speakerMention());
                assertEquals(a.speaker().canonical(), b.speaker().canonical());
                assertEquals(a.side(), b.side());
                assertEquals(a.themes(), b.themes());
                assertEquals(a.tone().score(), b.tone().score(), 1e-9);
                assertEquals(a.tone().cues(), b.tone().cues());
                assertEquals(a.date(), b.date());
            }
            for (String f : List.of("articles.csv", "quotes.csv", "summary.csv", "theme_tone.csv", "framing.csv")) {
                for (Map<String, String> row : Csv.read(out.resolve(f)).rows) {
                    for (String cell : row.values()) {
                        boolean risky = !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
                        assertFalse(risky && !Cells.isPlainNumber(cell), f + ": unsafe cell " + cell);
                    }
                }
            }
        }
    }

    private static String rnd(Random r, int max) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(max + 1);
        String special = "=+-@\t\r\n\"',;\\ <>&#'";
        for (int i = 0; i < n; i++) {
            switch (r.nextInt(5)) {
                case 0 -> b.append(special.charAt(r.nextInt(special.length())));
                case 1 -> b.appendCodePoint(0x1F600 + r.nextInt(80));
                case 2 -> b.append((char) (0x4E00 + r.nextInt(2000)));
                case 3 -> b.append((char) ('a' + r.nextInt(26)));
                default -> b.appendCodePoint(r.nextInt(0x2FFF));
            }
        }
        return b.toString();
    }
}
