package dev.stancekit.store;

import static org.junit.jupiter.api.Assertions.*;

import dev.stancekit.resources.Resources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintTest {

    @TempDir
    Path dir;

    @Test
    void changesWhenAUserResourceChangesAndOnlyThen() throws IOException {
        String bundled = Fingerprint.of(Resources.bundled(), Resources.bundled());
        assertEquals(bundled, Fingerprint.of(Resources.bundled(), Resources.bundled()), "stable");
        assertEquals(bundled, Fingerprint.of(Resources.overlay(dir), Resources.bundled()), "empty folder changes nothing");
        Files.writeString(dir.resolve("themes.csv"), "id,label,phrases\nfishing,Fishing,fishing boat\n");
        String edited = Fingerprint.of(Resources.overlay(dir), Resources.bundled());
        assertNotEquals(bundled, edited);
        Files.writeString(dir.resolve("themes.csv"), "id,label,phrases\nfishing,Fishing,fishing boats\n");
        assertNotEquals(edited, Fingerprint.of(Resources.overlay(dir), Resources.bundled()));
        Files.writeString(dir.resolve("notes.txt"), "not a resource the analysis reads");
        assertNotEquals(bundled, Fingerprint.of(Resources.bundled(), Resources.overlay(dir)),
                "a registry folder with a themes.csv is still a different fingerprint layer");
    }

    @Test
    void registryFolderCounts() throws IOException {
        String bundled = Fingerprint.of(Resources.bundled(), Resources.bundled());
        Files.writeString(dir.resolve("speakers.csv"), "canonical,aliases,side,role,organization,gender\n"
                + "Jane Roe,Roe,US,Analyst,,female\n");
        assertNotEquals(bundled, Fingerprint.of(Resources.bundled(), Resources.overlay(dir)));
    }
}
