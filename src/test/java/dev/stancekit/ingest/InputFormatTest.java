package dev.stancekit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class InputFormatTest {

    @Test
    void parsesCliValues() {
        assertEquals(InputFormat.AUTO, InputFormat.parse(" Auto "));
        assertEquals(InputFormat.TEXT, InputFormat.parse("txt"));
        assertEquals(InputFormat.HTML, InputFormat.parse("HTML"));
        assertEquals(InputFormat.CSV, InputFormat.parse("csv"));
        assertEquals(InputFormat.JSONL, InputFormat.parse("ndjson"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InputFormat.parse("pdf"));
        assertTrue(e.getMessage().contains("'pdf'"));
    }

    @Test
    void autoGoesByExtensionOtherFormatsTakeEverything() {
        assertEquals(InputFormat.TEXT, InputFormat.AUTO.of(Path.of("a/b.MD")));
        assertEquals(InputFormat.HTML, InputFormat.AUTO.of(Path.of("b.htm")));
        assertEquals(InputFormat.JSONL, InputFormat.AUTO.of(Path.of("feed.jsonl")));
        assertNull(InputFormat.AUTO.of(Path.of("photo.png")));
        assertNull(InputFormat.AUTO.of(Path.of(".hidden")));
        assertEquals(InputFormat.HTML, InputFormat.HTML.of(Path.of("photo.png")));
    }
}
