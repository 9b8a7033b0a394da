package dev.stancekit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyntheticCorpusTest {

    private static final List<String> PARAS_A = List.of(
            "The ferry operator said on Monday that crossings would resume after the storm passed.",
            "\"We are checking every hull before anyone boards again,\" the harbour master told reporters.",
            "Officials in the port city expect the first boats to leave early on Wednesday morning.");
    private static final List<String> PARAS_B = List.of(
            "A delegation of orchard growers arrived in the capital to discuss export quotas for pears.",
            "\"Our prices have not moved in three seasons,\" said the growers' spokeswoman, Lena Ortiz.",
            "The ministry promised a written answer before the end of the month, according to the group.",
            "Talks are scheduled to continue next week with a smaller team from both sides.");

    private static List<Article> sources() {
        return List.of(
                Article.builder().id("ferry.txt").title("Ferries to resume").text(String.join("\n\n", PARAS_A)).build(),
                Article.builder().id("pears.txt").title("").text(String.join("\n\n", PARAS_B)).build());
    }

    private static List<Article> all(SyntheticCorpus c) {
        List<Article> out = new ArrayList<>();
        c.forEach(out::add);
        return out;
    }

    @Test
    void deterministicForASeedAndDifferentForAnother() {
        List<Article> a = all(new SyntheticCorpus(sources(), 12, 5));
        List<Article> b = all(new SyntheticCorpus(sources(), 12, 5));
        assertEquals(a, b);
        // iterating the same corpus twice gives the same articles too
        SyntheticCorpus c = new SyntheticCorpus(sources(), 12, 5);
        assertEquals(all(c), all(c));
        assertNotEquals(a.stream().map(Article::text).toList(),
                all(new SyntheticCorpus(sources(), 12, 6)).stream().map(Article::text).toList());
    }

    @Test
    void makesExactlyCountArticlesWithDistinctIds() {
        List<Article> a = all(new SyntheticCorpus(sources(), 25, 1));
        assertEquals(25, a.size());
        Set<String> ids = new HashSet<>();
        for (Article x : a) {
            assertTrue(ids.add(x.id()), x.id());
            assertEquals("synthetic", x.source());
        }
        assertTrue(all(new SyntheticCorpus(sources(), 0, 1)).isEmpty());
        Iterator<Article> it = new SyntheticCorpus(sources(), 1, 1).iterator();
        it.next();
        assertFalse(it.hasNext());
        assertThrows(NoSuchElementException.class, it::next);
    }

    @Test
    void everyParagraphComesFromTheSources() {
        Set<String> known = new HashSet<>(PARAS_A);
        known.addAll(PARAS_B);
        Set<String> headlines = Set.of("Ferries to resume", PARAS_B.get(0));
        for (Article x : new SyntheticCorpus(sources(), 40, 99)) {
            String[] parts = x.text().strip().split("\n\n");
            assertTrue(parts.length >= 3, x.text());
            // date line, headline, then source paragraphs
            assertEquals(x.date(), LocalDate.parse(parts[0],
                    java.time.format.DateTimeFormatter.ofPattern("MMMM d, yyyy", java.util.Locale.ENGLISH)));
            assertTrue(headlines.contains(parts[1]), parts[1]);
            for (int i = 2; i < parts.length; i++) {
                assertTrue(known.contains(parts[i]), "invented paragraph: " + parts[i]);
            }
            assertTrue(headlines.contains(x.title()), x.title());
            assertTrue(!x.date().isBefore(LocalDate.of(2023, 1, 1)) && x.date().isBefore(LocalDate.of(2025, 1, 2)));
        }
    }

    @Test
    void sourcesWithoutTwoUsableParagraphsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SyntheticCorpus(List.of(Article.of("short.txt", "Too short.\n\nAlso short.")), 5, 1));
        assertTrue(e.getMessage().contains("two or more paragraphs"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SyntheticCorpus(List.of(), 5, 1));
        // one usable source among unusable ones is enough
        List<Article> mixed = List.of(Article.of("one.txt", PARAS_A.get(0)), sources().get(1));
        for (Article x : new SyntheticCorpus(mixed, 5, 3)) {
            assertTrue(x.text().contains("\n\n"));
        }
    }

    @Test
    void theTitleIsTheHeadlineWrittenInTheText() {
        for (Article x : new SyntheticCorpus(sources(), 40, 99)) {
            String headline = x.text().split("\n\n")[1];
            assertEquals(headline, x.title(), x.id());
        }
    }
}
