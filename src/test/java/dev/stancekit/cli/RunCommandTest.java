package dev.stancekit.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: the CLI on the bundled sample corpus. */
class RunCommandTest {

    static final List<String> QUOTE_COLUMNS = List.of("quote_id", "article", "date", "kind", "text", "cue",
            "speaker", "speaker_mention", "speaker_type", "side", "themes", "tone", "tone_label", "tone_cues",
            "start", "end");

    @TempDir
    Path out;

    @Test
    void runsOnTheSampleCorpusAndWritesEveryReport() throws IOException {
        Path corpus = Path.of("resources", "sample-corpus");
        int code = Main.execute("run", corpus.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, code);
        for (String f : List.of("articles.csv", "quotes.csv", "summary.csv", "theme_tone.csv", "framing.csv",
                "speakers.csv", "podiums.csv", "tone_by_theme.png", "tone_by_theme.svg", "quotes_per_speaker.png", "report.html")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        List<CSVRecord> articles = read(out.resolve("articles.csv"));
        long inputs;
        try (var s = Files.list(corpus)) {
            inputs = s.filter(Files::isRegularFile).count();
        }
        assertEquals(inputs, articles.size(), "one row per input");
        assertTrue(articles.stream().allMatch(r -> r.get("status").equals("ok")));

        List<CSVRecord> quotes = read(out.resolve("quotes.csv"));
        assertEquals(QUOTE_COLUMNS, header(out.resolve("quotes.csv")).subList(0, QUOTE_COLUMNS.size()));
        assertTrue(quotes.size() >= 50, "quotes found: " + quotes.size());
        Set<String> kinds = quotes.stream().map(r -> r.get("kind")).collect(Collectors.toSet());
        assertEquals(Set.of("direct", "partial", "indirect", "statement", "question"), kinds,
                "statements and questions come from the briefing transcripts t01-t07");
        Set<String> sides = quotes.stream().map(r -> r.get("side")).collect(Collectors.toSet());
        assertTrue(sides.containsAll(Set.of("US", "China")), sides.toString());
        for (CSVRecord q : quotes) {
            double tone = Double.parseDouble(q.get("tone"));
            assertTrue(tone >= -1 && tone <= 1);
            assertTrue(Set.of("conciliatory", "neutral", "confrontational").contains(q.get("tone_label")));
            assertFalse(q.get("text").isBlank());
            int start = Integer.parseInt(q.get("start"));
            int end = Integer.parseInt(q.get("end"));
            assertTrue(start >= 0 && end > start, q.toString());
        }
        assertTrue(quotes.stream().filter(r -> !r.get("themes").isEmpty()).count() > quotes.size() / 2);
        assertTrue(quotes.stream().filter(r -> !r.get("speaker").isEmpty()).count() > quotes.size() * 9 / 10);

        assertEquals(0, Main.execute("run", corpus.toString(), "--out", out.toString(), "--quiet", "--no-charts"));
        try (var s = Files.list(out)) {
            assertTrue(s.noneMatch(f -> f.toString().endsWith(".png") || f.toString().endsWith(".svg")),
                    "charts of the earlier run are removed when this run draws none");
        }
        assertEquals(quotes.size(), read(out.resolve("quotes.csv")).size(), "second run reuses the same analysis");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, Main.execute("run", "--no-such-option"));
        assertEquals(2, Main.execute("frobnicate"));
        assertEquals(0, Main.execute("--version"));
    }

    static List<String> header(Path csv) throws IOException {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.parse(r, CSVFormat.DEFAULT.builder().setHeader().get())) {
            return p.getHeaderNames();
        }
    }

    static List<CSVRecord> read(Path csv) throws IOException {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.parse(r, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return p.getRecords();
        }
    }
}
