package dev.stancekit.eval;

import dev.stancekit.model.Tone;
import dev.stancekit.model.ToneLabel;
import dev.stancekit.tone.ToneTrainer.Example;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Training examples for the learned tone correction: each gold quote with a tone that a predicted
 * quote matches (the scorer's pairing), with the rules' tone of that prediction read from its
 * {@code tone}, {@code tone_label} and {@code tone_cues} cells.
 */
public final class ToneExamples {

    private ToneExamples() {
    }

    /**
     * The examples of {@code gold} and {@code pred} rows.
     *
     * @throws IllegalArgumentException when a prediction carries the learned model's cue: the
     *     predictions must come from a run with the model off, or it would learn from itself
     */
    public static List<Example> from(List<Map<String, String>> gold, List<Map<String, String>> pred, double minDice) {
        List<Example> out = new ArrayList<>();
        for (int[] m : new Scorer(minDice).match(gold, pred)) {
            Map<String, String> g = gold.get(m[0]);
            Map<String, String> p = pred.get(m[1]);
            String gt = g.getOrDefault("tone", "").strip();
            if (gt.isEmpty()) {
                continue;
            }
            int label;
            try {
                label = Integer.parseInt(gt);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("gold tone is not -1, 0 or 1: '" + gt + "' (" + PyText.head(g.get("text"), 40) + ")", e);
            }
            if (label < -1 || label > 1) {
                throw new IllegalArgumentException("gold tone is not -1, 0 or 1: " + gt);
            }
            List<String> cues = Arrays.stream(p.getOrDefault("tone_cues", "").split(";")).map(String::strip)
                    .filter(c -> !c.isEmpty()).toList();
            if (cues.stream().anyMatch(c -> c.startsWith("model "))) {
                throw new IllegalArgumentException("the predictions were made with the learned tone model on ("
                        + PyText.head(p.get("text"), 40) + "); run again with --resources DIR whose tone-model.csv has only its header");
            }
            Double score = PyText.parseFloat(p.getOrDefault("tone", ""));
            Integer rl = Labels.tone(p);
            if (score == null || rl == null || score < -1 || score > 1) {
                throw new IllegalArgumentException("a predicted quote has no tone in [-1, 1] (" + PyText.head(p.get("text"), 40) + ")");
            }
            Tone rule = new Tone(score, of(rl), cues);
            ToneLabel gl = of(label);
            out.add(new Example(p.getOrDefault("text", ""), rule, gl, PyText.articleKey(g.get("article"))));
        }
        return out;
    }

    private static ToneLabel of(int label) {
        return label < 0 ? ToneLabel.CONFRONTATIONAL : label > 0 ? ToneLabel.CONCILIATORY : ToneLabel.NEUTRAL;
    }
}
