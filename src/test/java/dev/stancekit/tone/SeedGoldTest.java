package dev.stancekit.tone;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.stancekit.model.Tone;
import dev.stancekit.resources.Resources;
import dev.stancekit.themes.PhraseThemeTagger;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Themes and tone of the gold quotes of the shared seed corpus, scored as score.py does: theme F1
 * over gold rows with themes (micro, sets of ids), tone accuracy of the label against gold -1/0/1.
 * A quote without a theme of its own takes those of the seed sentence (or paragraph) containing it.
 * Skipped when ../shared is absent.
 */
class SeedGoldTest {

    /** ../shared beside the project, or ../../shared beside a folder of worktrees. */
    private static final Path SHARED = Files.isDirectory(Path.of("..", "shared"))
            ? Path.of("..", "shared", "corpus") : Path.of("..", "..", "shared", "corpus");

    /** A sentence ends at . ! or ? (and a closing quote) before a space, except after a title or an initial. */
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile(
            "(?<!\\b(?:Mr|Mrs|Ms|Dr|Col|Gen|Lt|Sen|Rep|St|Jr|No|[A-Z])\\.)(?<=[.!?][\"'\u201d\u2019`]?)\\s+");

    @Test
    void themesAndToneOnSeedGold() throws IOException {
        Path gold = SHARED.resolve("seeds-gold.csv");
        assumeTrue(Files.isRegularFile(gold), "no shared seed corpus");
        PhraseThemeTagger tagger = PhraseThemeTagger.create(Resources.bundled());
        StanceToneScorer scorer = StanceToneScorer.create(Resources.bundled());
        LexiconToneScorer vader = LexiconToneScorer.vaderOnly(Resources.bundled());
        GoldTally tally = new GoldTally();
        List<CSVRecord> rows;
        try (Reader r = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
            rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
        for (CSVRecord row : rows) {
            String text = row.get("text");
            List<String> themes = tagger.tag(text);
            if (themes.isEmpty()) {
                themes = tagger.tag(context(SHARED.resolve("seeds").resolve(row.get("article")), text));
            }
            tally.themes(themes, row.get("themes"));
            Tone tone = scorer.read(text, row.get("side"),
                    context(SHARED.resolve("seeds").resolve(row.get("article")), text)).tone();
            tally.tone(tone.label(), vader.score(text).label(), row.get("tone"));
            System.out.printf(Locale.ROOT, "%-40s want=%s got=%s tone=%s %+.3f %s %s%n",
                    text.substring(0, Math.min(40, text.length())), GoldTally.ids(row.get("themes")), themes,
                    row.get("tone"), tone.score(), tone.label().label(), tone.cues());
        }
        System.out.println(tally.summary("seeds"));
        assertTrue(tally.themeF1() >= 0.93, "theme F1 " + tally.themeF1());
        // 0.88: 30 of 34; the conciliatory threshold of 0.3 (tone-settings.csv, measured on blind real
        // news) labels one mild seed quote ("remains interested in", +0.20) neutral
        assertTrue(tally.toneAccuracy() >= 0.88, "tone accuracy " + tally.toneAccuracy());
        assertTrue(tally.beatsVader(), "better than plain VADER");
    }

    /** The sentence of the article holding the quote, else its paragraph, else the quote. */
    static String context(Path article, String quote) throws IOException {
        String needle = norm(quote);
        for (String para : Files.readString(article, StandardCharsets.UTF_8).split("\\n\\s*\\n")) {
            if (!norm(para).contains(needle)) {
                continue;
            }
            for (String sentence : SENTENCE_END.split(para)) {
                if (norm(sentence).contains(needle)) {
                    return sentence;
                }
            }
            return para;
        }
        return quote;
    }

    private static String norm(String s) {
        List<String> words = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[^a-z0-9']+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return " " + String.join(" ", words) + " ";
    }
}
