package dev.stancekit.model;

import java.util.List;
import java.util.Objects;

/**
 * The tone of a text: a score in [-1, 1] from confrontational to conciliatory, its label, and the
 * words and phrases that moved the score.
 */
public record Tone(double score, ToneLabel label, List<String> cues) {

    public Tone {
        if (Double.isNaN(score) || score < -1 || score > 1) {
            throw new IllegalArgumentException("tone out of [-1,1]: " + score);
        }
        Objects.requireNonNull(label, "label");
        cues = cues.stream().filter(c -> !c.isEmpty()).toList();
    }

    public static final Tone NEUTRAL = new Tone(0, ToneLabel.NEUTRAL, List.of());
}
