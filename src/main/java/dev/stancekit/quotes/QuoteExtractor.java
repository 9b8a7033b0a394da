package dev.stancekit.quotes;

import dev.stancekit.model.Article;
import dev.stancekit.model.QuoteSpan;
import dev.stancekit.nlp.AnnotatedText;
import java.util.List;

/**
 * Stage 3: finds every attributed quote in an article (direct, partial, multi-paragraph,
 * reported speech) and the words naming its speaker. Thread-safe, built once and reused.
 */
public interface QuoteExtractor {

    /** The quotes of the article in text order. */
    List<QuoteSpan> extract(Article article, AnnotatedText doc);
}
