package dev.stancekit.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResourcesTest {

    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void bundledHasTheProjectFilesAndNoFolder() {
        Resources r = Resources.bundled();
        assertSame(r, Resources.bundled());
        assertNull(r.dir());
        assertTrue(r.exists("themes.csv"));
        assertThrows(IllegalArgumentException.class, () -> r.exists("no-such-file.csv"));
        List<Map<String, String>> themes = r.readCsv("themes.csv");
        assertFalse(themes.isEmpty());
        assertTrue(themes.get(0).containsKey("id"), themes.get(0).toString());
        for (Map<String, String> row : themes) {
            assertFalse(row.get("id").startsWith("#"), "comment read as a row: " + row);
        }
    }

    @Test
    void theUsersFolderWinsOverTheBundledCopy() throws IOException {
        write("themes.csv", "id,label,phrases\nharbours,Harbours,quay;pier\n");
        Resources r = Resources.overlay(dir);
        assertEquals(dir, r.dir());
        assertEquals(List.of(Map.of("id", "harbours", "label", "Harbours", "phrases", "quay;pier")),
                r.readCsv("themes.csv"));
        try (BufferedReader in = r.open("themes.csv")) {
            assertEquals("id,label,phrases", in.readLine());
        }
        // the bundled copy is still there underneath
        try (BufferedReader in = Resources.openBundled("themes.csv")) {
            assertTrue(in.readLine().startsWith("#"));
        }
        // a file the folder lacks falls back to the bundled one
        assertEquals(Resources.bundled().readCsv("cue-verbs.csv"), r.readCsv("cue-verbs.csv"));
        // a file the manifest does not list is never read, not even from the user's folder
        write("extra.csv", "a\n1\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> r.readCsv("extra.csv"));
        assertTrue(e.getMessage().contains("extra.csv") && e.getMessage().contains("manifest.csv"), e.getMessage());
    }

    @Test
    void readCsvSkipsCommentsTrimsCellsAndHeadersAndDropsBlankRows() throws IOException {
        write("t.csv", "# a comment line\n Name , SIDE ,role\n"
                + "  Ada Lin ,  US , envoy  \n"
                + "\n"
                + " , , \n"
                + "# another comment\n"
                + "\"Wu, Ping\",China\n");
        List<Map<String, String>> rows = parse("t.csv");
        assertEquals(2, rows.size(), rows.toString());
        assertEquals(Map.of("name", "Ada Lin", "side", "US", "role", "envoy"), rows.get(0));
        // a short row gets "" for the missing cells
        assertEquals(Map.of("name", "Wu, Ping", "side", "China", "role", ""), rows.get(1));
        assertThrows(UnsupportedOperationException.class, () -> rows.get(0).put("x", "y"));
        // header order is kept
        assertEquals(List.of("name", "side", "role"), List.copyOf(rows.get(0).keySet()));
    }

    private List<Map<String, String>> parse(String name) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(dir.resolve(name), StandardCharsets.UTF_8)) {
            return Resources.parseCsv(r, name);
        }
    }

    @Test
    void anAddFileReadsTheUsersRowsAfterTheBundledOnes() throws IOException {
        assertEquals(Manifest.Mode.ADD, Resources.entry("tone-lexicon.csv").override());
        List<Map<String, String>> bundled = Resources.bundled().readCsv("tone-lexicon.csv");
        assertEquals(bundled, Resources.bundled().readCsvLayers("tone-lexicon.csv"));
        write("tone-lexicon.csv", "phrase,weight,kind,set,note\nharbour talks,1.5,,,\n");
        List<Map<String, String>> layered = Resources.overlay(dir).readCsv("tone-lexicon.csv");
        assertEquals(bundled.size() + 1, layered.size());
        assertEquals(bundled, layered.subList(0, bundled.size()));
        assertEquals("harbour talks", layered.get(layered.size() - 1).get("phrase"));
        // an add file has no single copy to open
        assertThrows(IllegalArgumentException.class, () -> Resources.overlay(dir).open("tone-lexicon.csv"));
    }

    @Test
    void aReplaceFileReadsOnlyTheUsersCopyEvenThroughReadCsvLayers() throws IOException {
        assertEquals(Manifest.Mode.REPLACE, Resources.entry("themes.csv").override());
        write("themes.csv", "id,label,phrases\nharbours,Harbours,quay\n");
        List<Map<String, String>> rows = Resources.overlay(dir).readCsvLayers("themes.csv");
        assertEquals(List.of(Map.of("id", "harbours", "label", "Harbours", "phrases", "quay")), rows);
    }

    @Test
    void aLaterFolderWinsAndAddFilesReadEveryFolder(@TempDir Path second) throws IOException {
        write("themes.csv", "id,label,phrases\nfirst,First,one\n");
        Files.writeString(second.resolve("themes.csv"), "id,label,phrases\nsecond,Second,two\n");
        write("sides.csv", "id,label,adjective,colour,order\nTaiwan,Taiwan,Taiwanese,#00A86B,5\n");
        Files.writeString(second.resolve("sides.csv"), "id,label,adjective,colour,order\nEU,EU,European,#003399,6\n");
        Resources both = Resources.overlay(dir, second);
        assertEquals(second, both.dir());
        assertEquals("second", both.readCsv("themes.csv").get(0).get("id"));
        assertEquals(List.of(second.resolve("themes.csv")), both.userCopies("themes.csv"));
        List<Map<String, String>> sides = both.readCsv("sides.csv");
        int n = Resources.bundled().readCsv("sides.csv").size();
        assertEquals(n + 2, sides.size());
        assertEquals(List.of("Taiwan", "EU"), List.of(sides.get(n).get("id"), sides.get(n + 1).get("id")));
        assertSame(Resources.bundled(), Resources.overlay(null, null));
        assertEquals(dir, Resources.overlay(dir, null).dir());
    }

    @Test
    void aMissingResourceIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Resources.overlay(dir).readCsv("missing-table.csv"));
        assertTrue(e.getMessage().contains("missing-table.csv"), e.getMessage());
        IOException io = assertThrows(IOException.class, () -> Resources.openBundled("missing-table.csv"));
        assertTrue(io.getMessage().contains("missing-table.csv"), io.getMessage());
        IllegalArgumentException layers = assertThrows(IllegalArgumentException.class,
                () -> Resources.bundled().readCsvLayers("missing-table.csv"));
        assertTrue(layers.getMessage().contains("missing-table.csv"), layers.getMessage());
    }

    @Test
    void aMalformedQuotedCellNamesTheFile() throws IOException {
        write("speakers.csv", "name,side\n\"Ada\"Lin,US\n");
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> Resources.overlay(dir).readCsv("speakers.csv"));
        assertTrue(e.getMessage().contains(dir.resolve("speakers.csv").toString()), e.getMessage());
    }

    @Test
    void duplicateHeadersAreAClearError() throws IOException {
        write("themes.csv", "id,Side,side\n1,US,China\n");
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> Resources.overlay(dir).readCsv("themes.csv"));
        assertTrue(e.getMessage().contains("themes.csv"), e.getMessage());
    }

    @Test
    void hammerRandomCsvTextReadsOrFailsClearly() throws IOException {
        Random rnd = new Random(7);
        String alphabet = "ab ,\"#\n\r\t;é中\u00a0\\'x1";
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            int len = rnd.nextInt(80);
            for (int j = 0; j < len; j++) {
                sb.append(rnd.nextInt(20) == 0 ? (char) rnd.nextInt(0x3000)
                        : alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            write("random.csv", text);
            try {
                List<Map<String, String>> rows;
                try {
                    rows = parse("random.csv");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                for (Map<String, String> row : rows) {
                    // (no "row not blank" check here: with several empty header names the cells collide,
                    // see duplicateHeadersAreAClearError)
                    assertTrue(row.keySet().stream().allMatch(k -> k.equals(k.toLowerCase(java.util.Locale.ROOT))));
                    for (Map.Entry<String, String> e : row.entrySet()) {
                        assertEquals(e.getValue().strip(), e.getValue());
                        assertEquals(e.getKey().strip(), e.getKey());
                    }
                }
            } catch (UncheckedIOException e) {
                // the only failure allowed is an UncheckedIOException with a message (naming the file
                // is asserted in aMalformedQuotedCellNamesTheFile, disabled until fixed)
                assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), "no message for " + text);
            }
        }
    }

    @Test
    void aByteOrderMarkFromExcelDoesNotRenameTheFirstColumn() throws IOException {
        // "CSV UTF-8" as saved by spreadsheet programs starts with a byte order mark
        write("speakers.csv", "\uFEFFcanonical,side\nIda Brandt,other\n");
        List<Map<String, String>> rows = Resources.overlay(dir).readCsv("speakers.csv");
        assertEquals(Map.of("canonical", "Ida Brandt", "side", "other"), rows.get(rows.size() - 1));
    }
}
