package dev.stancekit.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.Quote;
import dev.stancekit.model.Article;
import dev.stancekit.model.IngestResult;
import dev.stancekit.report.QuotesCsv;
import dev.stancekit.report.ReportPeriod;
import dev.stancekit.report.ReportWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the report does with briefing quotes: questions out of the tone tables, podiums.csv, reply links kept. */
class BriefingReportTest {

    private static List<IngestResult> inputs() {
        return List.of("cn1", "cn2", "us1", "us2").stream()
                .map(id -> IngestResult.ok(Article.of(id, "text of " + id))).toList();
    }

    private static void write(Path out, boolean questions) throws IOException {
        ReportWriter.builder().period(ReportPeriod.WEEK).charts(false).html(false).questionsInTone(questions).build()
                .write(out, inputs(), PodiumContrastTest.WEEK);
    }

    @Test
    void questionsStayInQuotesCsvButNotInTheToneTables(@TempDir Path dir) throws IOException {
        write(dir, false);
        List<Quote> back = QuotesCsv.read(dir.resolve("quotes.csv"));
        assertEquals(PodiumContrastTest.WEEK.size(), back.size());
        assertEquals("cn1#1", back.get(1).inReplyTo(), "the reply link survives the round trip");
        String speakers = Files.readString(dir.resolve("speakers.csv"));
        assertFalse(speakers.contains("Kyodo News"), speakers);
        assertFalse(Files.readString(dir.resolve("theme_tone.csv")).contains("cn1#1"));
        assertTrue(Files.readString(dir.resolve("podiums.csv")).startsWith(String.join(",", PodiumContrast.HEADER)));
    }

    @Test
    void theHtmlReportShowsThePodiums(@TempDir Path dir) throws IOException {
        ReportWriter.builder().period(ReportPeriod.WEEK).charts(false).html(true).build()
                .write(dir, inputs(), PodiumContrastTest.WEEK);
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.contains("Podiums"), "section present");
        assertTrue(html.contains("We firmly oppose the sale."), "the most pointed Chinese statement on Taiwan");
        assertFalse(html.contains("What about the arms sale?"), "questions are not shown as quotes");
    }

    @Test
    void anOptionCountsThem(@TempDir Path dir) throws IOException {
        write(dir, true);
        assertTrue(Files.readString(dir.resolve("speakers.csv")).contains("Kyodo News"));
    }

    @Test
    void noBriefingNoPodiumTable(@TempDir Path dir) throws IOException {
        ReportWriter.builder().charts(false).html(false).build().write(dir, inputs(),
                PodiumContrastTest.WEEK.stream().filter(q -> q.kind() == dev.stancekit.model.QuoteKind.INDIRECT).toList());
        assertFalse(Files.exists(dir.resolve("podiums.csv")));
    }
}
