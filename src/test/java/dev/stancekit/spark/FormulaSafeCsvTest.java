package dev.stancekit.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.csv.SafeCsv;
import dev.stancekit.model.Article;
import dev.stancekit.model.IngestResult;
import dev.stancekit.model.Quote;
import dev.stancekit.model.QuoteKind;
import dev.stancekit.model.Speaker;
import dev.stancekit.model.SpeakerType;
import dev.stancekit.model.Tone;
import dev.stancekit.model.ToneLabel;
import dev.stancekit.report.QuotesCsv;
import dev.stancekit.report.ReportWriter;
import dev.stancekit.speakers.SpeakerTable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every CSV stancekit writes defuses formula cells the same way: the report's quotes.csv and
 * speakers.csv, the Spark job's quotes-csv, and {@code stancekit speakers}' speakers.csv.
 */
class FormulaSafeCsvTest {

    @TempDir
    Path dir;

    private static final String[] DANGEROUS = {"=HYPERLINK(\"http://x\")", "+1 555 0100", "-risk", "@home"};

    private static List<Quote> quotes() {
        List<Quote> qs = new ArrayList<>();
        for (int i = 0; i < DANGEROUS.length; i++) {
            String d = DANGEROUS[i];
            qs.add(Quote.builder().id("a.txt#" + (i + 1)).article("a.txt").date(LocalDate.of(2024, 7, 17))
                    .kind(QuoteKind.DIRECT).text(d + " said").cue("said").speakerMention(d)
                    .speaker(Speaker.builder().canonical(d).type(SpeakerType.PERSON).side("US").role(d).evidence(d)
                            .build()).themes(List.of("trade"))
                    .tone(new Tone(0.5, ToneLabel.CONCILIATORY, List.of(d))).span(10 * i, 10 * i + 5).build());
        }
        return qs;
    }

    private static List<CSVRecord> records(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.parse(r, CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return p.getRecords();
        }
    }

    @Test
    void sparkQuotesCsvIsTheReportWritersBytesForBothExcelSettings() throws IOException {
        for (boolean excel : new boolean[] {false, true}) {
            Path report = dir.resolve("quotes-" + excel + ".csv");
            QuotesCsv.write(report, quotes(), excel);
            String out = dir.resolve("spark-" + excel).toUri().toString();
            QuotesCsvFile.write(new Configuration(), out, quotes(), excel);
            Path part = dir.resolve("spark-" + excel).resolve(QuotesCsvFile.PART);
            assertArrayEquals(Files.readAllBytes(report), Files.readAllBytes(part), "excel=" + excel);
            assertEquals(excel, Files.readString(part, StandardCharsets.UTF_8).charAt(0) == SafeCsv.BOM);
        }
        List<CSVRecord> rows = records(dir.resolve("spark-false").resolve(QuotesCsvFile.PART));
        for (int i = 0; i < DANGEROUS.length; i++) {
            assertEquals("'" + DANGEROUS[i], rows.get(i).get("speaker"));
            assertEquals("'" + DANGEROUS[i], rows.get(i).get("speaker_mention"));
            assertEquals("'" + DANGEROUS[i] + " said", rows.get(i).get("text"));
            assertEquals("'" + DANGEROUS[i], rows.get(i).get("tone_cues"));
        }
        // read back: the original text
        assertEquals(quotes(), QuotesCsv.read(dir.resolve("spark-false").resolve(QuotesCsvFile.PART)));
    }

    @Test
    void theSpeakersCommandsTableIsDefusedLikeTheReportsSpeakersCsv() throws IOException {
        Path cli = dir.resolve("cli-speakers.csv");
        SpeakerTable.of(quotes()).writeCsv(cli, false);
        Article a = Article.builder().id("a.txt").path("a.txt").title("t").date(LocalDate.of(2024, 7, 17))
                .source("").url("").text("x").hash("h").words(1).build();
        Path report = dir.resolve("report");
        ReportWriter.builder().charts(false).html(false).build()
                .write(report, List.of(IngestResult.ok(a)), quotes());
        List<CSVRecord> mine = records(cli);
        List<CSVRecord> theirs = records(report.resolve("speakers.csv"));
        assertEquals(theirs.size(), mine.size());
        for (int i = 0; i < mine.size(); i++) {
            for (String col : List.of("speaker", "role", "side_evidence", "mean_tone", "quotes")) {
                assertEquals(theirs.get(i).get(col), mine.get(i).get(col), col + " of row " + i);
            }
            assertTrue(mine.get(i).get("speaker").startsWith("'"), mine.get(i).get("speaker"));
        }
        SpeakerTable.of(quotes()).writeCsv(dir.resolve("bom.csv"), true);
        assertEquals(SafeCsv.BOM, Files.readString(dir.resolve("bom.csv"), StandardCharsets.UTF_8).charAt(0));
    }

    @Test
    void plainNumbersStayNumbersAndApostrophesRoundTrip() {
        assertEquals("-0.42", SafeCsv.defuse("-0.42"));
        assertEquals("'\tx", SafeCsv.defuse("\tx"));
        assertEquals("'-0.42 percent", SafeCsv.defuse("-0.42 percent"));
        assertEquals("''=x", SafeCsv.defuse("'=x"));
        for (String s : new String[] {"=x", "'=x", "''@y", "plain", "-1", "'quoted'"}) {
            assertEquals(s, SafeCsv.undefuse(SafeCsv.defuse(s)), s);
        }
    }
}
