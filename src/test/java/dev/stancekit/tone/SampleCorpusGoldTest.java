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
    private static final java.util.Set<String> BRIEFING_KINDS = java.util.Set.of("statement", "question");

    @Test
    void themesAndToneOnSampleGold() throws IOException {
        PhraseThemeTagger tagger = PhraseThemeTagger.create(Resources.bundled());
        StanceToneScorer scorer = StanceToneScorer.create(Resources.bundled());
        LexiconToneScorer vader = LexiconToneScorer.vaderOnly(Resources.bundled());
        List<CSVRecord> rows;
        try (Reader r = Files.newBufferedReader(GOLD, StandardCharsets.UTF_8)) {
            rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
        java.util.Set<String> transcripts = new java.util.HashSet<>();
        rows.stream().filter(r -> BRIEFING_KINDS.contains(r.get("kind"))).forEach(r -> transcripts.add(r.get("article")));
        Map<String, List<String>> mains = new HashMap<>();
        GoldTally tally = new GoldTally();
        for (CSVRecord row : rows) {
            if (transcripts.contains(row.get("article"))) {
                continue; // quotes of briefing transcripts are themed by turn and question: BriefingGoldTest
            }
            Path article = CORPUS.resolve(row.get("article"));
            List<String> main = mains.computeIfAbsent(row.get("article"), k -> {
                try {
                    return tagger.mainThemes(Files.readString(article, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new IllegalStateException("cannot read " + article, e);
                }
            });
            String text = row.get("text");
            String sentence = SeedGoldTest.context(article, text);
            List<String> themes = tagger.tagQuote(text, sentence, main);
            tally.themes(themes, row.get("themes"));
            if (!row.get("themes").isBlank() && !GoldTally.ids(row.get("themes")).equals(new java.util.HashSet<>(themes))) {
                System.out.printf(Locale.ROOT, "theme miss: want=%s got=%s | %s%n", row.get("themes"), themes, text);
            }
            Reading reading = scorer.read(text, row.get("side"), sentence);
            tally.tone(reading.tone().label(), vader.score(text).label(), row.get("tone"));
            if (!row.get("tone").isBlank() && reading.tone().label().ordinal() - 1 != Integer.parseInt(row.get("tone"))) {
                System.out.printf(Locale.ROOT, "tone miss: gold=%s got=%+.3f %s %s/%s %s | %s%n", row.get("tone"),
                        reading.tone().score(), row.get("side"), reading.target(), reading.act(), reading.tone().cues(), text);
            }
        }
        System.out.println(tally.summary("sample"));
        assertTrue(rows.size() > 200, "the whole gold file was read: " + rows.size());
        assertTrue(tally.themeF1() >= 0.84, "theme F1 " + tally.themeF1());
        assertTrue(tally.toneAccuracy() >= 0.65, "tone accuracy " + tally.toneAccuracy());
        assertTrue(tally.beatsVader(), "better than plain VADER");
    }
}
