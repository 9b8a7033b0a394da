package dev.stancekit.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.Tone;
import dev.stancekit.model.ToneLabel;
import dev.stancekit.resources.Resources;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The learned tone correction of tone-model.csv, on weights written here. */
class ToneModelTest {

    private static final Tone RULE_NEUTRAL = new Tone(0, ToneLabel.NEUTRAL, List.of("description: quota"));

    private static Map<String, String> row(String f, String conf, String neu, String conc) {
        return Map.of("feature", f, "confrontational", conf, "neutral", neu, "conciliatory", conc);
    }

    /** One invented word pushes hard toward confrontational; another only a little. */
    private static ToneModel model() {
        return ToneModel.fromRows(List.of(row("bias", "0", "1", "0"), row("word:glorpish", "6", "0", "0"),
                row("word:mildish", "1.2", "0", "0"), row("pair:glorpish quota", "1", "0", "0")));
    }

    @Test
    void featuresNameTheRulesReadingItsCueKindsAndTheWordsAndPairs() {
        Map<String, Double> f = ToneModel.features("The Glorpish quota, again.", RULE_NEUTRAL);
        assertEquals(1.0, f.get("rule:neutral"));
        assertEquals(0.0, f.get("rule_score"));
        assertEquals(1.0, f.get("cue:description"));
        assertEquals(1.0, f.get("word:glorpish"));
        assertEquals(1.0, f.get("pair:glorpish quota"));
        assertEquals(1.0, f.get("pair:quota again"));
        assertFalse(f.containsKey("word:Glorpish"));
    }

    @Test
    void theModelsOwnCueIsNoFeature() {
        Tone corrected = new Tone(-0.9, ToneLabel.CONFRONTATIONAL, List.of("model confrontational 0.95: glorpish"));
        assertFalse(ToneModel.features("x", corrected).keySet().stream().anyMatch(k -> k.startsWith("cue:model")));
    }

    @Test
    void aConfidentModelSetsTheLabelAndItsExpectedToneAndNamesTheWordsThatMovedIt() {
        Tone t = model().correct("the glorpish quota", RULE_NEUTRAL, 0.8);
        assertEquals(ToneLabel.CONFRONTATIONAL, t.label());
        assertTrue(t.score() < -0.8, "expected tone " + t.score());
        String cue = t.cues().get(t.cues().size() - 1);
        assertTrue(cue.matches("model confrontational (0\\.9\\d|1\\.00): .*"), cue);
        assertTrue(cue.endsWith(": glorpish, glorpish quota"), cue);
        assertTrue(t.cues().contains("description: quota"), "the rules' cues stay");
    }

    /** Regression: the cue explained a label with "up the, to be, up". */
    @Test
    void theCueLeavesOutWordsTooCommonToExplainALabel() {
        ToneModel m = new ToneModel(Map.of("word:the", new double[] {9, 0, 0}, "pair:the glorpish", new double[] {8, 0, 0},
                "word:glorpish", new double[] {6, 0, 0}), java.util.Set.of("the"));
        String cue = m.correct("the glorpish", RULE_NEUTRAL, 0.5).cues().get(1);
        assertTrue(cue.endsWith(": the glorpish, glorpish"), cue);
    }

    @Test
    void belowTheMinimumProbabilityTheRulesToneStandsUnchanged() {
        assertSame(RULE_NEUTRAL, model().correct("a mildish quota", RULE_NEUTRAL, 0.8));
        assertEquals(ToneLabel.CONFRONTATIONAL, model().correct("a mildish quota", RULE_NEUTRAL, 0.4).label());
    }

    /** Regression: "The Chinese delegation arrived in Washington on Monday." came out confrontational. */
    @Test
    void aQuoteWithNoWordOfToneKeepsTheRulesToneWhateverItsTopicWords() {
        Tone onlyTarget = new Tone(0, ToneLabel.NEUTRAL, List.of("target other: chinese"));
        assertSame(onlyTarget, model().correct("the glorpish delegation arrived", onlyTarget, 0.5));
        Tone none = new Tone(0, ToneLabel.NEUTRAL, List.of());
        assertSame(none, model().correct("the glorpish delegation arrived", none, 0.5));
    }

    @Test
    void aFileWithOnlyItsHeaderTurnsTheCorrectionOff() {
        ToneModel off = ToneModel.fromRows(List.of());
        assertTrue(off.isEmpty());
        assertSame(RULE_NEUTRAL, off.correct("the glorpish quota", RULE_NEUTRAL, 0));
    }

    @Test
    void aBadRowNamesTheFileAndTheRow() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ToneModel.fromRows(List.of(row("bias", "0", "1", "0"), row("word:x", "1", "lots", "0"))));
        assertTrue(e.getMessage().contains("tone-model.csv data row 2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ToneModel.fromRows(List.of(row("", "0", "0", "0"))));
        assertThrows(IllegalArgumentException.class, () -> ToneModel.fromRows(List.of(row("bias", "NaN", "0", "0"))));
    }

    @Test
    void theBundledModelLoadsWithWeightsForTheRulesReading() {
        ToneModel bundled = ToneModel.load(Resources.bundled());
        assertTrue(bundled.size() > 1000, "features " + bundled.size());
        double[] p = bundled.probabilities(ToneModel.features("", RULE_NEUTRAL));
        assertEquals(1.0, p[0] + p[1] + p[2], 1e-9);
    }

    /** Random text and random rule tones: a valid tone always comes back, within its label's thresholds. */
    @Test
    void hammeredWithRandomTextTheScorerAlwaysGivesAToneItsLabelAgreesWith() {
        StanceToneScorer scorer = StanceToneScorer.create(Resources.bundled());
        Random r = new Random(7);
        String[] vocab = {"the", "US", "China", "must", "stop", "welcome", "cooperation", "provocation", "not",
            "\"", ",", "talks", "dangerous", "friendly", "Taiwan", "won't", "?", "é", "—", "red line"};
        for (int i = 0; i < 500; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(25); k > 0; k--) {
                b.append(vocab[r.nextInt(vocab.length)]).append(r.nextBoolean() ? " " : "");
            }
            Tone t = scorer.readQuote(b.toString(), r.nextBoolean() ? "warned" : null,
                    r.nextBoolean() ? "US" : "China", r.nextBoolean() ? b.toString() : null).tone();
            assertTrue(t.score() >= -1 && t.score() <= 1, b.toString());
            assertEquals(scorer.label(t.score()), t.label(), b + " " + t);
        }
    }
}
