package dev.stancekit.themes;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.resources.Resources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhraseThemeTaggerTest {

    private static final PhraseThemeTagger TAGGER = PhraseThemeTagger.create(Resources.bundled());

    @Test
    void bundledTableHasTheDefaultThemes() {
        assertEquals(List.of("taiwan", "navigation", "crisis_communication", "military_relations", "ukraine_russia",
                "north_korea", "nuclear", "trade", "climate"), TAGGER.themeIds());
    }

    @Test
    void tagsInventedDiplomaticSentences() {
        assertEquals(List.of("taiwan", "navigation"),
                TAGGER.tag("A destroyer sailed through the Taiwan Strait in a routine transit."));
        assertEquals(List.of("crisis_communication"),
                TAGGER.tag("Both sides want to keep the lines of communication open to avoid miscalculations."));
        assertEquals(List.of("crisis_communication"), TAGGER.tag("They set up a crisis hotline."));
        assertEquals(List.of("military_relations"),
                TAGGER.tag("The generals agreed to resume mil-to-mil exchanges and rebuild mutual trust."));
        assertEquals(List.of("ukraine_russia", "nuclear"),
                TAGGER.tag("He warned Moscow against any use of nuclear weapons in Ukraine."));
        assertEquals(List.of("north_korea"), TAGGER.tag("Pyongyang fired another missile."));
        assertEquals(List.of("trade", "climate"),
                TAGGER.tag("New tariffs on solar panels could slow cuts in carbon emissions."));
        assertEquals(List.of(), TAGGER.tag("The weather in the capital was mild on Tuesday."));
    }

    @Test
    void inflectionsAndWordOrderVariantsMatch() {
        assertEquals(List.of("crisis_communication"), TAGGER.tag("restoring military communication lines"));
        assertEquals(List.of("crisis_communication"), TAGGER.tag("restoring communication channels"));
        assertEquals(List.of("military_relations"), TAGGER.tag("the resumption of exchanges"));
    }

    @Test
    void exclusionsBlockAThemeInsideALongerPhrase() {
        assertEquals(List.of("trade"), TAGGER.tag("They revived the economic dialogue."));
        assertEquals(List.of("military_relations"), TAGGER.tag("They revived the defense dialogue."));
    }

    @Test
    void rowsWithTheSameIdAddUpAndUserTablesReplaceTheBundledOne(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("themes.csv"), """
                # my themes
                id,label,phrases
                space,Space,satellite*; orbit
                space,Space,moon landing
                taiwan,Taiwan,taipei
                """);
        PhraseThemeTagger mine = PhraseThemeTagger.create(Resources.overlay(dir));
        assertEquals(List.of("space", "taiwan"), mine.themeIds());
        assertEquals(List.of("space"), mine.tag("A new moon landing is planned."));
        assertEquals(List.of("space", "taiwan"), mine.tag("Taipei launched satellites into orbit."));
        assertEquals(List.of(), mine.tag("Taiwanese officials"), "the bundled taiwan* phrase is gone");
    }

    @Test
    void badRowsAreReportedWithTheirRow() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PhraseThemeTagger.fromRows(
                List.of(Map.of("id", "ok", "phrases", "fine"), Map.of("id", "x", "phrases", "broken *"))));
        assertTrue(e.getMessage().contains("data row 2") && e.getMessage().contains("broken *"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> PhraseThemeTagger.fromRows(List.of(Map.of("id", "", "phrases", "x y"))));
        assertTrue(e.getMessage().contains("needs an id"), e.getMessage());
    }

    @Test
    void maritimeTradeAndTaiwanPhrasesOfEverydayCoverage() {
        assertEquals(List.of("navigation"),
                TAGGER.tag("Coast guard vessels fired a water cannon near the disputed shoal."));
        assertEquals(List.of("trade"),
                TAGGER.tag("The new export controls and tariffs target electric vehicles and overcapacity."));
        assertEquals(List.of("taiwan"), TAGGER.tag("Beijing protested the latest arms sales to the island."));
        assertEquals(List.of("crisis_communication"), TAGGER.tag("Nobody picked up the phone during the standoff."));
        assertEquals(List.of("military_relations"), TAGGER.tag("The talks were candid and constructive."));
        assertEquals(List.of("navigation"), TAGGER.tag("The ships stayed inside the exclusive economic zone."),
                "a sea zone, not the economy");
        assertEquals(List.of(), TAGGER.tag("He stressed the importance of the bargaining chip."),
                "neither import nor chips");
    }

    @Test
    void mainThemesOfADocumentAreTheMostFrequentOnes() {
        String doc = "Coast guard vessels clashed near a shoal. The navy sent a destroyer. "
                + "Officials said tariffs were not discussed. Sailors were unhurt.";
        assertEquals(List.of("navigation"), TAGGER.mainThemes(doc));
        assertEquals(List.of("navigation", "trade"),
                TAGGER.mainThemes("Tariffs near the shoal. Vessels and tariffs."), "ties all count");
        assertEquals(List.of(), TAGGER.mainThemes("One tariff was mentioned once."), "one mention is not a topic");
        assertEquals(List.of(), TAGGER.mainThemes(""));
        assertEquals(List.of(), TAGGER.mainThemes(null));
    }

    @Test
    void aQuoteFallsBackToItsSentenceThenToItsArticle() {
        List<String> article = List.of("trade");
        assertEquals(List.of("nuclear"), TAGGER.tagQuote("arms control matters", "a sentence on tariffs", article));
        assertEquals(List.of("navigation"), TAGGER.tagQuote("unacceptable", "near the shoal it was unacceptable", article));
        assertEquals(List.of("trade"), TAGGER.tagQuote("unacceptable", "it was unacceptable", article));
        assertEquals(List.of(), TAGGER.tagQuote("unacceptable", null, List.of()));
        assertEquals(List.of(), TAGGER.tagQuote("unacceptable", "it was unacceptable", null));
        ThemeTagger plain = text -> List.of();
        assertEquals(List.of(), plain.mainThemes("tariffs tariffs tariffs"), "no main themes by default");
    }

    @Test
    void hammerWithRandomInput() {
        Random rnd = new Random(7);
        String[] vocab = {"Taiwan", "strait", "*", "!", "lines", "of", "communication", "economic", "dialogue", "’s",
            "-", "non", "Σ", "İ", "\u0301", "🙂", "\n", "nuclear", "trade"};
        for (int n = 0; n < 3000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = rnd.nextInt(30);
            for (int i = 0; i < len; i++) {
                if (rnd.nextBoolean()) {
                    sb.append(vocab[rnd.nextInt(vocab.length)]);
                } else {
                    sb.appendCodePoint(rnd.nextInt(3) == 0 ? rnd.nextInt(0x2FFFF) : 32 + rnd.nextInt(95));
                }
                if (rnd.nextBoolean()) {
                    sb.append(' ');
                }
            }
            String text = sb.toString();
            List<String> themes = assertDoesNotThrow(() -> TAGGER.tag(text), text);
            assertEquals(themes.size(), new HashSet<>(themes).size(), "no duplicates");
            assertTrue(TAGGER.themeIds().containsAll(themes));
            List<String> ordered = TAGGER.themeIds().stream().filter(themes::contains).toList();
            assertEquals(ordered, themes, "table order");
            List<String> main = assertDoesNotThrow(() -> TAGGER.mainThemes(text), text);
            assertTrue(themes.containsAll(main), "main themes are themes of the text");
            assertEquals(themes.isEmpty() ? main : themes, TAGGER.tagQuote(text, text, main));
        }
        assertEquals(List.of(), TAGGER.tag(null));
        assertEquals(List.of(), TAGGER.tag(""));
    }
}
