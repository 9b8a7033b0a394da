package dev.stancekit.tone;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.Resources;
import dev.stancekit.themes.PhraseThemeTagger;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int toneOk = 0;
        int vaderOk = 0;
        int toneN = 0;
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
            Set<String> got = new HashSet<>(tagger.tagQuote(text, SeedGoldTest.context(article, text), main));
            Set<String> want = ids(row.get("themes"));
            if (!want.isEmpty()) {
                Set<String> both = new HashSet<>(got);
                both.retainAll(want);
                tp += both.size();
                fp += got.size() - both.size();
                fn += want.size() - both.size();
            }
            if (!row.get("tone").isBlank()) {
                int g = Integer.parseInt(row.get("tone").strip());
                toneN++;
                toneOk += gold(scorer.score(text).label()) == g ? 1 : 0;
                vaderOk += gold(vader.score(text).label()) == g ? 1 : 0;
            }
        }
        double p = tp / (double) (tp + fp);
        double r = tp / (double) (tp + fn);
        double f1 = 2 * p * r / (p + r);
        double acc = toneOk / (double) toneN;
        System.out.printf(Locale.ROOT, "sample: theme_f1=%.3f (p=%.3f r=%.3f) tone_acc=%.3f vader_tone_acc=%.3f n=%d%n",
                f1, p, r, acc, vaderOk / (double) toneN, toneN);
        assertTrue(rows.size() > 200, "the whole gold file was read: " + rows.size());
        assertTrue(f1 >= 0.84, "theme F1 " + f1);
        assertTrue(acc >= 0.65, "tone accuracy " + acc);
        assertTrue(toneOk > vaderOk, "better than plain VADER");
    }

    private static int gold(ToneLabel l) {
        return l == ToneLabel.CONCILIATORY ? 1 : l == ToneLabel.CONFRONTATIONAL ? -1 : 0;
    }

    private static Set<String> ids(String cell) {
        Set<String> out = new HashSet<>();
        for (String s : cell.split("[;|,]")) {
            if (!s.isBlank()) {
                out.add(s.strip().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
