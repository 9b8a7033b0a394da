package dev.stancekit.quotes;

import static dev.stancekit.quotes.Fixture.dump;
import static dev.stancekit.quotes.Fixture.extract;
import static dev.stancekit.quotes.Fixture.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.QuoteKind;
import dev.stancekit.model.QuoteSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rule clause_subject with the bundled limit (two words): a short quote with no verb of saying
 * takes the subject of its clause; a single quoted word stays a scare quote. Sentences invented.
 */
class ClauseSubjectRuleTest {

    @Test
    void aTwoWordQuoteTakesTheSubjectOfItsClause() {
        List<QuoteSpan> qs = extract("Governor Lane backed the “green deal” in May.");
        QuoteSpan q = quote(qs, "green deal");
        assertEquals("Governor Lane", q.mention(), dump(qs));
        assertEquals(QuoteKind.PARTIAL, q.kind(), dump(qs));
    }

    @Test
    void aSingleQuotedWordStaysAScareQuote() {
        List<QuoteSpan> qs = extract("Governor Lane visited the “new” school on Monday.");
        assertTrue(qs.stream().noneMatch(q -> q.text().contains("new")), dump(qs));
    }

    @Test
    void aCommonNounSubjectIsTheSpeakerOfAQuoteItsVerbIntroduces() {
        List<QuoteSpan> qs = extract("The mayor spoke on Monday.\n\nThe engineers cited “broken pumps, leaking pipes and dirty floors.”");
        QuoteSpan q = quote(qs, "broken pumps");
        assertEquals("The engineers", q.mention(), dump(qs));
    }
}
