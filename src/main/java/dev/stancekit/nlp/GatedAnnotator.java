package dev.stancekit.nlp;

import dev.stancekit.resources.Resources;
import java.util.Objects;

/**
 * The CoreNLP stage with a {@link SentenceGate}: every sentence is tokenized, but only the ones
 * that can hold or attribute a quote, and the ones the speaker rules read back to, are tagged with
 * POS, lemma and NER. Thread-safe; shares the JVM-wide CoreNLP models.
 */
public final class GatedAnnotator implements TextAnnotator {

    private final CoreNlpAnnotator core;
    private final SentenceGate gate;

    GatedAnnotator(CoreNlpAnnotator core, SentenceGate gate) {
        this.core = Objects.requireNonNull(core);
        this.gate = Objects.requireNonNull(gate);
    }

    /** The shared CoreNLP pipeline gated by {@code annotation-gate.csv} and {@code cue-verbs.csv} in {@code res}. */
    public static GatedAnnotator create(Resources res) {
        return new GatedAnnotator(CoreNlpAnnotator.shared(), SentenceGate.create(GateSettings.load(res)));
    }

    @Override
    public AnnotatedText annotate(String text) {
        return core.annotate(text, gate);
    }
}
