package dev.stancekit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.Quote;
import dev.stancekit.ingest.IngestResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        for (String f : List.of("articles.csv", "quotes.csv", "summary.csv", "theme_tone.csv",
                "tone_by_theme.png", "tone_by_theme.svg")) {
            assertTrue(Files.size(out.resolve(f)) > 100, f);
        }
        assertEquals(quotes.size(), QuotesCsv.read(out.resolve("quotes.csv")).size());
        String svg = Files.readString(out.resolve("tone_by_theme.svg"));
        assertTrue(svg.contains("<svg"));
    }
}
