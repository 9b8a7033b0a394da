package dev.stancekit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.IngestResult.Status;
import dev.stancekit.model.IngestResult;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {

    @TempDir
    Path dir;

    private static final String BODY = "Officials from the two harbour authorities met on Tuesday and agreed to restore "
            + "the weekly shipping hotline that had been idle since the spring, people present said.\n\n"
            + "\"We expect calmer waters from now on,\" a port spokeswoman told reporters after the session.\n";

    private final CorpusReader reader = CorpusReader.builder().boilerplate(Boilerplate.load(
            dev.stancekit.resources.Resources.bundled())).build();

    private List<IngestResult> read(CorpusReader r, Path... in) {
        try (Stream<IngestResult> s = r.read(List.of(in))) {
            return s.collect(Collectors.toList());
        }
    }

    private static Map<String, IngestResult> byId(List<IngestResult> rs) {
        Map<String, IngestResult> m = new HashMap<>();
        for (IngestResult r : rs) {
            assertNull(m.put(r.id(), r), "id used twice: " + r.id());
        }
        return m;
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    @Test
    void badInputCorpusGivesOneResultPerInputWithReasons() throws IOException {
        write("empty.txt", "");
        write("blank.txt", "  \n\n\t \n");
        byte[] bin = new byte[600];
        new Random(7).nextBytes(bin);
        bin[10] = 0;
        Files.write(dir.resolve("binary.txt"), bin);
        Files.write(dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        String legacy = "Harbour Talks Resume\n\nThe envoy called the plan \u201ca fair start\u201d at the caf\u00e9 on "
                + "the quay and said both sides would keep talking through the summer months.\n";
        Files.write(dir.resolve("cp1252.txt"), legacy.getBytes("windows-1252"));
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("huge.txt").toFile(), "rw")) {
            f.setLength(20L << 20);
        }
        write("unbalanced.txt", "Quote Marks Left Open\n\nThe minister said \"we will not move an inch and "
                + "then left the room without another word to the waiting press corps.\n");
        write("page.html", "<html><head><title>Ports Agree Hotline</title><script>var tracker = 'SCRIPTTEXT';</script>"
                + "<style>.x{color:red}</style></head><body><nav>Home | World | NAVTEXT</nav>"
                + "<article><h1>Ports Agree Hotline</h1><p>" + BODY.replace("\n\n", "</p><p>") + "</p></article>"
                + "<footer>FOOTERTEXT copyright</footer></body></html>");
        write("first.txt", "Same Story Twice\n\n" + BODY);
        write("second.txt", "Same Story Twice\n\n" + BODY);
        write("manifest.csv", "id,date,source,url,title,text,path\n"
                + "m1,2024-03-05,Example Wire,https://example.org/a,Manifest One,\"" + BODY.replace("\"", "\"\"") + "\",\n"
                + "m2,2024-03-06,Example Wire,https://example.org/b,Too,Many,Fields,Here\n"
                + "m3,,,,,,sub/linked.txt\n"
                + "m4,not a date,Example Wire,,Manifest Four,Short text about the harbour deal signed on Friday.,\n");
        write("sub/linked.txt", "Linked From The Manifest\n\nJuly 4, 2023\n\nThe linked story says the ferry "
                + "service will restart next month after repairs to the northern pier are finished.\n");
        write("feed.jsonl", "{\"id\":\"j1\",\"title\":\"Feed One\",\"date\":\"2022-11-02\",\"text\":\"A feed story about "
                + "river levels rising after a week of rain in the hills.\"}\n"
                + "{\"id\":\"j2\",\"title\": broken\n"
                + "\n"
                + "{\"id\":\"j3\",\"text\":\"Another feed story, this one about a new bridge toll.\"}\n");
        write(".cache/junk.txt", "hidden");

        List<IngestResult> rs = read(reader, dir);
        Map<String, IngestResult> m = byId(rs);

        assertStatus(m, "empty.txt", Status.SKIPPED, "empty file");
        assertStatus(m, "blank.txt", Status.SKIPPED, "empty file");
        assertStatus(m, "binary.txt", Status.SKIPPED, "binary file (");
        assertStatus(m, "image.png", Status.SKIPPED, "unsupported file type (.png)");
        assertStatus(m, "huge.txt", Status.SKIPPED, "file too large (20.0 MB, limit 5.0 MB)");
        assertStatus(m, ".cache", Status.SKIPPED, "hidden folder");

        IngestResult cp = assertStatus(m, "cp1252.txt", Status.OK, "Windows-1252");
        assertTrue(cp.article().text().contains("\u201ca fair start\u201d"), cp.article().text());
        assertTrue(cp.article().text().contains("caf\u00e9"));
        assertEquals("Harbour Talks Resume", cp.article().title());

        IngestResult open = assertStatus(m, "unbalanced.txt", Status.OK, "");
        assertTrue(open.article().text().contains("said \"we will not move"));

        IngestResult html = assertStatus(m, "page.html", Status.OK, "");
        assertEquals("Ports Agree Hotline", html.article().title());
        for (String junk : List.of("SCRIPTTEXT", "NAVTEXT", "FOOTERTEXT", "color:red")) {
            assertFalse(html.article().text().contains(junk), junk);
        }
        assertTrue(html.article().text().contains("\n\n\"We expect calmer waters"));

        assertStatus(m, "first.txt", Status.OK, "");
        assertStatus(m, "second.txt", Status.SKIPPED, "duplicate of first.txt");

        IngestResult m1 = assertStatus(m, "m1", Status.OK, "");
        assertEquals(LocalDate.of(2024, 3, 5), m1.article().date());
        assertEquals("Example Wire", m1.article().source());
        assertEquals("Manifest One", m1.article().title());
        assertTrue(m1.path().endsWith("manifest.csv#2"), m1.path());
        assertStatus(m, "manifest.csv#6", Status.ERROR, "line 6: 8 fields, header has 7");
        IngestResult m3 = assertStatus(m, "m3", Status.OK, "");
        assertEquals("Linked From The Manifest", m3.article().title());
        assertEquals(LocalDate.of(2023, 7, 4), m3.article().date());
        assertStatus(m, "linked.txt", Status.SKIPPED, "duplicate of m3");
        IngestResult m4 = assertStatus(m, "m4", Status.OK, "unreadable date 'not a date' ignored");
        assertNull(m4.article().date());
        assertStatus(m, "j1", Status.OK, "");
        assertStatus(m, "feed.jsonl#2", Status.ERROR, "line 2: malformed JSON");
        assertStatus(m, "j3", Status.OK, "");

        assertEquals(19, rs.size(), () -> rs.stream().map(IngestResult::id).collect(Collectors.joining(", ")));
        for (IngestResult r : rs) {
            if (r.isOk()) {
                assertFalse(r.article().text().isBlank());
                assertFalse(r.article().text().contains("\n\n\n"));
                assertEquals(r.id(), r.article().id());
            } else {
                assertFalse(r.message().isBlank(), r.id());
            }
        }
    }

    @Test
    void sameNameInTwoFoldersGetsPathIdsAndMissingInputsAreErrors() throws IOException {
        write("a/story.txt", "First Story\n\nThe first one is about grain prices at the river market this week.");
        write("b/story.txt", "Second Story\n\nThe second one is about a school opening in the valley next month.");
        Files.createSymbolicLink(dir.resolve("a/gone.txt"), dir.resolve("nowhere.txt"));
        Path missing = dir.resolve("missing.txt");
        Path empty = Files.createDirectory(dir.resolve("c"));
        Map<String, IngestResult> m = byId(read(reader, dir, missing, empty));
        assertStatus(m, "c", Status.SKIPPED, "empty folder");
        assertStatus(m, "a/story.txt", Status.OK, "");
        assertStatus(m, "b/story.txt", Status.OK, "");
        assertStatus(m, "gone.txt", Status.ERROR, "broken symbolic link");
        assertStatus(m, "missing.txt", Status.ERROR, "not found");
        assertEquals(5, m.size());
        assertEquals("a/story.txt", m.get("a/story.txt").article().id());
    }

    @Test
    void sameFileGivenTwiceIsReadOnceAndListedTwice() throws IOException {
        Path p = write("twice.txt", "Twice\n\nA story handed to the reader two times by mistake.");
        List<IngestResult> rs = read(reader, p, p);
        assertEquals(2, rs.size());
        assertEquals(Status.OK, rs.get(0).status());
        assertEquals(Status.SKIPPED, rs.get(1).status());
        assertTrue(rs.get(1).message().startsWith("duplicate of twice.txt"), rs.get(1).message());
        assertEquals(2, new HashSet<>(rs.stream().map(IngestResult::id).toList()).size());
    }

    @Test
    void explicitFormatOverridesExtensionAndOrderIsSorted() throws IOException {
        write("c.page", "<html><body><p>Third page about rail freight.</p><script>bad()</script></body></html>");
        write("a.page", "<html><body><p>First page about wind farms.</p></body></html>");
        write("b.page", "<p>Second page about road tolls.</p>");
        CorpusReader html = CorpusReader.builder().format(InputFormat.HTML).boilerplate(Boilerplate.none()).build();
        List<IngestResult> rs = read(html, dir);
        assertEquals(List.of("a.page", "b.page", "c.page"), rs.stream().map(IngestResult::id).toList());
        assertTrue(rs.stream().allMatch(IngestResult::isOk));
        assertEquals("Third page about rail freight.", rs.get(2).article().text());
        List<IngestResult> auto = read(reader, dir);
        assertTrue(auto.stream().allMatch(r -> r.message().equals("unsupported file type (.page)")));
    }

    @Test
    void sizeLimitAppliesToFilesAndManifestRows() throws IOException {
        String big = "Big Story\n\n" + "The council met again. ".repeat(100);
        write("big.txt", big);
        write("rows.jsonl", "{\"id\":\"small\",\"text\":\"A small row about a bakery.\"}\n"
                + "{\"id\":\"large\",\"text\":\"" + "Long row text. ".repeat(200) + "\"}\n"
                + "{\"id\":\"after\",\"text\":\"The row after the large one survives.\"}\n");
        CorpusReader small = CorpusReader.builder().maxBytes(1000).boilerplate(Boilerplate.none()).build();
        Map<String, IngestResult> m = byId(read(small, dir));
        assertStatus(m, "big.txt", Status.SKIPPED, "file too large");
        assertStatus(m, "small", Status.OK, "");
        assertStatus(m, "rows.jsonl#2", Status.SKIPPED, "larger than the size limit");
        assertStatus(m, "after", Status.OK, "");
        assertEquals(4, m.size());
    }

    @Test
    void csvWithUnterminatedQuoteLosesOnlyThatRow() throws IOException {
        write("list.csv", "id,title,text\n"
                + "r1,One,\"A first row that is fine, with a comma.\"\n"
                + "r2,Two,\"A second row whose quote never closes\n"
                + "r3,Three,\"A third row, also fine.\"\n"
                + "r4,Four,Plain unquoted text with a \"stray\" quote inside\n"
                + "# a comment line\n"
                + ",,\n"
                + "r6,Six,\"Multi\nline text\"\n");
        List<IngestResult> rs = read(reader, dir);
        Map<String, IngestResult> m = byId(rs);
        assertStatus(m, "r1", Status.OK, "");
        assertStatus(m, "list.csv#3", Status.ERROR, "line 3: malformed CSV row");
        assertStatus(m, "r3", Status.OK, "");
        assertTrue(m.get("r4").article().text().contains("a \"stray\" quote"));
        assertStatus(m, "list.csv#7", Status.ERROR, "neither text nor path");
        assertEquals("Multi\nline text", m.get("r6").article().text());
        assertEquals(6, rs.size());
    }

    @Test
    void csvWithoutTextOrPathColumnIsOneError() throws IOException {
        write("numbers.csv", "year,count\n2020,4\n2021,5\n");
        List<IngestResult> rs = read(reader, dir);
        assertEquals(1, rs.size());
        assertEquals(Status.ERROR, rs.get(0).status());
        assertTrue(rs.get(0).message().contains("not a manifest"), rs.get(0).message());
    }

    @Test
    void aTableOfQuotesBesideTheArticlesIsSkippedNotReadAsArticles() throws IOException {
        write("a1.txt", BODY);
        write("gold.csv", "article,kind,text,speaker,side\na1.txt,direct,\"The talks were useful.\",Ann Lee,US\n"
                + "a1.txt,indirect,the harbour would reopen,Wang Fei,China\n");
        List<IngestResult> rs = read(reader, dir);
        Map<String, IngestResult> m = byId(rs);
        assertStatus(m, "a1.txt", Status.OK, "");
        assertStatus(m, "gold.csv", Status.SKIPPED, "a table of quotes");
        assertEquals(2, rs.size());
    }

    @Test
    void randomFilesNeverThrowAndEachGetsOneResult() throws IOException {
        Random rnd = new Random(42);
        String[] exts = {"txt", "md", "html", "htm", "bin", "csv", "jsonl"};
        String[] pieces = {"<p>", "</div>", "<script>", "\"", "\u201c", "\n", "\n\n", "Related Articles", "Read Next:",
            "July 4, 2024", ",", "{", "}", "---", "# ", "[x](y)", "\u0000", "\uFFFD", "é", "中文", "\r", "Leave a Reply"};
        Set<String> files = new HashSet<>();
        for (int i = 0; i < 120; i++) {
            String name = String.format("f%03d.%s", i, exts[rnd.nextInt(exts.length)]);
            byte[] data;
            if (rnd.nextBoolean()) {
                data = new byte[rnd.nextInt(3000)];
                rnd.nextBytes(data);
            } else {
                StringBuilder sb = new StringBuilder();
                int n = rnd.nextInt(200);
                for (int k = 0; k < n; k++) {
                    sb.append(rnd.nextInt(3) == 0 ? pieces[rnd.nextInt(pieces.length)]
                            : Character.toString(rnd.nextInt(3) == 0 ? rnd.nextInt(0x3000) : 'a' + rnd.nextInt(26)));
                    if (rnd.nextInt(8) == 0) {
                        sb.append(' ');
                    }
                }
                data = sb.toString().getBytes(rnd.nextBoolean() ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
            }
            Files.write(dir.resolve(name), data);
            files.add(dir.resolve(name).toString());
        }
        List<IngestResult> rs = read(CorpusReader.builder().maxBytes(2500).build(), dir);
        Set<String> ids = new HashSet<>();
        Map<String, Integer> perFile = new HashMap<>();
        for (IngestResult r : rs) {
            assertTrue(ids.add(r.id()), "duplicate id " + r.id());
            String file = r.path().contains("#") ? r.path().substring(0, r.path().lastIndexOf('#')) : r.path();
            perFile.merge(file, 1, Integer::sum);
            if (r.isOk()) {
                assertFalse(r.article().text().isBlank(), r.id());
                assertFalse(r.article().text().contains("\n\n\n"), r.id());
                assertFalse(r.article().text().contains("\u0000"), r.id());
            } else {
                assertFalse(r.message().isBlank(), r.id());
            }
        }
        Set<String> missing = new HashSet<>(files);
        missing.removeAll(perFile.keySet());
        assertTrue(missing.isEmpty(), "no result for " + missing);
        assertEquals(files.size(), perFile.size());
        for (Map.Entry<String, Integer> e : perFile.entrySet()) {
            if (!e.getKey().endsWith(".csv") && !e.getKey().endsWith(".jsonl")) {
                assertEquals(1, e.getValue(), e.getKey());
            }
        }
    }

    @Test
    void legacyEncodedManifestIsDecodedWithANote() throws IOException {
        String csv = "id,title,text\nw1,Caf\u00e9 Opens,\"The owner said \u201cwelcome\u201d to all.\"\n";
        Files.write(dir.resolve("legacy.csv"), csv.getBytes("windows-1252"));
        IngestResult r = read(reader, dir).get(0);
        assertEquals("Caf\u00e9 Opens", r.article().title());
        assertTrue(r.article().text().contains("\u201cwelcome\u201d"));
        assertTrue(r.message().contains("Windows-1252"), r.message());
    }

    @Test
    void filesAreReadLazilyWhileTheStreamIsConsumed() throws IOException {
        Path p = write("late.txt", "Early Version\n\nThe first draft of the story.");
        try (Stream<IngestResult> s = reader.read(List.of(dir))) {
            Files.writeString(p, "Late Version\n\nThe story as it was when the stream reached it.");
            assertEquals("Late Version", s.findFirst().orElseThrow().article().title());
        }
    }

    @Test
    void oneReaderServesTwoThreadsAlike() throws Exception {
        for (int i = 0; i < 30; i++) {
            write("t" + i + ".txt", "Story " + i + "\n\nRelated Articles\nSome Other Headline\n\nBody of story " + i
                    + " about the harbour, told in one sentence that is long enough to be a paragraph.");
        }
        write("u-copy.txt", "Story 0\n\nRelated Articles\nSome Other Headline\n\nBody of story 0 about the harbour, "
                + "told in one sentence that is long enough to be a paragraph.");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Callable<List<IngestResult>> job = () -> read(reader, dir);
            List<IngestResult> a = pool.submit(job).get();
            List<IngestResult> b = pool.submit(job).get();
            java.util.concurrent.Future<List<IngestResult>> c = pool.submit(job);
            java.util.concurrent.Future<List<IngestResult>> d = pool.submit(job);
            assertEquals(a, b);
            assertEquals(c.get(), d.get());
            assertEquals(a, c.get());
            assertEquals(31, a.size());
            assertEquals("duplicate of t0.txt", a.get(a.size() - 1).message());
            assertFalse(a.get(0).article().text().contains("Related"));
        } finally {
            pool.shutdown();
        }
    }

    private static IngestResult assertStatus(Map<String, IngestResult> m, String id, Status st, String msgPart) {
        IngestResult r = m.get(id);
        assertNotNull(r, "no result for " + id + " in " + m.keySet());
        assertEquals(st, r.status(), id + ": " + r.message());
        assertTrue(r.message().contains(msgPart), id + ": '" + r.message() + "' lacks '" + msgPart + "'");
        return r;
    }
}
