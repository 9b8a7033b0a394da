package dev.stancekit.quotes;

import static dev.stancekit.quotes.Fixture.dump;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.Article;
import dev.stancekit.model.QuoteSpan;
import dev.stancekit.nlp.GatedAnnotator;
import dev.stancekit.resources.Resources;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression: a readout's next sentence ("The two sides should …") has no verb of saying, so the
 * sentence gate of the production pipeline left it untagged and the continuation rule, which
 * needs its modal verb, never saw it; the ungated test fixture hid this. The gate now tags the
 * sentence after each cue sentence (annotation-gate.csv, sentences_after).
 */
class ReadoutContinuationUnderTheGateTest {

    @Test
    void theSentenceAfterAReadoutIsContinuedByTheProductionPipeline() {
        String text = "Talks in Lisbon\n\nMinister Osei said that the talks with the delegation were candid and useful. "
                + "The two sides should keep talking and manage their differences.\n";
        List<QuoteSpan> qs = Fixture.extractor().extract(Article.of("gate", text),
                GatedAnnotator.create(Resources.bundled()).annotate(text));
        assertTrue(qs.stream().anyMatch(q -> q.text().equals("The two sides should keep talking and manage their differences")),
                dump(qs));
    }
}
