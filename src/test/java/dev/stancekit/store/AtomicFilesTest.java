package dev.stancekit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesTheNewContentAndLeavesNoTempFile() throws IOException {
        Path target = dir.resolve("report.csv");
        AtomicFiles.write(target, tmp -> Files.writeString(tmp, "first"));
        assertEquals("first", Files.readString(target));
        AtomicFiles.write(target, tmp -> Files.writeString(tmp, "second"));
        assertEquals("second", Files.readString(target));
        assertEquals(List.of("report.csv"), names());
    }

    @Test
    void theWriterGetsAFileBesideTheTarget() throws IOException {
        Path target = dir.resolve("deep").resolve("er").resolve("out.txt");
        Path[] seen = new Path[1];
        AtomicFiles.write(target, tmp -> {
            seen[0] = tmp;
            Files.writeString(tmp, "x");
        });
        assertEquals(target.toAbsolutePath().getParent(), seen[0].getParent());
        assertTrue(Files.isRegularFile(target));
    }

    @Test
    void aFailingWriterKeepsTheOldContentAndLeavesNoTempFile() throws IOException {
        Path target = dir.resolve("summary.txt");
        Files.writeString(target, "old and whole");
        IOException boom = new IOException("disk full halfway");
        IOException thrown = assertThrows(IOException.class, () -> AtomicFiles.write(target, tmp -> {
            Files.writeString(tmp, "new but hal");
            throw boom;
        }));
        assertSame(boom, thrown);
        assertEquals("old and whole", Files.readString(target));
        assertEquals(List.of("summary.txt"), names());
    }

    @Test
    void aRuntimeFailureAlsoCleansUp() throws IOException {
        Path target = dir.resolve("fresh.txt");
        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(target, tmp -> {
            throw new IllegalStateException("writer bug");
        }));
        assertEquals(List.of(), names());
    }

    @Test
    void moveReplacesAnExistingFile() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Files.writeString(a, "from a");
        Files.writeString(b, "old b");
        AtomicFiles.move(a, b);
        assertEquals("from a", Files.readString(b));
        assertEquals(List.of("b"), names());
    }
}
