package dev.stancekit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.Article;
import dev.stancekit.model.Quote;
import dev.stancekit.model.QuoteKind;
import dev.stancekit.pipeline.ArticleAnalyzer;
import dev.stancekit.quotes.LedgerEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression: {@code run --ledger} and {@code explain} read a press-briefing transcript as prose,
 * so the podium's answers were lost (no quotes at all for a briefing whose labels the prose rules
 * do not read); they must give the quotes {@code run} gives, each the ledger entry of its turn.
 */
class ExplainTranscriptTest {

    private static final String BRIEFING = String.join("\n",
            "Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on March 3, 2025",
            "",
            "CCTV: The US Navy sent a destroyer through the strait on Friday. Do you have a comment?",
            "",
            "Lin Jian: We firmly oppose this provocation. The US side should stop stirring up trouble in the region.",
            "",
            "Let me stress that the Taiwan question is the first red line that must not be crossed.",
            "",
            "Bloomberg: Will the defense chiefs talk this month?",
            "",
            "Lin Jian: I have nothing to share at the moment.");

    @Test
    void explainGivesATranscriptsTurnsAsRunDoes() {
        StanceKit kit = StanceKit.builder().build();
        Article a = Article.of("briefing.txt", BRIEFING);
        List<Quote> run = kit.analyze(a);
        ArticleAnalyzer.Explained x = kit.explain(a);
        assertEquals(run.stream().map(Quote::text).toList(), x.quotes().stream().map(Quote::text).toList());
        assertEquals(3, x.quotes().stream().filter(q -> q.kind() == QuoteKind.STATEMENT).count(), x.quotes().toString());
        assertEquals(x.quotes().size(), x.ledger().size());
        for (LedgerEntry e : x.ledger()) {
            assertEquals(LedgerEntry.Source.TURN, e.source());
            assertTrue(e.extracted());
            assertEquals(e.text(), x.quotes().get(e.quote() - 1).text());
        }
    }
}
