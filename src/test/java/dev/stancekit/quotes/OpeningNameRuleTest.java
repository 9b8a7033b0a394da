package dev.stancekit.quotes;

import static dev.stancekit.quotes.Fixture.dump;
import static dev.stancekit.quotes.Fixture.extract;
import static dev.stancekit.quotes.Fixture.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.QuoteSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The name opening a quote's sentence, when nothing else attributes it (rule opening_name); sentences invented. */
class OpeningNameRuleTest {

    @Test
    void theNameThatOpensTheSentenceSpeaks() {
        List<QuoteSpan> qs = extract("Harbor\n\nThe council met on Monday.\n\n"
                + "Mayor Ortiz, citing \u201cthe unique magic of the old harbor and its people,\u201d pushed the council "
                + "to keep the port.\n");
        assertEquals("Mayor Ortiz", quote(qs, "unique magic").mention(), dump(qs));
    }

    @Test
    void aNameLaterInTheSentenceDoesNotSpeak() {
        List<QuoteSpan> qs = extract("Harbor\n\nThe council met on Monday.\n\n"
                + "In a long piece on the port, the paper compared Mayor Ortiz to \u201cthe harbor masters who ran "
                + "the docks a century ago, for better and for worse.\u201d\n");
        assertTrue(qs.stream().noneMatch(q -> q.text().contains("harbor masters") && "Mayor Ortiz".equals(q.mention())),
                dump(qs));
    }

    @Test
    void aShortQuoteIsNotAttributedToTheOpeningName() {
        List<QuoteSpan> qs = extract("Harbor\n\nThe council met on Monday.\n\n"
                + "Mayor Ortiz, citing \u201cmagic,\u201d pushed the council to keep the port.\n");
        assertTrue(qs.stream().noneMatch(q -> q.text().startsWith("magic")), dump(qs));
    }
}
