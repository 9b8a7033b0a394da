package dev.stancekit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScorerTest {

    private static final Scorer SCORER = new Scorer();

    /** A row from alternating column names and values. */
    static Map<String, String> row(String... kv) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    static Map<String, String> gold(String article, String kind, String text, String speaker,
                                    String side, String themes, String tone) {
        return row("article", article, "kind", kind, "text", text, "speaker", speaker, "side", side,
                "themes", themes, "tone", tone);
    }

    @Test
    void identicalFilesScorePerfectly() {
        List<Map<String, String>> g = List.of(
                gold("a.txt", "direct", "The harbour will reopen next week", "Jane Doe", "US", "trade", "1"),
                gold("a.txt", "indirect", "talks should continue in spring", "Li Wei", "China", "diplomacy;trade", "0"));
        List<Map<String, String>> p = new ArrayList<>();
        for (Map<String, String> r : g) {
            Map<String, String> q = new HashMap<>(r);
            q.put("tone_label", r.get("tone").equals("1") ? "conciliatory" : "neutral");
            p.add(q);
        }
        Score s = SCORER.score(g, p);
        assertEquals(2, s.matched());
        for (String k : List.of("precision", "recall", "f1", "direct_recall", "indirect_recall",
                "speaker_acc", "side_acc", "theme_f1", "tone_acc", "end_to_end")) {
            assertEquals(1.0, (Double) s.toMap().get(k), k);
        }
        assertEquals(List.of(), s.missed());
        assertEquals(List.of(), s.spurious());
    }

    @Test
    void countsPrecisionRecallAndKindRecall() {
        List<Map<String, String>> g = List.of(
                gold("x", "direct", "one two three four", "", "", "", ""),
                gold("x", "partial", "five six", "", "", "", ""),
                gold("x", "indirect", "seven eight nine", "", "", "", ""),
                gold("x", "indirect", "ten eleven twelve", "", "", "", ""));
        List<Map<String, String>> p = List.of(
                row("article", "x", "text", "one two three four"),
                row("article", "x", "text", "seven eight nine ten"),
                row("article", "x", "text", "nothing like the others"));
        Score s = SCORER.score(g, p);
        assertEquals(2, s.matched());
        assertEquals(2.0 / 3, s.precision());
        assertEquals(0.5, s.recall());
        assertEquals(2 * (2.0 / 3) * 0.5 / (2.0 / 3 + 0.5), s.f1());
        assertEquals(0.5, s.directRecall());
        assertEquals(0.5, s.indirectRecall());
        assertEquals(List.of("five six", "ten eleven twelve"), s.missed());
        assertEquals(List.of("nothing like the others"), s.spurious());
    }

    @Test
    void articleKeyIgnoresFoldersExtensionAndCase() {
        List<Map<String, String>> g = List.of(gold("news/Story-1.txt", "direct", "red green blue", "", "", "", ""));
        assertEquals(1, SCORER.score(g, List.of(row("article", "STORY-1", "text", "red green blue"))).matched());
        assertEquals(1, SCORER.score(g, List.of(row("article", " other/story-1.html ", "text", "red green blue"))).matched());
        assertEquals(0, SCORER.score(g, List.of(row("article", "story-2.txt", "text", "red green blue"))).matched());
    }

    @Test
    void diceThresholdIsInclusive() {
        List<Map<String, String>> g = List.of(gold("a", "direct", "alpha beta", "", "", "", ""));
        List<Map<String, String>> p = List.of(row("article", "a", "text", "Alpha, GAMMA!"));
        assertEquals(1, new Scorer(0.5).score(g, p).matched());
        assertEquals(0, new Scorer(0.51).score(g, p).matched());
        assertThrows(IllegalArgumentException.class, () -> new Scorer(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new Scorer(1.5));
    }

    @Test
    void equalDiceTiesGoToTheHigherGoldIndexThenHigherPredIndex() {
        List<Map<String, String>> g = List.of(
                gold("a", "direct", "we will talk", "", "", "", ""),
                gold("a", "direct", "We will TALK", "", "", "", ""));
        Score one = SCORER.score(g, List.of(row("article", "a", "text", "will we talk")));
        assertEquals(List.of("we will talk"), one.missed());
        List<Map<String, String>> p = List.of(
                row("article", "a", "text", "talk we will", "speaker", "Ann Lee"),
                row("article", "a", "text", "we talk will", "speaker", "Bo Chen"));
        List<Map<String, String>> g1 = List.of(gold("a", "direct", "we will talk", "Bo Chen", "", "", ""));
        Score s = SCORER.score(g1, p);
        assertEquals(1.0, s.speakerAcc());
        assertEquals(List.of("talk we will"), s.spurious());
    }

    @Test
    void pairsAreTakenBestFirstOneToOne() {
        List<Map<String, String>> g = List.of(
                gold("a", "direct", "a b c d", "", "", "", ""),
                gold("a", "direct", "a b c e", "", "", "", ""));
        List<Map<String, String>> p = List.of(
                row("article", "a", "text", "a b c e"),
                row("article", "a", "text", "a b c d"));
        List<int[]> m = SCORER.match(g, p);
        assertEquals(2, m.size());
        assertEquals(List.of(1, 0), List.of(m.get(0)[0], m.get(0)[1]));
        assertEquals(List.of(0, 1), List.of(m.get(1)[0], m.get(1)[1]));
    }

    @Test
    void speakerMatchesIgnoringTitlesBySubsetOrMention() {
        List<Map<String, String>> g = List.of(
                gold("a", "direct", "first quote here", "Secretary Jane Q. Doe", "", "", ""),
                gold("a", "direct", "second quote here now", "Li Wei", "", "", ""),
                gold("a", "direct", "third one is here", "Mr. Smith", "", "", ""),
                gold("a", "direct", "fourth saying ends", "the Minister", "", "", ""));
        List<Map<String, String>> p = List.of(
                row("article", "a", "text", "first quote here", "speaker", "Doe"),
                row("article", "a", "text", "second quote here now", "speaker", "China", "speaker_mention", "li wei"),
                row("article", "a", "text", "third one is here", "speaker", "John Jones"),
                row("article", "a", "text", "fourth saying ends", "speaker", "the minister"));
        Score s = SCORER.score(g, p);
        assertEquals(0.5, s.speakerAcc());
        assertNull(s.sideAcc());
        assertEquals(0.5, s.endToEnd());
    }

    @Test
    void sideIsCaseInsensitiveAndStarMatchesAnything() {
        List<Map<String, String>> g = List.of(
                gold("a", "direct", "one quote", "", " us ", "", ""),
                gold("a", "direct", "two quote", "", "*", "", ""),
                gold("a", "direct", "three quote", "", "China", "", ""));
        List<Map<String, String>> p = List.of(
                row("article", "a", "text", "one quote", "side", "US"),
                row("article", "a", "text", "two quote"),
                row("article", "a", "text", "three quote", "side", "other"));
        Score s = SCORER.score(g, p);
        assertEquals(2.0 / 3, s.sideAcc());
        assertEquals(2.0 / 3, s.endToEnd());
    }

    @Test
    void themesAreMicroF1OverMatchedRows() {
        List<Map<String, String>> g = List.of(
                gold("a", "direct", "one quote", "", "", "trade; Taiwan", ""),
                gold("a", "direct", "two quote", "", "", "", ""),
                gold("a", "direct", "three quote", "", "", "climate", ""));
        List<Map<String, String>> p = List.of(
                row("article", "a", "text", "one quote", "themes", "TRADE|military,"),
                row("article", "a", "text", "two quote", "themes", "ignored"),
                row("article", "a", "text", "three quote", "themes", "climate"));
        // tp=2 (trade, climate), fp=1 (military), fn=1 (taiwan)
        assertEquals(2.0 / 3, SCORER.score(g, p).themeF1(), 1e-15);
    }

    @Test
    void toneFromLabelNameOrNumberWithNeutralBand() {
        String[][] cases = {{"tone_label", "Hostile", "-1"}, {"tone_label", "mixed", "0"},
                            {"tone", "0.1", "0"}, {"tone", "0.11", "1"}, {"tone", "-0.1", "0"},
                            {"tone", "-2e-1", "-1"}, {"tone_label", " 0.5 ", "1"}, {"tone", "nan", "0"},
                            {"tone", "1_0", "1"}};
        for (String[] c : cases) {
            Map<String, String> r = row("article", "a", "text", "tone test words", c[0], c[1]);
            List<Map<String, String>> g = List.of(gold("a", "direct", "tone test words", "", "", "", c[2]));
            assertEquals(1.0, SCORER.score(g, List.of(r)).toneAcc(), String.join(" ", c));
        }
        Map<String, String> unreadable = row("article", "a", "text", "tone test words", "tone_label", "angry", "tone", "1");
        assertEquals(0.0, SCORER.score(List.of(gold("a", "direct", "tone test words", "", "", "", "1")),
                List.of(unreadable)).toneAcc());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SCORER.score(
                List.of(gold("a", "direct", "x", "", "", "", "positive")), List.of()));
        assertTrue(e.getMessage().contains("positive"), e.getMessage());
    }

    @Test
    void emptyGoldCellsAreNotScored() {
        List<Map<String, String>> g = List.of(gold("a", "direct", "only words", " ", "", "", ""));
        Score s = SCORER.score(g, List.of(row("article", "a", "text", "only words", "speaker", "X", "side", "US")));
        assertNull(s.speakerAcc());
        assertNull(s.sideAcc());
        assertNull(s.themeF1());
        assertNull(s.toneAcc());
        assertNull(s.indirectRecall());
        assertEquals(1.0, s.endToEnd());
        assertTrue(s.render().contains("speaker_acc: n/a\n"), s.render());
        Score empty = SCORER.score(List.of(), List.of());
        assertNull(empty.endToEnd());
        assertEquals(0.0, empty.f1());
    }

    @Test
    void missedAndSpuriousAreCutAt70CodePoints() {
        String longText = "\uD83D\uDE00 " + "word ".repeat(30);
        Score s = SCORER.score(List.of(gold("a", "direct", longText, "", "", "", "")),
                List.of(row("article", "b", "text", longText)));
        assertEquals(70, s.missed().get(0).codePointCount(0, s.missed().get(0).length()));
        assertTrue(longText.startsWith(s.spurious().get(0)));
    }

    @Test
    void renderMatchesScorePyLayout() {
        List<Map<String, String>> g = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            g.add(gold("a", "direct", "quote number " + i, "", "", "", ""));
        }
        Score s = SCORER.score(g, List.of(row("article", "a", "text", "quote number 3")));
        String out = s.render();
        assertTrue(out.startsWith("gold: 16\npredicted: 1\nmatched: 1\nprecision: 1.000\nrecall: 0.062\n"), out);
        assertTrue(out.contains("\nmissed: quote number 15\n"), out);
        assertTrue(out.endsWith("\nsummary: f1=0.118 speaker_acc=n/a side_acc=n/a theme_f1=n/a "
                + "tone_acc=n/a end_to_end=0.062\n"), out);
    }

    @Test
    void randomRowsNeverThrowAndStayInRange() {
        Random rnd = new Random(42);
        String[] cols = {"article", "kind", "text", "speaker", "speaker_mention", "side", "themes",
                         "tone", "tone_label"};
        for (int round = 0; round < 300; round++) {
            List<Map<String, String>> g = new ArrayList<>();
            List<Map<String, String>> p = new ArrayList<>();
            for (int i = rnd.nextInt(8); i > 0; i--) {
                Map<String, String> r = new HashMap<>();
                for (String c : cols) {
                    if (rnd.nextInt(5) > 0) {
                        r.put(c, c.equals("tone") ? String.valueOf(rnd.nextInt(3) - 1) : junk(rnd));
                    }
                }
                g.add(r);
            }
            for (int i = rnd.nextInt(8); i > 0; i--) {
                Map<String, String> r = new HashMap<>();
                for (String c : cols) {
                    r.put(c, rnd.nextBoolean() ? junk(rnd) : null);
                }
                p.add(r);
            }
            Score s = new Scorer(rnd.nextDouble()).score(g, p);
            assertTrue(s.matched() <= Math.min(g.size(), p.size()));
            assertEquals(g.size() - s.matched(), s.missed().size());
            assertEquals(p.size() - s.matched(), s.spurious().size());
            s.toMap().forEach((k, v) -> {
                if (v instanceof Double d) {
                    assertTrue(d >= 0 && d <= 1, k + "=" + d);
                }
            });
            assertTrue(s.render().endsWith("\n"));
        }
    }

    private static String junk(Random rnd) {
        String alphabet = "ab c;|,’'\"\n\t\u00A0*./İ\u212A0123456789-é\uD83D\uDE00xyzUSChina";
        StringBuilder b = new StringBuilder();
        for (int i = rnd.nextInt(12); i > 0; i--) {
            int at = rnd.nextInt(alphabet.length());
            b.append(alphabet.charAt(at));
        }
        return b.toString();
    }
}
