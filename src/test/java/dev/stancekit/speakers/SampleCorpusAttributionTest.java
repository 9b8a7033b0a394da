package dev.stancekit.speakers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.briefing.BriefingAnalyzer;
import dev.stancekit.model.Speaker;
import dev.stancekit.resources.Resources;
import dev.stancekit.eval.QuoteCsv;
import dev.stancekit.eval.Score;
import dev.stancekit.eval.Scorer;
import dev.stancekit.model.Article;
import dev.stancekit.ingest.CorpusReader;
import dev.stancekit.model.IngestResult;
import dev.stancekit.nlp.AnnotatedText;
import dev.stancekit.nlp.CoreNlpAnnotator;
import dev.stancekit.model.QuoteSpan;
import dev.stancekit.quotes.RuleQuoteExtractor;
import dev.stancekit.themes.PhraseThemeTagger;
import dev.stancekit.tone.LexiconToneScorer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Runs the quote and speaker stages (no themes, tone or report) on the bundled held-out sample
 * corpus and scores them against its gold. The bounds sit a little below what the rules reach,
 * so a regression in extraction, speaker naming or sides fails.
 */
class SampleCorpusAttributionTest {

    @Test
    void sampleCorpusBounds() throws IOException {
        Resources res = Resources.bundled();
        RuleQuoteExtractor extractor = RuleQuoteExtractor.create(res);
        RegistrySpeakerResolver resolver = RegistrySpeakerResolver.create(res);
        CoreNlpAnnotator nlp = CoreNlpAnnotator.shared();
        BriefingAnalyzer briefings = BriefingAnalyzer.create(res, extractor, resolver,
                PhraseThemeTagger.create(res), LexiconToneScorer.create(res), BriefingAnalyzer.Mode.AUTO);
        List<IngestResult> read;
        try (var s = CorpusReader.builder().build().read(List.of(Path.of("resources", "sample-corpus")))) {
            read = s.collect(Collectors.toList());
        }
        List<Map<String, String>> pred = new ArrayList<>();
        for (IngestResult r : read) {
            assertTrue(r.isOk(), r.path() + ": " + r.message());
            Article a = r.article();
            AnnotatedText doc = nlp.annotate(a.text());
            String name = Path.of(r.path()).getFileName().toString();
            if (briefings.accepts(a)) { // transcripts are read as turns (dev.stancekit.briefing)
                briefings.analyze(a, doc).forEach(q -> pred.add(Map.of("article", name, "kind", q.kind().label(),
                        "text", q.text(), "speaker", q.speaker().canonical(), "side", q.side())));
                continue;
            }
            for (QuoteSpan q : extractor.extract(a, doc)) {
                Speaker sp = resolver.resolve(q, a, doc);
                pred.add(Map.of("article", name, "kind", q.kind().label(), "text", q.text(),
                        "speaker", sp.canonical(), "side", sp.side()));
            }
        }
        Score s = new Scorer().score(QuoteCsv.read(Path.of("resources", "sample-corpus-gold.csv"),
                QuoteCsv.GOLD_COLUMNS), pred);
        System.out.println("== sample corpus, quotes + speakers\n" + s.render());
        assertTrue(s.f1() >= 0.92, "f1 " + s.f1());
        assertTrue(s.speakerAcc() >= 0.90, "speaker accuracy " + s.speakerAcc());
        assertTrue(s.sideAcc() >= 0.90, "side accuracy " + s.sideAcc());
    }
}
