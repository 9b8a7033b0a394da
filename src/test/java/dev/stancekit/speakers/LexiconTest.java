package dev.stancekit.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.resources.Resources;
import dev.stancekit.speakers.Lexicon.Hit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconTest {

    static final Lexicon LEX = Lexicon.load(Resources.bundled());

    static List<String> canonicals(String phrase) {
        return LEX.hits(Words.tokenize(phrase)).stream().map(h -> h.entry().canonical()).toList();
    }

    @Test
    void longestMatchWinsAndOrganizationsBeatCountryWords() {
        assertEquals(List.of("Chinese Ministry of National Defense"), canonicals("the Chinese Ministry of National Defense"));
        assertEquals(List.of("Taiwan Affairs Office"), canonicals("a Taiwan Affairs Office spokeswoman"));
        assertEquals(List.of("American Institute in Taiwan"), canonicals("American Institute in Taiwan"));
        assertEquals(List.of("China", "Europe"), canonicals("Chinese envoy for European affairs"), "a nationality word names its country");
    }

    @Test
    void shortCapitalWordsMatchOnlyInCapitals() {
        // a country word's canonical is the country's name (column name of nationality-words.csv)
        assertEquals(List.of("United States"), canonicals("a US official"));
        assertEquals(List.of("United States"), canonicals("a U.S. official"));
        assertEquals(List.of(), canonicals("told us"));
        assertEquals(List.of("NATO"), canonicals("Nato said"), "longer acronyms match in any case");
    }

    @Test
    void hitsKnowTheirSideAndKind() {
        Hit h = LEX.hits(Words.tokenize("a Shanghai think tank")).get(0);
        assertEquals("China", h.entry().side());
        assertEquals(Lexicon.Kind.CITY, h.entry().kind());
        assertEquals("US", LEX.hits(Words.tokenize("Washington")).get(0).entry().side());
    }

    @Test
    void userFileAddsAndOverrides(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("nationality-words.csv"), "word,side,adjective,kind\nWuhan,other,Wuhan,city\n");
        Lexicon l = Lexicon.load(Resources.overlay(dir));
        assertEquals("other", l.hits(Words.tokenize("Wuhan")).get(0).entry().side());
        Files.writeString(dir.resolve("nationality-words.csv"), "word,side,adjective,kind\nWuhan,China,,town\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Lexicon.load(Resources.overlay(dir)));
        assertTrue(e.getMessage().contains("town"), e.getMessage());
    }
}
