package dev.stancekit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuoteCsvTest {

    @TempDir
    Path tmp;

    @Test
    void readsLikePythonDictReader() throws IOException {
        String csv = "\uFEFFarticle,text,text,Extra\r\n\r\na.txt, kept blanks ,\"second, \"\"wins\"\"\"\n"
                + "b.txt\n";
        List<Map<String, String>> rows = QuoteCsv.parse(csv, "t.csv", QuoteCsv.PRED_COLUMNS);
        assertEquals(2, rows.size());
        assertEquals("a.txt", rows.get(0).get("article"));
        assertEquals("second, \"wins\"", rows.get(0).get("text"));
        assertEquals("", rows.get(0).get("Extra"));
        assertEquals("", rows.get(1).get("text"));
        assertEquals(null, rows.get(0).get("extra"));
    }

    @Test
    void badFilesGetClearErrors() throws IOException {
        IOException e = assertThrows(IOException.class,
                () -> QuoteCsv.parse("article,text\na,b,c\n", "x.csv", QuoteCsv.PRED_COLUMNS));
        assertTrue(e.getMessage().contains("x.csv: line 2 has 3 cells"), e.getMessage());
        e = assertThrows(IOException.class, () -> QuoteCsv.parse("", "e.csv", QuoteCsv.GOLD_COLUMNS));
        assertTrue(e.getMessage().contains("missing column(s) article, kind, text (the file is empty)"), e.getMessage());
        e = assertThrows(IOException.class,
                () -> QuoteCsv.parse("article,text\n\"a\"b,c\n", "q.csv", QuoteCsv.PRED_COLUMNS));
        assertTrue(e.getMessage().startsWith("q.csv: malformed CSV"), e.getMessage());
        Path latin = tmp.resolve("latin.csv");
        Files.write(latin, new byte[] {'a', 'r', 't', 'i', 'c', 'l', 'e', ',', 't', 'e', 'x', 't', '\n', (byte) 0xE9, ',', 'x'});
        e = assertThrows(IOException.class, () -> QuoteCsv.read(latin, QuoteCsv.PRED_COLUMNS));
        assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
    }

    @Test
    void writeThenReadRoundTripsRandomCells() throws IOException {
        Random rnd = new Random(11);
        String alphabet = "ab,\"\n\r ;’é\uD83D\uDE00#";
        List<String> header = List.of("article", "text", "speaker");
        for (int round = 0; round < 200; round++) {
            List<Map<String, String>> rows = new java.util.ArrayList<>();
            for (int i = rnd.nextInt(5); i > 0; i--) {
                Map<String, String> r = new java.util.HashMap<>();
                for (String h : header) {
                    StringBuilder b = new StringBuilder();
                    for (int k = rnd.nextInt(6); k > 0; k--) {
                        b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
                    }
                    r.put(h, b.toString());
                }
                if (!String.join("", r.values()).isEmpty()) {
                    rows.add(r);
                }
            }
            StringBuilder out = new StringBuilder();
            QuoteCsv.write(out, header, rows);
            assertEquals(rows, QuoteCsv.parse(out.toString(), "r.csv", header));
        }
    }

    @Test
    void randomTextParsesOrFailsWithIoException() {
        Random rnd = new Random(5);
        String alphabet = "article,text\"\n\r a\uFEFF’";
        for (int round = 0; round < 2000; round++) {
            StringBuilder b = new StringBuilder();
            for (int k = rnd.nextInt(40); k > 0; k--) {
                b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            try {
                for (Map<String, String> row : QuoteCsv.parse(b.toString(), "r.csv", List.of())) {
                    assertTrue(row.values().stream().allMatch(v -> v != null));
                }
            } catch (IOException e) {
                assertTrue(e.getMessage().startsWith("r.csv: "), e.getMessage());
            }
        }
    }
}
