package dev.stancekit.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CsvManifestTest {

    @Test
    void quotesOpenOnlyAtFieldStart() {
        assertFalse(CsvManifest.inQuotes("a,b,\"c, d\"", false));
        assertTrue(CsvManifest.inQuotes("a,b,\"c, d", false));
        assertFalse(CsvManifest.inQuotes("a,b,he said \"hi", false));
        assertFalse(CsvManifest.inQuotes("a, \"x \"\"quoted\"\" y\",z", false));
        assertTrue(CsvManifest.inQuotes("a,\"x \"\"", false));
        assertFalse(CsvManifest.inQuotes("end of field\",next", true));
        assertTrue(CsvManifest.inQuotes("still \"\" inside", true));
    }
}
