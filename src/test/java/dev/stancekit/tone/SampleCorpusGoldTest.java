package dev.stancekit.tone;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.resources.Resources;
import dev.stancekit.themes.PhraseThemeTagger;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Themes and tone of the gold quotes of the bundled sample corpus (15 invented articles whose gold
 * was written by someone other than the author of the lexicons, and which the lexicons were not
 * written from), scored as score.py does. A quote without a theme of its own takes those of its
 * sentence, else the main themes of its article ({@link PhraseThemeTagger#tagQuote}).
 */
class SampleCorpusGoldTest {

    private static final Path CORPUS = Path.of("resources", "sample-corpus");
    private static final Path GOLD = Path.of("resources", "sample-corpus-gold.csv");

    @Test
    void themesAndToneOnSampleGold() throws IOException {
        PhraseThemeTagger tagger = PhraseThemeTagger.create(Resources.bundled());
        LexiconToneScorer scorer = LexiconToneScorer.create(Resources.bundled());
        LexiconToneScorer vader = LexiconToneScorer.vaderOnly(Resources.bundled());
        List<CSVRecord> rows;
        try (Reader r = Files.newBufferedReader(GOLD, StandardCharsets.UTF_8)) {
            rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
        Map<String, List<String>> mains = new HashMap<>();
        GoldTally tally = new GoldTally();
        for (CSVRecord row : rows) {
            Path article = CORPUS.resolve(row.get("article"));
            List<String> main = mains.computeIfAbsent(row.get("article"), k -> {
                try {
                    return tagger.mainThemes(Files.readString(article, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new IllegalStateException("cannot read " + article, e);
                }
            });
            String text = row.get("text");
            tally.themes(tagger.tagQuote(text, SeedGoldTest.context(article, text), main), row.get("themes"));
            tally.tone(scorer.score(text).label(), vader.score(text).label(), row.get("tone"));
        }
        System.out.println(tally.summary("sample"));
        assertTrue(rows.size() > 200, "the whole gold file was read: " + rows.size());
        assertTrue(tally.themeF1() >= 0.84, "theme F1 " + tally.themeF1());
        assertTrue(tally.toneAccuracy() >= 0.65, "tone accuracy " + tally.toneAccuracy());
        assertTrue(tally.beatsVader(), "better than plain VADER");
    }
}
