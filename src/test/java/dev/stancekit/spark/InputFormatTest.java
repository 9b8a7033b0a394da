package dev.stancekit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InputFormatTest {

    @Test
    void parsesLabelsAndAliasesIgnoringCase() {
        for (InputFormat f : InputFormat.values()) {
            assertEquals(f, InputFormat.parse(" " + f.label().toUpperCase() + " "));
        }
        assertEquals(InputFormat.JSONL, InputFormat.parse("json"));
        assertEquals(InputFormat.TEXT, InputFormat.parse("txt"));
    }

    @Test
    void unknownFormatListsTheKnownOnes() {
        String m = assertThrows(IllegalArgumentException.class, () -> InputFormat.parse("xlsx")).getMessage();
        assertTrue(m.contains("'xlsx'") && m.contains("parquet"), m);
        assertThrows(IllegalArgumentException.class, () -> InputFormat.parse(null));
    }
}
