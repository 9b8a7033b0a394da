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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The pipeline on the three invented US–China development sets of resources/gold/quotes-dev
 * (written and annotated apart from the rules; see resources/gold/README.md), scored like
 * {@code stancekit evaluate}. The bounds sit a little below what the rules reach, so a regression
 * in extraction, speakers or sides fails.
 */
class QuotesDevSetTest {

    @ParameterizedTest(name = "set {0}")
    @CsvSource({"A, 0.95, 0.94, 0.92", "B, 0.95, 0.92, 0.93", "C, 0.93, 0.87, 0.78"})
    void devSetBounds(String set, double f1, double speaker, double side) throws IOException {
        Path dir = Path.of("resources", "gold", "quotes-dev", set);
        StanceKit kit = StanceKit.defaults();
        List<IngestResult> read;
        try (var s = CorpusReader.builder().build().read(List.of(dir))) {
            read = s.filter(r -> r.path().endsWith(".txt")).collect(Collectors.toList());
        }
        assertTrue(read.size() == 8, "articles read: " + read.size());
        List<Map<String, String>> pred = new ArrayList<>();
        for (IngestResult r : read) {
            assertTrue(r.isOk(), r.path() + ": " + r.message());
            String name = Path.of(r.path()).getFileName().toString();
            kit.analyze(r.article()).forEach(q -> pred.add(Map.of("article", name, "kind", q.kind().label(),
                    "text", q.text(), "speaker", q.speaker().canonical(), "speaker_mention",
                    q.speakerMention() == null ? "" : q.speakerMention(), "side", q.side())));
        }
        Score s = new Scorer().score(QuoteCsv.read(dir.resolve("gold.csv"), QuoteCsv.GOLD_COLUMNS), pred);
        System.out.println("== quotes-dev " + set + "\n" + s.render());
        assertTrue(s.f1() >= f1, "f1 " + s.f1());
        assertTrue(s.speakerAcc() >= speaker, "speaker accuracy " + s.speakerAcc());
        assertTrue(s.sideAcc() >= side, "side accuracy " + s.sideAcc());
    }
}
