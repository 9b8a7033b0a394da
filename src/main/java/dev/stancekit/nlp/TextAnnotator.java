package dev.stancekit.nlp;

/** Stage 2: splits an article text into sentences and tokens with POS, lemma and NER tags. */
public interface TextAnnotator {

    /** Annotates a text. Implementations are thread-safe and built once per JVM. */
    AnnotatedText annotate(String text);
}
