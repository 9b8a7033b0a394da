package dev.stancekit.quotes;

import static dev.stancekit.quotes.Fixture.anyEqualTo;
import static dev.stancekit.quotes.Fixture.dump;
import static dev.stancekit.quotes.Fixture.extract;
import static dev.stancekit.quotes.Fixture.quote;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.QuoteSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Patterns that the twenty-ninth round of error analysis on real news (new sets of real US–China
 * news and PolNeAR train) found. One test per pattern; every sentence invented.
 */
class RealNewsTwentyNinthRoundTest {

    @Test
    void anAppositionOnTheSubjectOfTheReportedClauseStaysInTheContent() {
        List<QuoteSpan> qs = extract("The trade ministry stated on Monday that Oren Vale, a Lisbon-based director at a shipping "
                + "firm, is being questioned in a customs case and cannot leave the country.");
        assertTrue(anyEqualTo(qs, "Oren Vale, a Lisbon-based director at a shipping firm, is being questioned in a customs case "
                + "and cannot leave the country"), dump(qs));
        assertTrue(quote(qs, "customs case").mention().contains("trade ministry"), dump(qs));
    }

    @Test
    void aLastParagraphThatThePageCutOffIsNoHeadline() {
        List<QuoteSpan> qs = extract("Talks in Oslo end\n\nThe envoys met for six hours on Friday.\n\n"
                + "Envoy Mara Lind said: “We think this is a serious question and we cannot easily change");
        assertTrue(anyEqualTo(qs, "We think this is a serious question and we cannot easily change"), dump(qs));
        List<QuoteSpan> reported = extract("Talks in Oslo end\n\nThe envoys met for six hours on Friday.\n\n"
                + "But Lind reiterated that her country is not seeking to leave the pact, which she said would be");
        assertTrue(anyEqualTo(reported, "her country is not seeking to leave the pact"), dump(reported));
    }

    @Test
    void aNamingVerbWithAsOrASuperlativeNamesWithoutQuoteMarks() {
        assertTrue(anyEqualTo(extract("Senator Hale labeled the cartel as the gravest threat facing the region."),
                "the cartel as the gravest threat facing the region"));
        assertTrue(anyEqualTo(extract("Senator Hale labeled the cartel the gravest threat facing the region."),
                "the cartel the gravest threat facing the region"));
        assertTrue(anyEqualTo(extract("The senator branded them as traitors to the party."), "them as traitors to the party"));
    }

    @Test
    void twoNounsJoinedByAndAreOneSubjectOfTheReportedClause() {
        List<QuoteSpan> qs = extract("The trade ministry spoke on Thursday. Its spokesman said some countries and regions "
                + "have expressed understanding and are actively engaged in talks.");
        assertTrue(anyEqualTo(qs, "some countries and regions have expressed understanding and are actively engaged in talks"), dump(qs));
        List<QuoteSpan> two = extract("Neither side reported a final agreement but Mayor Ode said the call was productive.");
        assertTrue(quote(two, "the call was productive").mention().contains("Ode"), dump(two));
    }

    @Test
    void aTrailingReportOpeningWithAlsoHoldsTheSentenceBefore() {
        List<QuoteSpan> qs = extract("In particular, the bloc has widened its controls over firms with a new rule that touches "
                + "thousands of suppliers. Also, the bloc went ahead with port fees on the shipping sector, spokesman Li Dan said.");
        QuoteSpan q = quote(qs, "port fees");
        assertTrue(q.text().startsWith("In particular, the bloc has widened"), dump(qs));
        assertTrue(q.mention().contains("Li Dan"), dump(qs));
    }

    @Test
    void aSecondSubjectOfAnAbsoluteParticipleStartsItsOwnReport() {
        List<QuoteSpan> qs = extract("The two leaders ended their talks in Oslo, with the prime minister saying the outcome was "
                + "better than expected, and Norway saying the bloc had agreed not to raise any further duties on its fish.");
        assertTrue(anyEqualTo(qs, "the outcome was better than expected"), dump(qs));
        assertTrue(anyEqualTo(qs, "the bloc had agreed not to raise any further duties on its fish"), dump(qs));
        assertTrue(quote(qs, "further duties").mention().contains("Norway"), dump(qs));
    }
}
