package dev.stancekit.model;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HashingTest {

    @Test
    void sha256OfBytesAndTextAgree() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Hashing.sha256(""));
        assertEquals(Hashing.sha256("café".getBytes(StandardCharsets.UTF_8)), Hashing.sha256("café"));
    }

    @Test
    void textKeyFoldsWhiteSpaceOnly() {
        String a = "Talks resumed.\n\nBoth sides met.";
        assertEquals(Hashing.textKey(a), Hashing.textKey("  Talks resumed. Both\tsides met. \n"));
        assertNotEquals(Hashing.textKey(a), Hashing.textKey("Talks resumed. Both sides met!"));
        assertTrue(Hashing.textKey(a).startsWith("text:"));
    }
}
