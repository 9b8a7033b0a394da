package dev.stancekit.speakers;

import dev.stancekit.model.Article;
import dev.stancekit.nlp.AnnotatedText;
import dev.stancekit.nlp.Sentence;
import dev.stancekit.nlp.Token;
import dev.stancekit.model.QuoteSpan;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/** The state of one {@code resolve} call: the quote, its article and the article's words. */
final class Context {

    /** The antecedent (or mention) with any apposition. */
    final String key;
    final QuoteSpan quote;
    final Article article;
    final AnnotatedText doc;
    private final ArticleWords articleWords;

    Context(QuoteSpan quote, Article article, AnnotatedText doc, String key, ArticleWords articleWords) {
        this.key = key;
        this.quote = quote;
        this.article = article;
        this.doc = doc;
        this.articleWords = articleWords;
    }

    Phrase articlePhrase() {
        return articleWords.phrase(article.text());
    }

    List<String> articleFolds() {
        return articleWords.folds(article.text());
    }

    /** The NER tag of each word of the phrase, where the phrase is found in the annotated article. */
    IntFunction<String> ner(Phrase p) {
        String text = article.text();
        if (doc == null || p.isEmpty() || !doc.text().equals(text)) {
            return i -> null;
        }
        int ms = quote.mentionAt().orElse(-1);
        int off = ms >= 0 && text.startsWith(p.text, ms) ? ms : text.indexOf(p.text);
        if (off < 0) {
            return i -> null;
        }
        Map<Integer, String> tags = new HashMap<>();
        int end = off + p.text.length();
        for (Sentence s : doc.sentences()) {
            if (s.end() > off && s.begin() < end) {
                for (Token t : s.tokens()) {
                    if (t.begin() >= off && t.begin() < end) {
                        tags.put(t.begin(), t.ner());
                    }
                }
            }
        }
        return i -> tags.get(off + p.toks.get(i).start());
    }
}
