package dev.stancekit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteTest {

    @Test
    void missingOptionalPartsGetNeutralDefaults() {
        Quote q = new Quote("a.txt#1", "a.txt", null, QuoteKind.PARTIAL, "a fair deal", null, null, null,
                List.of(), null, 3, 14);
        assertEquals("", q.cue());
        assertEquals("", q.speakerMention());
        assertSame(Speaker.NONE, q.speaker());
        assertSame(Tone.NEUTRAL, q.tone());
        assertEquals(Speaker.UNKNOWN_SIDE, q.side());
    }

    @Test
    void sideComesFromTheSpeakerAndThemesAreCopied() {
        List<String> themes = new ArrayList<>(List.of("trade"));
        Quote q = new Quote("b.txt#2", "b.txt", null, QuoteKind.DIRECT, "We will not bend", "said", "she",
                new Speaker("Ana Reyes", SpeakerType.PERSON, "other", "", false, "fixture"), themes, null, 0, 16);
        themes.add("security");
        assertEquals(List.of("trade"), q.themes());
        assertEquals("other", q.side());
        assertThrows(UnsupportedOperationException.class, () -> q.themes().add("x"));
    }

    @Test
    void requiredPartsAreChecked() {
        assertThrows(NullPointerException.class, () -> new Quote(null, "a", null, QuoteKind.DIRECT, "t", "", "",
                null, List.of(), null, 0, 1));
        assertThrows(NullPointerException.class, () -> new Quote("a#1", null, null, QuoteKind.DIRECT, "t", "", "",
                null, List.of(), null, 0, 1));
        assertThrows(NullPointerException.class, () -> new Quote("a#1", "a", null, null, "t", "", "",
                null, List.of(), null, 0, 1));
        assertThrows(NullPointerException.class, () -> new Quote("a#1", "a", null, QuoteKind.DIRECT, null, "", "",
                null, List.of(), null, 0, 1));
        assertThrows(NullPointerException.class, () -> new Quote("a#1", "a", null, QuoteKind.DIRECT, "t", "", "",
                null, null, null, 0, 1));
    }
}
