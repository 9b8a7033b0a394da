package dev.stancekit.speakers;

import dev.stancekit.model.Article;
import dev.stancekit.model.Speaker;
import dev.stancekit.nlp.AnnotatedText;
import dev.stancekit.model.QuoteSpan;

/**
 * Stage 4: turns the words naming a quote's speaker into a canonical speaker with a side, using
 * the registry and the evidence in the article. Thread-safe, built once and reused.
 */
public interface SpeakerResolver {

    Speaker resolve(QuoteSpan quote, Article article, AnnotatedText doc);
}
