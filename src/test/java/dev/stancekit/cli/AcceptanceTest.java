package dev.stancekit.cli;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.stancekit.eval.QuoteCsv;
import dev.stancekit.eval.Score;
import dev.stancekit.eval.Scorer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the CLI's main job on the real seed articles in ../shared (skipped when absent) and on the
 * bundled sample corpus, scores both against their gold with the score.py-compatible scorer and
 * prints the scores. The bounds are below what the pipeline reaches, so a regression fails.
 */
class AcceptanceTest {

    @TempDir
    Path out;

    @Test
    void seeds() throws IOException {
        Path shared = Path.of("..", "shared", "corpus");
        assumeTrue(Files.isDirectory(shared.resolve("seeds")), "../shared/corpus/seeds is not here");
        Score s = runAndScore(shared.resolve("seeds"), shared.resolve("seeds-gold.csv"));
        assertTrue(s.f1() >= 0.90, "f1 " + s.f1());
        assertTrue(s.directRecall() >= 0.95, "direct recall " + s.directRecall());
        assertTrue(s.indirectRecall() >= 0.80, "indirect recall " + s.indirectRecall());
        assertTrue(s.speakerAcc() >= 0.90, "speaker accuracy " + s.speakerAcc());
        assertTrue(s.sideAcc() >= 0.95, "side accuracy " + s.sideAcc());
        assertTrue(s.themeF1() >= 0.85, "theme F1 " + s.themeF1());
        assertTrue(s.toneAcc() >= 0.80, "tone accuracy " + s.toneAcc());
    }

    @Test
    void sampleCorpus() throws IOException {
        Score s = runAndScore(Path.of("resources", "sample-corpus"), Path.of("resources", "sample-corpus-gold.csv"));
        assertTrue(s.f1() >= 0.90, "f1 " + s.f1());
        assertTrue(s.speakerAcc() >= 0.90, "speaker accuracy " + s.speakerAcc());
        assertTrue(s.sideAcc() >= 0.88, "side accuracy " + s.sideAcc());
        assertTrue(s.themeF1() >= 0.80, "theme F1 " + s.themeF1());
        assertTrue(s.toneAcc() >= 0.62, "tone accuracy " + s.toneAcc());
    }

    private Score runAndScore(Path corpus, Path gold) throws IOException {
        int code = Main.execute("run", corpus.toString(), "--out", out.toString(), "--quiet", "--no-charts");
        assertEquals(0, code);
        Score s = new Scorer().score(QuoteCsv.read(gold, QuoteCsv.GOLD_COLUMNS),
                QuoteCsv.read(out.resolve("quotes.csv"), QuoteCsv.PRED_COLUMNS));
        System.out.println("== " + corpus + "\n" + s.render());
        return s;
    }
}
