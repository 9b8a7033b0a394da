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
        Quote q = Quote.builder().id("a.txt#1").article("a.txt").kind(QuoteKind.PARTIAL).text("a fair deal")
                .themes(List.of()).span(3, 14).build();
        assertEquals("", q.cue());
        assertEquals("", q.speakerMention());
        assertSame(Speaker.NONE, q.speaker());
        assertSame(Tone.NEUTRAL, q.tone());
        assertEquals(Speaker.UNKNOWN_SIDE, q.side());
    }

    @Test
    void sideComesFromTheSpeakerAndThemesAreCopied() {
        List<String> themes = new ArrayList<>(List.of("trade"));
        Quote q = Quote.builder().id("b.txt#2").article("b.txt").kind(QuoteKind.DIRECT).text("We will not bend")
                .cue("said").speakerMention("she")
                .speaker(Speaker.builder().canonical("Ana Reyes").type(SpeakerType.PERSON).side("other")
                        .evidence("fixture").build()).themes(themes)
                .span(0, 16).build();
        themes.add("security");
        assertEquals(List.of("trade"), q.themes());
        assertEquals("other", q.side());
        assertThrows(UnsupportedOperationException.class, () -> q.themes().add("x"));
    }

    @Test
    void requiredPartsAreChecked() {
        assertThrows(NullPointerException.class, () -> Quote.builder().article("a").kind(QuoteKind.DIRECT).text("t")
                .build());
        assertThrows(NullPointerException.class, () -> Quote.builder().id("a#1").kind(QuoteKind.DIRECT).text("t")
                .build());
        assertThrows(NullPointerException.class, () -> Quote.builder().id("a#1").article("a").text("t").build());
        assertThrows(NullPointerException.class, () -> Quote.builder().id("a#1").article("a").kind(QuoteKind.DIRECT)
                .build());
        assertThrows(NullPointerException.class, () -> Quote.builder().themes(null));
        Quote ok = Quote.builder().id("a#1").article("a").kind(QuoteKind.DIRECT).text("t").build();
        assertEquals(List.of(), ok.themes());
    }
}
