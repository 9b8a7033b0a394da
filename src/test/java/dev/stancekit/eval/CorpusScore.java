package dev.stancekit.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.StanceKit;
import dev.stancekit.ingest.CorpusReader;
import dev.stancekit.model.IngestResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Test helper: the pipeline's own per-article analysis ({@link StanceKit#analyze}) over the
 * articles of a folder, scored against a gold file like {@code stancekit evaluate}.
 */
public final class CorpusScore {

    private CorpusScore() {
    }

    /** The score of the articles of {@code folder} whose file name ends with {@code suffix} (every one when empty). */
    public static Score of(Path folder, String suffix, Path gold) throws IOException {
        StanceKit kit = StanceKit.defaults();
        List<IngestResult> read;
        try (var s = CorpusReader.builder().build().read(List.of(folder))) {
            read = s.filter(r -> r.path().endsWith(suffix)).collect(Collectors.toList());
        }
        assertTrue(!read.isEmpty(), "no articles in " + folder);
        List<Map<String, String>> pred = new ArrayList<>();
        for (IngestResult r : read) {
            assertTrue(r.isOk(), r.path() + ": " + r.message());
            String name = Path.of(r.path()).getFileName().toString();
            kit.analyze(r.article()).forEach(q -> pred.add(Map.of("article", name, "kind", q.kind().label(),
                    "text", q.text(), "speaker", q.speaker().canonical(), "speaker_mention",
                    q.speakerMention() == null ? "" : q.speakerMention(), "side", q.side())));
        }
        return new Scorer().score(QuoteCsv.read(gold, QuoteCsv.GOLD_COLUMNS), pred);
    }
}
