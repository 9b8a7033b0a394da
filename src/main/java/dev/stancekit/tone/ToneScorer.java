package dev.stancekit.tone;

/** Stage 5b: scores the tone of a text. Thread-safe. */
public interface ToneScorer {

    Tone score(String text);
}
