package dev.stancekit.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main job on a folder of bad inputs: every input is listed in articles.csv with a status and
 * a reason, the good articles are still analysed, and the exit code says that some failed.
 */
class BadInputRunTest {

    @TempDir
    Path tmp;

    @Test
    void everyBadInputIsListedAndTheRunGoesOn() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        String good = "March 3, 2024\n\nNavy chief warns of risks at sea\n\n"
                + "\"We will not be pushed out of international waters,\" Adm. Jane Holloway said on Monday.\n\n"
                + "She urged Beijing to \"stop its dangerous manoeuvres\" near the shoal.\n";
        Files.writeString(in.resolve("good.txt"), good);
        Files.writeString(in.resolve("copy-of-good.txt"), good);
        Files.writeString(in.resolve("empty.txt"), "");
        Files.write(in.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3, 0, 0});
        Files.write(in.resolve("latin1.txt"), ("June 1, 2024\n\n\u201cThe caf\u00e9 talks were candid,\u201d "
                + "the envoy said.\n").getBytes(Charset.forName("windows-1252")));
        Files.writeString(in.resolve("unbalanced.txt"), "May 2, 2024\n\n\"This mark never closes, the "
                + "official said.\n\nA second paragraph with \u201cmore marks.\n");
        try (OutputStream out = Files.newOutputStream(in.resolve("huge.txt"))) {
            byte[] line = "Filler words about nothing in particular at all.\n".getBytes();
            for (int i = 0; i < 20 * 1024 * 1024 / line.length; i++) {
                out.write(line);
            }
        }
        Path out = tmp.resolve("out");
        int code = Main.execute("run", in.toString(), "--out", out.toString(), "-q", "--no-charts");

        Map<String, CSVRecord> rows = new HashMap<>();
        List<CSVRecord> articles = RunCommandTest.read(out.resolve("articles.csv"));
        for (CSVRecord r : articles) {
            rows.put(r.get("article"), r);
        }
        assertEquals(7, articles.size(), "one row per input: " + rows.keySet());
        assertEquals("skipped", rows.get("empty.txt").get("status"));
        assertTrue(rows.get("empty.txt").get("message").contains("empty"));
        assertNotEquals("ok", rows.get("binary.txt").get("status"));
        assertNotEquals("ok", rows.get("huge.txt").get("status"));
        assertTrue(rows.get("huge.txt").get("message").contains("MB"), rows.get("huge.txt").get("message"));
        assertEquals("ok", rows.get("latin1.txt").get("status"));
        assertEquals("ok", rows.get("unbalanced.txt").get("status"));
        CSVRecord dup = rows.get("good.txt").get("message").contains("duplicate") ? rows.get("good.txt")
                : rows.get("copy-of-good.txt");
        CSVRecord first = dup == rows.get("good.txt") ? rows.get("copy-of-good.txt") : rows.get("good.txt");
        assertEquals("ok", first.get("status"));
        assertEquals("skipped", dup.get("status"));
        assertTrue(dup.get("message").startsWith("duplicate of "), dup.get("message"));

        List<CSVRecord> quotes = RunCommandTest.read(out.resolve("quotes.csv"));
        assertTrue(quotes.stream().anyMatch(q -> q.get("text").contains("international waters")));
        assertTrue(quotes.stream().anyMatch(q -> q.get("text").contains("caf\u00e9 talks")), "latin-1 decoded");
        for (CSVRecord q : quotes) {
            assertTrue(q.get("text").length() < 400, "an unclosed mark never swallows the rest: " + q.get("text"));
        }
        boolean anyError = articles.stream().anyMatch(r -> r.get("status").equals("error"));
        assertEquals(anyError ? 1 : 0, code, "exit code tells whether some inputs failed");
    }
}
