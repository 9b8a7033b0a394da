package dev.stancekit.speakers;

import java.util.List;

/**
 * The words of a whole article ({@link Phrase} with its lexicon hits, and the folded words),
 * computed once per article rather than once per quote: each worker thread keeps those of the last
 * article it read. Thread-safe.
 */
final class ArticleWords {

    private record Cached(String text, Phrase phrase, List<String> folds) {
    }

    private final Lexicon lexicon;
    private final ThreadLocal<Cached> last = new ThreadLocal<>();

    ArticleWords(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The article text as a phrase. */
    Phrase phrase(String text) {
        return of(text).phrase();
    }

    /** The folded words of the article text. */
    List<String> folds(String text) {
        return of(text).folds();
    }

    private Cached of(String text) {
        Cached w = last.get();
        if (w == null || !(w.text() == text || w.text().equals(text))) {
            Phrase p = new Phrase(text, lexicon);
            w = new Cached(text, p, List.copyOf(Words.folds(p.toks)));
            last.set(w);
        }
        return w;
    }
}
