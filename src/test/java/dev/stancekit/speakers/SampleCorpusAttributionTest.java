package dev.stancekit.speakers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.StanceKit;
import dev.stancekit.eval.QuoteCsv;
import dev.stancekit.eval.Score;
import dev.stancekit.eval.Scorer;
import dev.stancekit.ingest.CorpusReader;
import dev.stancekit.model.IngestResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
        StanceKit kit = StanceKit.defaults();
        List<IngestResult> read;
        try (var s = CorpusReader.builder().build().read(List.of(Path.of("resources", "sample-corpus")))) {
            read = s.collect(Collectors.toList());
        }
        List<Map<String, String>> pred = new ArrayList<>();
        for (IngestResult r : read) {
            assertTrue(r.isOk(), r.path() + ": " + r.message());
            String name = Path.of(r.path()).getFileName().toString();
            kit.analyze(r.article()).forEach(q -> pred.add(Map.of("article", name, "kind", q.kind().label(),
                    "text", q.text(), "speaker", q.speaker().canonical(), "speaker_mention",
                    q.speakerMention() == null ? "" : q.speakerMention(), "side", q.side())));
        }
        Score s = new Scorer().score(QuoteCsv.read(Path.of("resources", "sample-corpus-gold.csv"),
                QuoteCsv.GOLD_COLUMNS), pred);
        System.out.println("== sample corpus, pipeline path\n" + s.render());
        assertTrue(s.f1() >= 0.92, "f1 " + s.f1());
        assertTrue(s.speakerAcc() >= 0.95, "speaker accuracy " + s.speakerAcc());
        assertTrue(s.sideAcc() >= 0.98, "side accuracy " + s.sideAcc());
    }
}
