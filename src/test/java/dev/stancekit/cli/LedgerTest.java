package dev.stancekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
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

/** The quote ledger: `run --ledger` writes ledger.csv, `explain` prints it; both agree with quotes.csv. */
class LedgerTest {

    private static final String ARTICLE = "June 3, 2024\n\n"
            + "Harbour talks resume after long pause\n\n"
            + "“We want the hotline to ring at any hour,” Port Director Mila Sorensen said on Monday.\n\n"
            + "The two sides signed a “working arrangement” on ferry schedules.\n\n"
            + "Sorensen said the next round would take place in the autumn.\n";

    @TempDir
    Path dir;

    private static List<CSVRecord> read(Path f) throws IOException {
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            return p.getRecords();
        }
    }

    @Test
    void runWithLedgerListsEveryCandidateAndWhatBecameOfIt() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("harbour.txt"), ARTICLE);
        Path out = dir.resolve("out");
        assertEquals(0, Main.execute("run", in.toString(), "--out", out.toString(), "--quiet", "--no-charts", "--ledger"));
        List<CSVRecord> ledger = read(out.resolve("ledger.csv"));
        Set<String> quoteIds = read(out.resolve("quotes.csv")).stream().map(r -> r.get("quote_id"))
                .collect(Collectors.toSet());
        Set<String> extracted = ledger.stream().filter(r -> r.get("outcome").equals("extracted"))
                .map(r -> r.get("quote_id")).collect(Collectors.toSet());
        assertEquals(quoteIds, extracted, "every quote is in the ledger and every extracted row names a quote");
        CSVRecord scare = ledger.stream().filter(r -> r.get("text").contains("working arrangement")).findFirst()
                .orElseThrow(() -> new AssertionError("the scare quote is listed: " + ledger));
        assertEquals("rejected", scare.get("outcome"));
        assertFalse(scare.get("reason").isBlank());
        assertTrue(ledger.stream().anyMatch(r -> r.get("source").equals("cue") && r.get("text").contains("next round")));

        assertEquals(0, Main.execute("run", in.toString(), "--out", out.toString(), "--quiet", "--no-charts"));
        assertFalse(Files.exists(out.resolve("ledger.csv")), "a ledger of an earlier run no longer describes the reports");
    }

    @Test
    void explainPrintsTheSameLedger() throws IOException {
        Path f = dir.resolve("harbour.txt");
        Files.writeString(f, ARTICLE);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(buf, true, StandardCharsets.UTF_8);
        assertEquals(0, new picocli.CommandLine(new ExplainCommand(ps)).execute("--csv", f.toString()));
        String csv = buf.toString(StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("article,source,start,end,text,cue,outcome,quote_id,reason"), csv);
        assertTrue(csv.contains("hotline to ring") && csv.contains("extracted"), csv);
        assertTrue(csv.contains("working arrangement") && csv.contains("rejected"), csv);
    }
}
