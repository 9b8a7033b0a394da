package dev.stancekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SpeakersCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesSpeakersCsvAndListsTheMissingOnes() throws Exception {
        Path corpus = CliFixtures.corpus(dir);
        Path out = dir.resolve("out");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new SpeakersCommand(new PrintStream(bytes, true, StandardCharsets.UTF_8)));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(corpus.toString(), "--out", out.toString(), "--quiet", "--threads", "2");
        assertEquals(0, exit, err.toString());
        String printed = bytes.toString(StandardCharsets.UTF_8);

        Path file = out.resolve("speakers.csv");
        assertTrue(Files.isRegularFile(file));
        List<CSVRecord> rows;
        List<String> header;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            header = p.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "")).toList();
            rows = p.getRecords();
        }
        assertEquals(List.of("speaker", "type", "side", "role", "quotes", "articles", "mean_tone",
                "in_registry", "side_evidence"), header);
        assertFalse(rows.isEmpty());
        int totalQuotes = 0;
        for (CSVRecord row : rows) {
            int quotes = Integer.parseInt(row.get(4));
            int articles = Integer.parseInt(row.get(5));
            assertTrue(quotes >= 1 && articles >= 1 && articles <= quotes, row.toString());
            double tone = Double.parseDouble(row.get(6));
            assertTrue(tone >= -1 && tone <= 1, row.toString());
            assertTrue(List.of("true", "false", "yes", "no").contains(row.get(7).toLowerCase()), row.toString());
            totalQuotes += quotes;
        }
        Map<String, CSVRecord> bySpeaker = rows.stream().collect(Collectors.toMap(r -> r.get(0), r -> r, (a, b) -> a));
        CSVRecord austin = bySpeaker.get("Lloyd Austin");
        assertTrue(austin != null, bySpeaker.keySet().toString());
        assertEquals("US", austin.get(2));

        // the summary line counts what the file holds
        String first = printed.lines().findFirst().orElse("");
        assertTrue(first.matches(rows.size() + " speakers in \\d+ quotes -> .*speakers\\.csv"), first);
        int printedQuotes = Integer.parseInt(first.replaceAll(".* in (\\d+) quotes.*", "$1"));
        assertTrue(totalQuotes <= printedQuotes, first + " vs " + totalQuotes);
        // an invented speaker is not in the registry and is listed as missing
        assertTrue(printed.contains("missing from the registry"), printed);
        assertTrue(printed.contains("Velinsky"), printed);
        assertFalse(printed.lines().anyMatch(l -> l.startsWith("  Lloyd Austin ")), printed);
    }

    @Test
    void anUnreadableInputIsReportedNotDroppedSilently() throws Exception {
        Path corpus = CliFixtures.corpus(dir);
        Files.write(corpus.resolve("archive.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3, 0, 0});
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new SpeakersCommand(new PrintStream(bytes, true, StandardCharsets.UTF_8)));
        cl.setErr(new PrintWriter(err, true));
        ByteArrayOutputStream sysErr = new ByteArrayOutputStream();
        PrintStream old = System.err;
        int exit;
        try {
            System.setErr(new PrintStream(sysErr, true, StandardCharsets.UTF_8));
            exit = cl.execute(corpus.toString(), "--out", dir.resolve("out").toString(), "--quiet");
        } finally {
            System.setErr(old);
        }
        String said = bytes.toString(StandardCharsets.UTF_8) + err + sysErr.toString(StandardCharsets.UTF_8);
        assertTrue(exit == 1 || said.contains("archive.txt"),
                "exit " + exit + ", nothing names the unreadable input: " + said);
    }
}
