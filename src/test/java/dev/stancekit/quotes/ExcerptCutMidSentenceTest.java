package dev.stancekit.quotes;

import static dev.stancekit.quotes.Fixture.extract;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.QuoteSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression: a scraped page cut off mid-sentence after ", and" and a noun ("… touted projects in the
 * energy, communication, and agricul") made the whole article fail with an index past the last token.
 * Every cut of a few invented paragraphs at a word boundary is extracted without an exception.
 */
class ExcerptCutMidSentenceTest {

    private static final String[] PARAGRAPHS = {
        "Mayor Lund said she was “very proud” of being the first mayor to visit the port and touted various "
            + "development projects in the energy, transport, and fishing sectors.",
        "“We will keep the yards open,” Lund said, adding that the board, and the unions, had agreed to talks, "
            + "according to a statement from the harbour office.",
        "The union, saying the plan was unfair, warned of strikes, while officials said the talks would go on "
            + "and that the minister, who has been briefed, would meet them."
    };

    @Test
    void theCutThatBrokeAnArticleGivesItsQuotes() {
        List<QuoteSpan> qs = extract("Port visit\n\n" + PARAGRAPHS[0].substring(0, PARAGRAPHS[0].indexOf("fishing") + 4));
        assertTrue(qs.stream().anyMatch(q -> q.text().equals("very proud")), qs.toString());
    }

    @Test
    void everyCutAtAWordBoundaryIsExtractedWithoutAnException() {
        for (String p : PARAGRAPHS) {
            for (int i = p.indexOf(' '); i > 0; i = p.indexOf(' ', i + 1)) {
                String cut = "Port visit\n\n" + p.substring(0, i);
                assertDoesNotThrow(() -> extract(cut), cut);
                String partWord = "Port visit\n\n" + p.substring(0, Math.min(p.length(), i + 3));
                assertDoesNotThrow(() -> extract(partWord), partWord);
            }
        }
    }
}
