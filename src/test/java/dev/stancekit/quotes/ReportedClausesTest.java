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
 * Reported speech that real news writes as "SUBJECT … said CLAUSE" and the finder missed (error
 * analysis on PolNeAR train, second round); one test per pattern, every sentence invented.
 */
class ReportedClausesTest {

    private static QuoteSpan reported(String sentence, String fragment) {
        List<QuoteSpan> qs = extract(sentence);
        QuoteSpan q = quote(qs, fragment);
        assertEquals(QuoteKind.INDIRECT, q.kind(), dump(qs));
        return q;
    }

    @Test
    void aVerbAfterButSharesTheSubjectOfTheVerbBefore() {
        assertEquals("The judge", reported("The judge delayed a ruling on the request but said the company could "
                + "file it again next month.", "file it again").mention());
        assertEquals("Ms. Lane", reported("Ms. Lane said she had met the envoy twice but said neither aide took "
                + "part in the talks.", "neither aide").mention());
    }

    @Test
    void aVerbAfterSeveralVerbPhrasesSharesTheirSubject() {
        assertEquals("The mayor", reported("The mayor praised the workers, criticised the budget and said the "
                + "city would hire more nurses.", "hire more nurses").mention());
    }

    @Test
    void aLongSubjectWithParticiplesOpensTheClause() {
        QuoteSpan q = reported("Large majorities of primary voters in six states going to the polls on Tuesday "
                + "said they support a proposal to cut taxes.", "support a proposal");
        assertTrue(q.mention().startsWith("Large majorities of primary voters"), q.mention());
        QuoteSpan q2 = reported("Many veterans interviewed at rallies in Ohio this week, including Mr. Jebens, "
                + "said they had no problem with the remarks.", "no problem");
        assertTrue(q2.mention().startsWith("Many veterans"), q2.mention());
    }

    @Test
    void aSubjectAfterAnIntroductoryAdverbOpensTheClause() {
        QuoteSpan q = reported("Still, 52 percent of registered voters say they would consider voting for each "
                + "candidate.", "consider voting");
        assertEquals("52 percent of registered voters", q.mention());
    }

    @Test
    void aRelativeClauseInTheReportedSubjectStillMakesAClause() {
        QuoteSpan q = reported("The retired property developer says a hard tackle that used to be praised now "
                + "draws a penalty.", "draws a penalty");
        assertEquals("The retired property developer", q.mention());
    }

    @Test
    void anInsertionAfterThatStaysInTheContent() {
        QuoteSpan q = reported("Party officials say that, even if they thought it was right, a recount could not "
                + "be done.", "recount could not");
        assertTrue(q.text().startsWith("even if they thought"), q.text());
    }

    @Test
    void aClauseWithItsOwnVerbBeforeTheCueIsNoOpeningSubject() {
        QuoteSpan q = reported("Voters backed the plan in May, and the city says the vote was fair.", "vote was fair");
        assertEquals("the city", q.mention());
    }
}
