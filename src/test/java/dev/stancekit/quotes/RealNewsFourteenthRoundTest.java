package dev.stancekit.quotes;

import static dev.stancekit.quotes.Fixture.dump;
import static dev.stancekit.quotes.Fixture.extract;
import static dev.stancekit.quotes.Fixture.quote;
import static dev.stancekit.quotes.Fixture.reported;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stancekit.model.QuoteSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Patterns that the fourteenth round of error analysis on real news (PolNeAR train and real
 * US–China news) found missed or mis-cut. One test per pattern; every sentence invented.
 */
class RealNewsFourteenthRoundTest {

    @Test
    void aRelativeClauseWhoseSubjectIsTheReportedClausesSubject() {
        QuoteSpan q = reported("The envoys discussed a proposal that diplomats said would restore the military hotline.",
                "restore");
        assertEquals("would restore the military hotline", q.text());
        assertEquals("diplomats", q.mention());
    }

    @Test
    void thatAfterAVerbOpensTheClauseOfTheVerbOfSaying() {
        QuoteSpan q = reported("The admiral suspects that analysts said the patrols had kept the strait open.", "patrols");
        assertEquals("the patrols had kept the strait open", q.text());
        assertEquals("analysts", q.mention());
    }

    @Test
    void aLongBracketBetweenTheSubjectAndTheVerb() {
        QuoteSpan q = reported("Senator Ann Ode (a Vermont Republican so young she has been mistaken for an intern) says "
                + "she felt adrift in the weeks after the vote.", "adrift");
        assertEquals("Senator Ann Ode", q.mention());
    }

    @Test
    void aRelativeClauseBetweenDashesMayHoldQuotedWords() {
        QuoteSpan q = reported("Admiral Carl Berg - who once vowed to \"sail wherever the law allows\" - said on Monday that "
                + "the patrols would continue.", "patrols");
        assertEquals("the patrols would continue", q.text());
        assertEquals("Admiral Carl Berg", q.mention());
    }

    @Test
    void theSameVerbOfSayingAgainAfterButSharesTheSpeaker() {
        List<QuoteSpan> qs = extract("Hana Ode said she had met the envoy twice but said neither envoy raised the tariffs.");
        QuoteSpan q = quote(qs, "neither envoy");
        assertEquals("neither envoy raised the tariffs", q.text(), dump(qs));
        assertEquals("Hana Ode", q.mention());
    }

    @Test
    void quotedWordsInTheObjectOfAnEarlierVerbDoNotHideTheSubject() {
        List<QuoteSpan> qs = extract("Minister Lee Sun blamed the collision on a \"reckless pilot,\" not on the weather, and "
                + "said it was troubling to see such conduct at sea.");
        QuoteSpan q = quote(qs, "troubling");
        assertEquals("it was troubling to see such conduct at sea", q.text(), dump(qs));
        assertEquals("Minister Lee Sun", q.mention());
    }

    @Test
    void aTwoWordObjectWithADeterminerIsReported() {
        QuoteSpan q = reported("The defence ministry denied the charges.", "charges");
        assertEquals("the charges", q.text());
    }

    /** Guards the two-word object: a proper name or an adjective and a noun is no statement. */
    @Test
    void aTwoWordNameOrTermIsNoReportedObject() {
        List<QuoteSpan> qs = extract("The senator praised Ola Berg. The mayor stressed national security.");
        assertEquals(0, qs.size(), dump(qs));
    }
}
