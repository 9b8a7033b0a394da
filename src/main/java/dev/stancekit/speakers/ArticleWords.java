package dev.stancekit.speakers;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the speaker rules look up in a whole article (its {@link Phrase} with the lexicon hits, its
 * folded words, where a phrase occurs in it), computed once per article rather than once per
 * quote: each worker thread keeps those of the last article it read. Thread-safe.
 */
final class ArticleWords {

    /** One article's words, filled in as they are asked for; used by one thread only. */
    private static final class Cached {
        final String text;
        Phrase phrase;
        List<String> folds;
        final Map<String, int[]> occurrences = new HashMap<>();

        Cached(String text) {
            this.text = text;
        }
    }

    private final Lexicon lexicon;
    private final ThreadLocal<Cached> last = new ThreadLocal<>();

    ArticleWords(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The article text as a phrase. */
    Phrase phrase(String text) {
        Cached c = of(text);
        if (c.phrase == null) {
            c.phrase = new Phrase(MentionText.blankNicknames(text), lexicon); // offsets kept
        }
        return c.phrase;
    }

    /** The folded words of the article text. */
    List<String> folds(String text) {
        Cached c = of(text);
        if (c.folds == null) {
            c.folds = List.copyOf(Words.folds(phrase(text).toks));
        }
        return c.folds;
    }

    /**
     * The offsets, ascending, at which {@code needle} occurs in the article text ignoring case (as
     * {@link String#regionMatches(boolean, int, String, int, int)}), overlapping ones included;
     * none for an empty needle.
     */
    int[] occurrencesIgnoreCase(String text, String needle) {
        return of(text).occurrences.computeIfAbsent(needle, n -> scan(text, n));
    }

    private static int[] scan(String text, String needle) {
        if (needle.isEmpty()) {
            return new int[0];
        }
        int[] out = new int[4];
        int count = 0;
        for (int i = 0; i + needle.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, needle, 0, needle.length())) {
                if (count == out.length) {
                    out = Arrays.copyOf(out, count * 2);
                }
                out[count++] = i;
            }
        }
        return Arrays.copyOf(out, count);
    }

    private Cached of(String text) {
        Cached c = last.get();
        if (c == null || !(c.text == text || c.text.equals(text))) {
            c = new Cached(text);
            last.set(c);
        }
        return c;
    }
}
