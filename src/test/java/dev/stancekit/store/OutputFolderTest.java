package dev.stancekit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {

    @TempDir
    Path dir;

    @Test
    void aSecondHolderIsRefusedUntilTheFirstLetsGo() throws IOException {
        Path out = dir.resolve("out");
        try (OutputFolder first = OutputFolder.open(out, false, 0)) {
            OutputFolder.Failure f = assertThrows(OutputFolder.Failure.class, () -> OutputFolder.open(out, false, 0));
            assertEquals(OutputFolder.EXIT_BUSY, f.exitCode());
            assertTrue(f.getMessage().contains("in use by another stancekit run"), f.getMessage());
        }
        try (OutputFolder again = OutputFolder.open(out, false, 0)) {
            assertEquals(out, again.dir());
        }
    }

    @Test
    void aFullDiskIsRefusedBeforeAnyWork() {
        OutputFolder.Failure f = assertThrows(OutputFolder.Failure.class,
                () -> OutputFolder.open(dir.resolve("out"), false, Long.MAX_VALUE));
        assertEquals(OutputFolder.EXIT_UNWRITABLE, f.exitCode());
        assertTrue(f.getMessage().contains("disk full"), f.getMessage());
    }

    @Test
    void aFolderThatCannotBeCreatedIsUnwritable() throws IOException {
        Path file = Files.writeString(dir.resolve("plain.txt"), "x");
        OutputFolder.Failure f = assertThrows(OutputFolder.Failure.class,
                () -> OutputFolder.open(file.resolve("out"), false, 0));
        assertEquals(OutputFolder.EXIT_UNWRITABLE, f.exitCode());
        assertTrue(f.getMessage().startsWith("cannot write the output folder"), f.getMessage());
    }

    @Test
    void cacheKeepsOnlyEntriesOfArchivedArticles() throws IOException {
        ResultCache cache = new ResultCache(dir, "fp");
        Article kept = Article.of("a.txt", "first text");
        Article gone = Article.of("b.txt", "second text");
        Article oldVersion = Article.of("a.txt", "first text, before an edit");
        cache.put(kept, List.of());
        cache.put(gone, List.of());
        cache.put(oldVersion, List.of());
        new ResultCache(dir, "older fingerprint").put(kept, List.of());
        assertEquals(3, cache.retain(List.of(kept)));
        assertTrue(cache.get(kept).isPresent());
        assertTrue(cache.get(gone).isEmpty());
        assertTrue(cache.get(oldVersion).isEmpty());
        try (var s = Files.list(dir.resolve(".stancekit").resolve("cache"))) {
            assertEquals(1, s.count());
        }
    }

    @Test
    void codeHashFollowsTheClassFiles() throws IOException {
        Path classes = dir.resolve("classes");
        Path cls = classes.resolve("dev/stancekit/quotes/Rule.class");
        Files.createDirectories(cls.getParent());
        Files.write(cls, new byte[] {(byte) 0xCA, (byte) 0xFE, 1});
        String before = CodeHash.of(classes);
        Files.write(cls, new byte[] {(byte) 0xCA, (byte) 0xFE, 2});
        String after = CodeHash.of(classes);
        assertNotEquals(before, after);
        assertNotEquals("unknown", after);
        assertEquals(after, CodeHash.of(classes), "the same code gives the same hash");
        assertNotEquals("unknown", Fingerprint.code(), "the running code is hashed");
    }
}
