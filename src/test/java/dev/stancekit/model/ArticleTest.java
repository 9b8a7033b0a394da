package dev.stancekit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleTest {

    @Test
    void ofFillsTheUnknownParts() {
        Article a = Article.of("note.txt", "The bridge reopened on Friday.");
        assertEquals("note.txt", a.path());
        assertEquals("", a.title());
        assertNull(a.date());
        assertEquals("", a.source());
        assertEquals("", a.url());
        assertEquals(Hashing.sha256("The bridge reopened on Friday."), a.hash());
        assertNotEquals(a.hash(), Article.of("note.txt", "The bridge reopened on Saturday.").hash());
    }

    @Test
    void builderAndToBuilderRoundTrip() {
        Article a = Article.builder().id("x.html").path("in/x.html").title("Bridge reopens")
                .date(LocalDate.of(2024, 2, 29)).source("Daily Ledger").url("https://example.org/x")
                .text("Cars crossed again.").hash("abc123").build();
        assertEquals(a, a.toBuilder().build());
        assertEquals("abc123", a.hash());
        Article b = a.toBuilder().title("Other").build();
        assertEquals("Other", b.title());
        assertEquals(a.hash(), b.hash());
    }

    @Test
    void wordsCountsWhitespaceSeparatedWords() {
        assertEquals(0, Article.of("e", "").words());
        assertEquals(0, Article.of("e", " \n\t ").words());
        assertEquals(4, Article.of("e", "  Cars\tcrossed \n\n again today ").words());
    }

    @Test
    void withoutTextKeepsTheWordCountAndTheRest() {
        Article a = Article.builder().id("a.txt").title("T").text("one two  three\nfour").source("S").build();
        Article slim = a.withoutText();
        assertEquals("", slim.text());
        assertEquals(4, slim.words());
        assertEquals(a.hash(), slim.hash());
        assertEquals(a.toBuilder().text("").build(), slim);
        assertEquals(7, Article.builder().id("b").text("x").words(7).build().words(), "a given count wins");
    }

    @Test
    void idAndTextAreRequired() {
        assertThrows(NullPointerException.class, () -> Article.of(null, "text"));
        assertThrows(NullPointerException.class, () -> Article.of("id", null));
    }
}
