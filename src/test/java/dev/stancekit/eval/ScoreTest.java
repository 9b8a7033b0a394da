package dev.stancekit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreTest {

    @Test
    void formatsLikePythonPercentThreeF() {
        assertEquals("0.062", Score.format(0.0625));
        assertEquals("0.188", Score.format(0.1875));
        assertEquals("0.123", Score.format(0.1235));
        assertEquals("1.000", Score.format(1.0));
        assertEquals("0.000", Score.format(0.0));
        assertEquals("0.667", Score.format(2.0 / 3));
        assertEquals("n/a", Score.format(null));
        assertEquals("12", Score.format(12));
    }

    @Test
    void listsAreCopiedAndImmutable() {
        List<String> missed = new ArrayList<>(List.of("m"));
        Score s = new Score(1, 0, 0, 0, 0, 0, 0.0, null, null, null, null, null, 0.0, missed, List.of());
        missed.add("later");
        assertEquals(List.of("m"), s.missed());
        assertThrows(UnsupportedOperationException.class, () -> s.missed().add("x"));
        assertThrows(UnsupportedOperationException.class, () -> s.toMap().put("x", 1));
        assertEquals("gold: 1\npredicted: 0\nmatched: 0\nprecision: 0.000\nrecall: 0.000\nf1: 0.000\n"
                + "direct_recall: 0.000\nindirect_recall: n/a\nspeaker_acc: n/a\nside_acc: n/a\n"
                + "theme_f1: n/a\ntone_acc: n/a\nend_to_end: 0.000\nmissed: m\nsummary: f1=0.000 "
                + "speaker_acc=n/a side_acc=n/a theme_f1=n/a tone_acc=n/a end_to_end=0.000\n", s.render());
    }
}
