package dev.stancekit.speakers;

import dev.stancekit.model.Article;
import dev.stancekit.model.Speaker;
import dev.stancekit.nlp.AnnotatedText;
import dev.stancekit.model.QuoteSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage 4: turns the words naming a quote's speaker into a canonical speaker with a side, using
 * the registry and the evidence in the article. Thread-safe, built once and reused.
 */
public interface SpeakerResolver {

    Speaker resolve(QuoteSpan quote, Article article, AnnotatedText doc);

    /**
     * The speakers of all quotes of one article, in the same order. An article-level resolver uses
     * what earlier mentions established ("the spokeswoman" after "spokeswoman Pham Thu Hang", "the
     * statement" after "X said in a statement"); by default each quote is resolved on its own.
     */
    default List<Speaker> resolveAll(List<QuoteSpan> quotes, Article article, AnnotatedText doc) {
        List<Speaker> out = new ArrayList<>(quotes.size());
        for (QuoteSpan q : quotes) {
            out.add(resolve(q, article, doc));
        }
        return out;
    }
}
