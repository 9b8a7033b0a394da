package dev.stancekit.speakers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.stancekit.resources.Resources;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleWordsTest {

    private final ArticleWords words = new ArticleWords(Lexicon.load(Resources.bundled()));

    @Test
    void oneArticleIsReadOnce() {
        String text = "Mara Quell, a senator, spoke. Quell said more.";
        Phrase p = words.phrase(text);
        assertSame(p, words.phrase(new String(text)), "an equal text is the same article");
        assertEquals(List.of("mara", "quell", "a", "senator", "spoke", "quell", "said", "more"), words.folds(text));
        assertEquals(Words.folds(new Phrase(text, Lexicon.load(Resources.bundled())).toks), words.folds(text));
        assertNotSame(p, words.phrase("Another article."));
        assertEquals(List.of("another", "article"), words.folds("Another article."));
    }

    @Test
    void findsEveryOccurrenceIgnoringCase() {
        String text = "The Spokesman said; the spokesman added. THE SPOKESMANSHIP";
        assertArrayEquals(new int[] {0, 20, 41}, words.occurrencesIgnoreCase(text, "the spokesman"));
        assertArrayEquals(new int[] {0, 1, 2}, words.occurrencesIgnoreCase("aaaa", "aa"), "overlapping ones too");
        assertArrayEquals(new int[0], words.occurrencesIgnoreCase(text, ""));
        assertArrayEquals(new int[0], words.occurrencesIgnoreCase(text, "ministry"));
    }
}
