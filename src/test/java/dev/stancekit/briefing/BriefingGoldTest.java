package dev.stancekit.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.Quote;
import dev.stancekit.resources.Resources;
import dev.stancekit.eval.QuoteCsv;
import dev.stancekit.eval.Score;
import dev.stancekit.eval.Scorer;
import dev.stancekit.model.Article;
import dev.stancekit.ingest.CorpusReader;
import dev.stancekit.model.IngestResult;
import dev.stancekit.nlp.CoreNlpAnnotator;
import dev.stancekit.quotes.RuleQuoteExtractor;
import dev.stancekit.speakers.RegistrySpeakerResolver;
import dev.stancekit.themes.PhraseThemeTagger;
import dev.stancekit.tone.LexiconToneScorer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The bundled sample corpus's briefing transcripts (invented for the project), read by the briefing
 * reader and scored against their gold with the project's scorer, one kind at a time: podium
 * statements, questions, and the other people's quotes embedded in answers. Issue 18's targets:
 * every answer paragraph by the right speaker with the right side, no question taken for a
 * statement, embedded quotes at F1 ≥ 0.90.
 */
class BriefingGoldTest {

    private static final Path CORPUS = Path.of("resources", "sample-corpus");
    private static final Path GOLD = Path.of("resources", "sample-corpus-gold.csv");
    private static final Set<String> EMBEDDED = Set.of("direct", "partial", "indirect");

    @Test
    void transcriptsOfTheSampleCorpus() throws IOException {
        Resources res = Resources.bundled();
        var extractor = RuleQuoteExtractor.create(res);
        var speakers = RegistrySpeakerResolver.create(res);
        BriefingAnalyzer briefings = BriefingAnalyzer.create(res, extractor, speakers, PhraseThemeTagger.create(res),
                LexiconToneScorer.create(res), BriefingAnalyzer.Mode.AUTO);
        List<IngestResult> read;
        try (var s = CorpusReader.builder().build().read(List.of(CORPUS))) {
            read = s.collect(Collectors.toList());
        }
        List<Map<String, String>> gold = QuoteCsv.read(GOLD, QuoteCsv.GOLD_COLUMNS);
        Set<String> transcripts = new HashSet<>();
        gold.stream().filter(g -> Set.of("statement", "question").contains(g.get("kind")))
                .forEach(g -> transcripts.add(g.get("article")));
        assertTrue(transcripts.size() >= 6, "the gold has the transcripts: " + transcripts);
        List<Map<String, String>> pred = new ArrayList<>();
        for (IngestResult r : read) {
            Article a = r.article();
            String name = Path.of(r.path()).getFileName().toString();
            assertEquals(transcripts.contains(name), briefings.accepts(a), name + " is read as a transcript iff it is one");
            if (!transcripts.contains(name)) {
                continue;
            }
            for (Quote q : briefings.analyze(a, CoreNlpAnnotator.shared().annotate(a.text()))) {
                pred.add(Map.of("article", name, "kind", q.kind().label(), "text", q.text(),
                        "speaker", q.speaker().canonical(), "speaker_mention", q.speakerMention(), "side", q.side(),
                        "themes", String.join(";", q.themes()), "tone_label", q.tone().label().label()));
            }
        }
        List<Map<String, String>> tgold = gold.stream().filter(g -> transcripts.contains(g.get("article"))).toList();
        Scorer scorer = new Scorer();
        Score all = scorer.score(tgold, pred);
        Score statements = scorer.score(of(tgold, Set.of("statement")), of(pred, Set.of("statement")));
        Score questions = scorer.score(of(tgold, Set.of("question")), of(pred, Set.of("question")));
        Score embedded = scorer.score(of(tgold, EMBEDDED), of(pred, EMBEDDED));
        System.out.println("== briefing transcripts\nall: " + all.render().lines().reduce((x, y) -> y).orElse("")
                + "\nstatements: " + line(statements) + "\nquestions: " + line(questions) + "\nembedded: " + line(embedded));
        assertEquals(1.0, statements.recall(), "every answer paragraph found: " + statements.missed());
        assertEquals(1.0, statements.precision(), "no question or moderator line counted as a statement: "
                + statements.spurious());
        assertEquals(1.0, statements.speakerAcc(), "every answer by the right spokesperson");
        assertEquals(1.0, statements.sideAcc(), "every answer with the right side");
        assertEquals(1.0, questions.f1(), "every question kept as a question");
        assertTrue(embedded.f1() >= 0.90, "embedded quotes F1 " + embedded.f1());
        assertTrue(all.themeF1() >= 0.75, "theme F1 " + all.themeF1());
        assertFalse(all.toneAcc() < 0.55, "tone accuracy " + all.toneAcc());
    }

    private static List<Map<String, String>> of(List<Map<String, String>> rows, Set<String> kinds) {
        return rows.stream().filter(r -> kinds.contains(r.get("kind"))).toList();
    }

    private static String line(Score s) {
        return String.format(java.util.Locale.ROOT, "gold=%d pred=%d P=%.3f R=%.3f F1=%.3f speaker=%s side=%s",
                s.gold(), s.predicted(), s.precision(), s.recall(), s.f1(), s.speakerAcc(), s.sideAcc());
    }
}
