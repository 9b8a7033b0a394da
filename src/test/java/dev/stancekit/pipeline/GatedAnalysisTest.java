package dev.stancekit.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.StanceKit;
import dev.stancekit.ingest.CorpusReader;
import dev.stancekit.model.IngestResult;
import dev.stancekit.model.Quote;
import dev.stancekit.nlp.AnnotatedText;
import dev.stancekit.nlp.CoreNlpAnnotator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The sentence gate of the nlp stage (annotation-gate.csv) changes no result: on every article of
 * the bundled sample corpus the pipeline's quotes (spans, speakers, sides, themes, tone) equal
 * those from the same analysis over a text whose every sentence is tagged.
 */
class GatedAnalysisTest {

    @Test
    void sampleCorpusQuotesAreTheSameWithAndWithoutTheGate() throws IOException {
        ArticleAnalyzer analyzer = StanceKit.defaults().analyzer();
        List<IngestResult> read;
        try (var s = CorpusReader.builder().build().read(List.of(Path.of("resources", "sample-corpus")))) {
            read = s.collect(Collectors.toList());
        }
        int quotes = 0;
        for (IngestResult r : read) {
            assertTrue(r.isOk(), r.path() + ": " + r.message());
            AnnotatedText full = CoreNlpAnnotator.shared().annotate(r.article().text());
            List<Quote> gated = analyzer.analyze(r.article());
            assertEquals(analyzer.analyze(r.article(), full), gated, r.path());
            quotes += gated.size();
        }
        assertTrue(quotes > 300, "the sample corpus holds quotes: " + quotes);
    }
}
