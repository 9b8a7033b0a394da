package dev.stancekit.tone;

import dev.stancekit.model.ToneLabel;
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

/**
 * Scores the tone model and the theme tagger on one split of resources/gold/tone-gold.csv: tone
 * accuracy, per-label precision and theme F1 (as score.py counts them). {@code main} prints the
 * errors of the {@code tune} split only: the holdout half is reported, never inspected.
 */
final class ToneGold {

    static final Path GOLD = Path.of("resources", "gold", "tone-gold.csv");
    private static final ToneLabel[] LABELS = {ToneLabel.CONFRONTATIONAL, ToneLabel.NEUTRAL, ToneLabel.CONCILIATORY};

    /** Tone accuracy, per-label precision (by gold -1, 0, 1), theme F1 and counts of one split. */
    record Scores(int n, double accuracy, double[] precision, double[] recall, double themeF1, double vaderAccuracy,
                  double lexiconAccuracy) {

        String summary(String split) {
            return String.format(Locale.ROOT,
                    "%s: n=%d tone_acc=%.3f (plain VADER %.3f, lexicon %.3f) precision conf/neu/conc=%.2f/%.2f/%.2f "
                    + "recall=%.2f/%.2f/%.2f theme_f1=%.3f", split, n, accuracy, vaderAccuracy, lexiconAccuracy, precision[0],
                    precision[1], precision[2], recall[0], recall[1], recall[2], themeF1);
        }
    }

    private ToneGold() {
    }

    static List<CSVRecord> rows(String split) throws IOException {
        try (Reader r = Files.newBufferedReader(GOLD, StandardCharsets.UTF_8)) {
            List<CSVRecord> out = new ArrayList<>();
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                if (row.get("split").equals(split)) {
                    out.add(row);
                }
            }
            return out;
        }
    }

    static Scores score(String split, boolean printErrors) throws IOException {
        if (printErrors && !split.equals("tune")) {
            throw new IllegalArgumentException("only the tune split may be inspected");
        }
        StanceToneScorer scorer = StanceToneScorer.create(Resources.bundled());
        LexiconToneScorer vader = LexiconToneScorer.vaderOnly(Resources.bundled());
        LexiconToneScorer lexicon = LexiconToneScorer.create(Resources.bundled());
        int lexOk = 0;
        PhraseThemeTagger tagger = PhraseThemeTagger.create(Resources.bundled());
        GoldTally themes = new GoldTally();
        int[][] confusion = new int[3][3];
        int n = 0;
        int ok = 0;
        int vaderOk = 0;
        for (CSVRecord row : rows(split)) {
            String text = row.get("text");
            int gold = Integer.parseInt(row.get("tone").strip()) + 1;
            Reading r = scorer.read(text, row.get("speaker_side"));
            int got = r.tone().label().ordinal();
            confusion[gold][got]++;
            n++;
            ok += gold == got ? 1 : 0;
            lexOk += lexicon.score(text).label().ordinal() == gold ? 1 : 0;
            vaderOk += vader.score(text).label().ordinal() == gold ? 1 : 0;
            List<String> tags = tagger.tag(text);
            themes.themes(tags, row.get("themes"));
            boolean themeMiss = !GoldTally.ids(row.get("themes")).equals(new java.util.HashSet<>(tags));
            if (printErrors && (gold != got || (themeMiss && !row.get("themes").isBlank()))) {
                System.out.printf(Locale.ROOT, "%s %s gold=%d got=%+.3f %s | %s | %s | %s%n  themes want=%s got=%s%n",
                        row.get("id"), row.get("speaker_side"), gold - 1, r.tone().score(), gold != got ? "TONE" : "",
                        text, r.target() + "/" + r.act(), r.tone().cues(), row.get("themes"), tags);
            }
        }
        double[] precision = new double[3];
        double[] recall = new double[3];
        for (int l = 0; l < 3; l++) {
            int predicted = confusion[0][l] + confusion[1][l] + confusion[2][l];
            int actual = confusion[l][0] + confusion[l][1] + confusion[l][2];
            precision[l] = predicted == 0 ? 0 : confusion[l][l] / (double) predicted;
            recall[l] = actual == 0 ? 0 : confusion[l][l] / (double) actual;
        }
        return new Scores(n, ok / (double) n, precision, recall, themes.themeF1(), vaderOk / (double) n,
                lexOk / (double) n);
    }

    /** Prints the tune split's errors and both splits' scores. */
    public static void main(String[] args) throws IOException {
        Scores tune = score("tune", args.length > 0 && args[0].equals("errors"));
        System.out.println(tune.summary("tune"));
        if (args.length > 1 && args[1].equals("holdout")) {
            System.out.println(score("holdout", false).summary("holdout"));
        }
    }

    static ToneLabel[] labels() {
        return LABELS.clone();
    }
}
