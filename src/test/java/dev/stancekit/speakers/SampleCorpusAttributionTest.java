package dev.stancekit.speakers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.eval.CorpusScore;
import dev.stancekit.eval.Score;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Runs the pipeline's own per-article analysis ({@link StanceKit#analyze}: quotes, the
 * article-level speaker pass {@code resolveAll}, briefing transcripts as turns, the stance tone
 * scorer) on the bundled sample corpus and scores quotes, speakers and sides against its gold.
 * The bounds sit a little below what the rules reach, so a regression in extraction, speaker
 * naming or sides fails.
 */
class SampleCorpusAttributionTest {

    @Test
    void sampleCorpusBounds() throws IOException {
        Score s = CorpusScore.of(Path.of("resources", "sample-corpus"), "", Path.of("resources", "sample-corpus-gold.csv"));
        System.out.println("== sample corpus, pipeline path\n" + s.render());
        assertTrue(s.f1() >= 0.92, "f1 " + s.f1());
        assertTrue(s.speakerAcc() >= 0.95, "speaker accuracy " + s.speakerAcc());
        assertTrue(s.sideAcc() >= 0.98, "side accuracy " + s.sideAcc());
    }
}
