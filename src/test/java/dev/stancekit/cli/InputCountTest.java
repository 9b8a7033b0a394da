package dev.stancekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputCountTest {

    @TempDir
    Path dir;

    @Test
    void aFolderCountsItsFilesRecursively() throws IOException {
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus.resolve("2024").resolve("may"));
        Files.writeString(corpus.resolve("a.txt"), "The mayor said yes.");
        Files.writeString(corpus.resolve("b.html"), "<p>The council said no.</p>");
        Files.writeString(corpus.resolve("2024").resolve("may").resolve("c.md"), "# Notes");
        assertEquals(3, InputCount.estimate(List.of(corpus)));
        Files.createDirectories(dir.resolve("empty-folder"));
        assertEquals(0, InputCount.estimate(List.of(dir.resolve("empty-folder"))));
    }

    @Test
    void manifestsCountTheirRowsAndPlainFilesCountOne() throws IOException {
        Path csv = dir.resolve("list.CSV");
        Files.writeString(csv, "id,text\n1,alpha\n2,beta\n3,gamma\n");
        Path jsonl = dir.resolve("feed.jsonl");
        Files.writeString(jsonl, "{\"id\":1}\n{\"id\":2}\n");
        Path ndjson = dir.resolve("feed.ndjson");
        Files.writeString(ndjson, "{\"id\":1}\n");
        Path txt = dir.resolve("one.txt");
        Files.writeString(txt, "line one\nline two\nline three\n");
        assertEquals(3, InputCount.estimate(List.of(csv)));
        assertEquals(2, InputCount.estimate(List.of(jsonl)));
        assertEquals(1, InputCount.estimate(List.of(ndjson)));
        assertEquals(1, InputCount.estimate(List.of(txt)));
        assertEquals(7, InputCount.estimate(List.of(csv, jsonl, ndjson, txt)));
    }

    @Test
    void emptyOrMissingInputsStillCountOne() throws IOException {
        Path headerOnly = dir.resolve("empty.csv");
        Files.writeString(headerOnly, "id,text\n");
        assertEquals(1, InputCount.estimate(List.of(headerOnly)));
        assertEquals(1, InputCount.estimate(List.of(dir.resolve("not-there.jsonl"))));
        assertEquals(1, InputCount.estimate(List.of(dir.resolve("not-there.txt"))));
        assertEquals(0, InputCount.estimate(List.of()));
    }
}
