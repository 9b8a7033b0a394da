package dev.stancekit.themes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.themes.PhraseMatcher.Match;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

    private static List<String> found(PhraseMatcher<String> m, String text, boolean longest) {
        List<Match<String>> matches = longest ? m.findLongest(Words.tokenize(text)) : m.findAll(Words.tokenize(text));
        return matches.stream().map(Match::value).toList();
    }

    private static PhraseMatcher<String> of(String... phrases) {
        return PhraseMatcher.compile(java.util.Arrays.stream(phrases).map(p -> Map.entry(p, p)).toList());
    }

    @Test
    void matchesInflectionsThroughStems() {
        PhraseMatcher<String> m = of("communication line", "military exchange");
        assertEquals(List.of("communication line"), found(m, "keep Communication Lines open", false));
        assertEquals(List.of("military exchange"), found(m, "resuming military exchanges", false));
        assertEquals(List.of(), found(m, "communication was good; lines were long", false));
    }

    @Test
    void prefixAndGapWildcards() {
        PhraseMatcher<String> m = of("taiwan*", "lines * communication", "de-escalat*");
        assertEquals(List.of("taiwan*"), found(m, "Taiwanese forces", false));
        assertEquals(List.of("lines * communication"), found(m, "open lines of communication", false));
        assertEquals(List.of("lines * communication"), found(m, "lines to communication", false));
        assertEquals(List.of("lines * communication"), found(m, "lines communication", false));
        assertEquals(List.of(), found(m, "lines were aa, bb, cc, dd communication", false), "gap is at most 3 words");
        assertEquals(List.of("de-escalat*"), found(m, "calls for de-escalation", false));
        assertEquals(List.of(), found(m, "open lines. Communication", false), "not across a sentence end");
        assertEquals(List.of(), found(m, "lines of; communication", false), "not across a semicolon");
    }

    @Test
    void prefixPhrasesKeepTableOrderWhateverTheirFirstLetter() {
        PhraseMatcher<String> m = of("taiwan*", "tariff*", "trade war", "beij*", "ta*");
        assertEquals(List.of("taiwan*", "ta*", "tariff*", "ta*", "trade war"),
                found(m, "Taiwanese tariffs trade war", false));
        assertEquals(List.of("beij*"), found(m, "BEIJING", false));
        assertEquals(List.of(), found(m, "Tbilisi", false));
    }

    @Test
    void longestPhraseWinsOverItsWords() {
        PhraseMatcher<String> m = of("red", "line", "red line", "crossed * red line");
        assertEquals(List.of("crossed * red line"), found(m, "they crossed the red line", true));
        assertEquals(List.of("red line", "red"), found(m, "a red line and a red flag", true));
        assertEquals(4, found(m, "they crossed the red line", false).size(), "red, line, red line, crossed * red line");
    }

    @Test
    void matchesCarryWordIndexes() {
        PhraseMatcher<String> m = of("strategic trust");
        Match<String> hit = m.findAll(Words.tokenize("build strategic trust now")).get(0);
        assertEquals(1, hit.start());
        assertEquals(3, hit.end());
        assertEquals(2, hit.literals());
    }

    @Test
    void parsesToStemsPrefixesAndGaps() {
        assertArrayEquals(new String[] {Words.stem("line"), "*", "communication"}, PhraseMatcher.parse("Lines * communications"));
        assertArrayEquals(new String[] {"mil", "to", "mil"}, PhraseMatcher.parse("mil-to-mil"));
        assertArrayEquals(new String[] {"de", "escalat*"}, PhraseMatcher.parse("de-escalat*"));
    }

    @Test
    void rejectsBadPhrasesWithTheirText() {
        for (String bad : List.of("", "*", "* start", "end *", "two * * gaps", "x*", "!!", "a b-*")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PhraseMatcher.parse(bad),
                    bad);
            assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
        }
    }
}
