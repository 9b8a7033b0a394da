package dev.stancekit.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.ToneLabel;
import dev.stancekit.resources.Resources;
import dev.stancekit.themes.PhraseMatcher;
import dev.stancekit.themes.Words;
import dev.stancekit.tone.Lexicon.Entry;
import dev.stancekit.tone.Lexicon.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconTest {

    private static Map<String, String> row(String phrase, String weight, String kind, String set) {
        return Map.of("phrase", phrase, "weight", weight, "kind", kind, "set", set);
    }

    private static List<Entry> found(PhraseMatcher<Entry> m, String text) {
        return m.findLongest(Words.tokenize(text)).stream().map(PhraseMatcher.Match::value).toList();
    }

    @Test
    void bundledVaderLexiconIsComplete() {
        Map<String, Double> vader = Lexicon.readVader(Resources.bundled());
        assertTrue(vader.size() > 7000, "" + vader.size());
        assertEquals(1.9, vader.get("good"), 1e-9);
        assertEquals(-2.5, vader.get("horrible"), 1e-9);
    }

    @Test
    void vaderOnlyKeepsOnlyVadersRuleWords() {
        List<Map<String, String>> rows = List.of(row("not", "", "negation", "vader"),
                row("red line", "-2.5", "term", "diplomatic"), row("avoid", "", "mitigator", "diplomatic"));
        assertEquals(1, found(Lexicon.readEntries(rows, true), "not a red line to avoid").size());
        assertEquals(3, found(Lexicon.readEntries(rows, false), "not a red line to avoid").size());
    }

    @Test
    void laterRowForTheSamePhraseWins() {
        List<Map<String, String>> rows = List.of(row("stability", "1.5", "", "diplomatic"),
                row("Stability", "-1", "term", "diplomatic"));
        List<Entry> hits = found(Lexicon.readEntries(rows, false), "regional stability");
        assertEquals(1, hits.size());
        assertEquals(-1, hits.get(0).weight(), 1e-9);
        assertEquals(Kind.TERM, hits.get(0).kind(), "kind defaults to term");
    }

    @Test
    void userFolderAddsRowsToTheBundledLexicon(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("tone-lexicon.csv"),
                "phrase,weight,kind,set,note\nconstructive,-3,term,diplomatic,sarcasm in my corpus\n");
        LexiconToneScorer mine = LexiconToneScorer.create(Resources.overlay(dir));
        assertEquals(ToneLabel.CONFRONTATIONAL, mine.score("A constructive visit.").label());
        assertEquals(ToneLabel.CONFRONTATIONAL, mine.score("A red line.").label(), "bundled rows still apply");
    }

    @Test
    void badRowsAreReportedWithTheirRow() {
        for (Map<String, String> bad : List.of(row("x y", "strong", "term", "diplomatic"),
                row("x y", "1", "amplifier", "diplomatic"), row("x y", "1", "term", "mine"),
                row("x y", "9", "term", "diplomatic"), row("* x", "1", "term", "diplomatic"),
                row("x y", "", "term", "diplomatic"))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Lexicon.readEntries(List.of(bad), false), bad.toString());
            assertTrue(e.getMessage().startsWith("tone-lexicon.csv data row 1"), e.getMessage());
        }
    }

    @Test
    void badVaderLineIsReportedWithItsLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("vader_lexicon.txt"), "good\t1.9\t0.1\t[]\nbroken line\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Lexicon.readVader(Resources.overlay(dir)));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }
}
