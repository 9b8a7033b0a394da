package dev.stancekit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.IngestResult;
import dev.stancekit.resources.Resources;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bytes read from memory give what the same bytes give as a file, under the location given. */
class InMemoryReadTest {

    @TempDir
    Path dir;

    private static final String WHERE = "hdfs://nn/corpus/";
    private static final String BODY = "Officials from the two harbour authorities met on Tuesday and agreed to restore "
            + "the weekly shipping hotline, people present said.\n\n"
            + "\"We expect calmer waters from now on,\" a port spokeswoman told reporters after the session.\n";

    private final CorpusReader reader = CorpusReader.builder().boilerplate(Boilerplate.load(Resources.bundled()))
            .build();

    private static Map<String, byte[]> inputs() {
        Map<String, byte[]> in = new LinkedHashMap<>();
        in.put("port.txt", ("Harbour Talks Resume\n\nMarch 4, 2024\n\n" + BODY).getBytes(StandardCharsets.UTF_8));
        in.put("notes.md", ("---\ntitle: Port notes\ndate: 2024-05-02\n---\n# Port notes\n\n**Bold** " + BODY)
                .getBytes(StandardCharsets.UTF_8));
        in.put("page.html", ("<html><head><title>Port deal</title><meta name=\"date\" content=\"2023-11-02\"></head>"
                + "<body><nav>Home | World</nav><p>" + BODY + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
        in.put("old.txt", ("Caf\u00e9 talks. " + BODY).getBytes(java.nio.charset.Charset.forName("windows-1252")));
        in.put("list.csv", ("id,title,date,text\nr1,First,2024-01-02,\"" + BODY.replace("\"", "\"\"")
                + "\"\nr2,Second,2024-01-03,\nr3,Copy,2024-01-04,\"" + BODY.replace("\"", "\"\"") + "\"\n,,,short text\n")
                .getBytes(StandardCharsets.UTF_8));
        in.put("list.jsonl", ("{\"id\":\"j1\",\"headline\":\"One\",\"body\":\"Ships left port.\"}\nnot json\n"
                + "{\"title\":\"no text\"}\n").getBytes(StandardCharsets.UTF_8));
        in.put("empty.txt", new byte[0]);
        in.put("empty.csv", new byte[0]);
        in.put("bin.csv", new byte[] {'i', 'd', 0, 1});
        in.put("photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, 0});
        in.put("bad.txt", new byte[] {'o', 'k', ' ', 0, 0, 0, 0, 0});
        return in;
    }

    private List<IngestResult> fromFile(CorpusReader r, Path file) {
        try (Stream<IngestResult> s = r.read(List.of(file))) {
            return s.toList();
        }
    }

    /** The file's results with the file's location replaced by {@code where}, as memory should give them. */
    private static List<IngestResult> located(List<IngestResult> rs, Path file, String where) {
        List<IngestResult> out = new ArrayList<>();
        for (IngestResult r : rs) {
            String path = r.path().replace(file.toString(), where);
            out.add(new IngestResult(r.id(), path, r.article() == null ? null : r.article().toBuilder().path(path)
                    .build(), r.status(), r.message()));
        }
        return out;
    }

    @Test
    void everyKindOfInputGivesTheFilesResultsUnderItsLocation() throws IOException {
        for (Map.Entry<String, byte[]> e : inputs().entrySet()) {
            Path file = Files.write(dir.resolve(e.getKey()), e.getValue());
            String where = WHERE + e.getKey();
            List<IngestResult> want = located(fromFile(reader, file), file, where);
            assertEquals(want, reader.read(where, e.getValue()), e.getKey());
            assertFalse(want.isEmpty(), e.getKey());
        }
        assertTrue(reader.read(WHERE + "list.csv", inputs().get("list.csv")).stream()
                .anyMatch(r -> r.message().startsWith("duplicate of r1")), "duplicates are found inside a manifest");
    }

    @Test
    void randomBytesUnderRandomNamesGiveTheFilesResults() throws IOException {
        Random rnd = new Random(5);
        String[] names = {"a.txt", "b.md", "c.html", "d.csv", "e.jsonl", "f.bin", "g"};
        for (int i = 0; i < 120; i++) {
            byte[] b = new byte[rnd.nextInt(300)];
            rnd.nextBytes(b);
            if (i % 3 == 0) {
                b = ("id,text\n" + i + ",\"word " + i + "\"\n\"x\n").getBytes(StandardCharsets.UTF_8);
            }
            Path sub = Files.createDirectories(dir.resolve("r" + i));
            Path file = Files.write(sub.resolve(names[i % names.length]), b);
            String where = "s3://bucket/" + i + "/" + names[i % names.length];
            assertEquals(located(fromFile(reader, file), file, where), reader.read(where, b), where);
        }
    }

    @Test
    void aManifestInMemoryHasNoFolderSoOnlyAbsolutePathsInsideTheRootAreRead() throws IOException {
        Path root = Files.createDirectories(dir.resolve("root"));
        Path article = Files.writeString(root.resolve("a.txt"), BODY);
        byte[] manifest = ("id,path\nabs," + article + "\nrel,a.txt\n").getBytes(StandardCharsets.UTF_8);
        List<IngestResult> noRoot = reader.read("m.csv", manifest);
        assertEquals(List.of(IngestResult.Status.ERROR, IngestResult.Status.ERROR),
                noRoot.stream().map(IngestResult::status).toList());
        assertTrue(noRoot.get(0).message().contains("input root"), noRoot.get(0).message());
        assertTrue(noRoot.get(1).message().contains("relative path"), noRoot.get(1).message());
        List<IngestResult> rooted = CorpusReader.builder().inputRoot(root).build().read("m.csv", manifest);
        assertTrue(rooted.get(0).isOk(), rooted.get(0).message());
        assertEquals("abs", rooted.get(0).id());
        assertTrue(rooted.get(0).article().text().contains("harbour authorities"));
        assertEquals(IngestResult.Status.ERROR, rooted.get(1).status());
        assertTrue(CorpusReader.builder().allowPathsOutside(true).build().read("m.csv", manifest).get(0).isOk());
    }

    @Test
    void aLocationWithoutANameIsUnnamedAndTooLargeBytesAreSkipped() {
        List<IngestResult> r = reader.read("hdfs://nn/dir/", BODY.getBytes(StandardCharsets.UTF_8));
        assertEquals("unnamed", r.get(0).id());
        assertEquals(IngestResult.Status.SKIPPED, r.get(0).status());
        IngestResult big = CorpusReader.builder().maxBytes(10).build().read("x/big.txt",
                BODY.getBytes(StandardCharsets.UTF_8)).get(0);
        assertEquals(IngestResult.Status.SKIPPED, big.status());
        assertTrue(big.message().contains("too large"), big.message());
    }
}
