package dev.stancekit.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ManifestTest {

    /** Files in resources/ that are not data the stages read. */
    private static final Set<String> NOT_DATA = Set.of("manifest.csv", "VADER-LICENSE.txt", "sample-corpus-gold.csv");

    @Test
    void everyDataFileInTheResourcesFolderIsListedAndEveryListedFileIsBundled() throws IOException {
        Set<String> onDisk = new TreeSet<>();
        try (Stream<Path> s = Files.list(Path.of("resources"))) {
            s.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> !NOT_DATA.contains(n)).forEach(onDisk::add);
        }
        Set<String> listed = new TreeSet<>();
        for (Manifest.Entry e : Manifest.bundled().entries()) {
            listed.add(e.file());
            try (Reader r = Resources.openBundled(e.file())) {
                assertTrue(r.read() >= 0, e.file() + " is empty");
            }
            assertFalse(e.readBy().isEmpty(), e.file() + " names no stage");
        }
        assertEquals(onDisk, listed);
    }

    @Test
    void theReportOnlyFilesAreNotAnalysisFiles() {
        List<String> analysis = Manifest.bundled().analysisFiles();
        assertTrue(analysis.contains("themes.csv") && analysis.contains("speakers.csv"), analysis.toString());
        for (Manifest.Entry e : Manifest.bundled().entries()) {
            assertEquals(!e.readBy().equals(List.of("report")), e.analysis(), e.toString());
        }
    }

    @Test
    void anUnlistedFileFailsLoudly() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Manifest.bundled().entry("secret-words.csv"));
        assertTrue(e.getMessage().contains("secret-words.csv") && e.getMessage().contains("manifest.csv"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Resources.bundled().readCsv("secret-words.csv"));
        assertThrows(IllegalArgumentException.class, () -> Resources.bundled().open("secret-words.txt"));
    }

    @Test
    void aBadManifestRowIsAClearError() {
        Map<String, String> ok = Map.of("file", "a.csv", "read_by", "quotes", "override", "add", "analysis", "yes");
        assertEquals(Manifest.Mode.ADD, Manifest.of(List.of(ok)).entry("a.csv").override());
        IllegalStateException mode = assertThrows(IllegalStateException.class, () -> Manifest.of(List.of(
                Map.of("file", "a.csv", "read_by", "quotes", "override", "merge", "analysis", "yes"))));
        assertTrue(mode.getMessage().contains("merge"), mode.getMessage());
        assertThrows(IllegalStateException.class, () -> Manifest.of(List.of(
                Map.of("file", "a.csv", "read_by", "quotes", "override", "add", "analysis", "maybe"))));
        assertThrows(IllegalStateException.class, () -> Manifest.of(List.of(ok, ok)));
    }
}
