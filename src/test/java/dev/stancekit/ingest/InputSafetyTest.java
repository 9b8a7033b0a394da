package dev.stancekit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.Hashing;
import dev.stancekit.model.IngestResult;
import dev.stancekit.model.IngestResult.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile inputs: manifests pointing outside, output folders inside inputs, links, NUL bytes. */
class InputSafetyTest {

    @TempDir
    Path dir;

    private static final String BODY = "Port officials met on Tuesday and agreed to reopen the ferry line that "
            + "had been closed since the floods, people at the meeting said.\n\n"
            + "\"We expect the boats back within a month,\" a harbour spokeswoman told reporters.\n";

    private static Map<String, IngestResult> read(CorpusReader r, Path... in) {
        Map<String, IngestResult> m = new LinkedHashMap<>();
        try (Stream<IngestResult> s = r.read(List.of(in))) {
            s.forEach(x -> m.put(x.id(), x));
        }
        return m;
    }

    private Path manifestWithPaths(Path secret) throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("inside.txt"), BODY);
        Files.createSymbolicLink(corpus.resolve("sneaky.txt"), secret);
        return Files.writeString(corpus.resolve("list.csv"), "id,path\n"
                + "in,inside.txt\nup,../secret.txt\nabs," + secret.toAbsolutePath() + "\nlink,sneaky.txt\n");
    }

    @Test
    void manifestPathsOutsideTheManifestFolderAreErrors() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "The vault code is 1234 and nobody else knows.\n");
        Path list = manifestWithPaths(secret);
        Map<String, IngestResult> m = read(CorpusReader.builder().build(), list);
        assertEquals(Status.OK, m.get("in").status());
        for (String id : List.of("up", "abs", "link")) {
            assertEquals(Status.ERROR, m.get(id).status(), id);
            assertTrue(m.get(id).message().contains("outside the manifest's folder"), m.get(id).message());
            assertTrue(m.get(id).message().contains("--allow-paths-outside"), m.get(id).message());
        }
        Map<String, IngestResult> allowed = read(CorpusReader.builder().allowPathsOutside(true).build(), list);
        assertEquals(Status.OK, allowed.get("up").status(), allowed.get("up").message());
        assertEquals("duplicate of up", allowed.get("abs").message(), "read, and the same file as row up");
        Map<String, IngestResult> rooted = read(CorpusReader.builder().inputRoot(dir).build(), list);
        assertEquals(Status.OK, rooted.get("up").status(), rooted.get("up").message());
        assertEquals("duplicate of up", rooted.get("link").message(), "the link into the root is read");
    }

    @Test
    void anExcludedOutputFolderInsideTheInputIsNeverRead() throws IOException {
        Files.writeString(dir.resolve("a.txt"), BODY);
        Path report = Files.createDirectories(dir.resolve("report"));
        Files.writeString(report.resolve("quotes.csv"), "id,text\nq1,\"" + BODY.replace("\"", "\"\"") + " again\"\n");
        Files.writeString(report.resolve("notes.txt"), "Another text, a report that looks like an article.\n");
        Map<String, IngestResult> m = read(CorpusReader.builder().exclude(List.of(report)).build(), dir);
        assertEquals(List.of("a.txt"), List.copyOf(m.keySet()));
        assertTrue(read(CorpusReader.builder().build(), dir).size() > 1, "without the exclusion it is read");
    }

    @Test
    void aSymbolicLinkLoopIsNamedSo() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("c"));
        Files.writeString(corpus.resolve("a.txt"), BODY);
        Files.createSymbolicLink(corpus.resolve("x.txt"), corpus.resolve("y.txt"));
        Files.createSymbolicLink(corpus.resolve("y.txt"), corpus.resolve("x.txt"));
        Files.createSymbolicLink(corpus.resolve("z.txt"), corpus.resolve("missing.txt"));
        Map<String, IngestResult> m = read(CorpusReader.builder().build(), corpus);
        assertEquals("symbolic link loop", m.get("x.txt").message());
        assertEquals(Status.ERROR, m.get("x.txt").status());
        assertEquals("broken symbolic link", m.get("z.txt").message());
        assertEquals("symbolic link loop", read(CorpusReader.builder().build(), corpus.resolve("y.txt"))
                .get("y.txt").message());
    }

    @Test
    void aStrayNulByteIsDroppedWithANote() throws IOException {
        byte[] text = BODY.getBytes(StandardCharsets.UTF_8);
        byte[] withNul = new byte[text.length + 1];
        System.arraycopy(text, 0, withNul, 0, 40);
        System.arraycopy(text, 40, withNul, 41, text.length - 40);
        Files.write(dir.resolve("nul.txt"), withNul);
        IngestResult r = read(CorpusReader.builder().build(), dir.resolve("nul.txt")).get("nul.txt");
        assertEquals(Status.OK, r.status(), r.message());
        assertTrue(r.message().contains("1 stray NUL byte dropped"), r.message());
        assertEquals(Assembler.clean(BODY).strip(), r.article().text().strip());
    }

    @Test
    void unquotedManifestTextKeepsItsLeadingTabsAndSpaces() throws IOException {
        String text = "\t  " + BODY.replace("\"", "").replace("\n", " ").replace(",", " ").strip();
        Files.writeString(dir.resolve("m.csv"), "id,text\nt1," + text + "\n");
        Files.writeString(dir.resolve("m.jsonl"), "{\"id\":\"t2\",\"text\":\"" + text.replace("\t", "\\t") + "\"}\n");
        Map<String, IngestResult> m = read(CorpusReader.builder().build(), dir.resolve("m.csv"));
        Map<String, IngestResult> j = read(CorpusReader.builder().build(), dir.resolve("m.jsonl"));
        assertEquals(Status.OK, m.get("t1").status(), m.get("t1").message());
        assertEquals(Hashing.sha256(text), m.get("t1").article().hash());
        assertEquals(j.get("t2").article().hash(), m.get("t1").article().hash());
    }
}
