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
 * Patterns that the twenty-third round of error analysis on real news (PolNeAR train and two new
 * blind sets of real US–China news) found. One test per pattern; every sentence invented.
 */
class RealNewsTwentyThirdRoundTest {

    @Test
    void sinceBetweenTheAuxiliaryAndTheVerbIsAnAdverb() {
        List<QuoteSpan> qs = extract("Senator Ada Voss spoke on Monday. She has since stressed that she never saw the memo.");
        assertEquals("she never saw the memo", quote(qs, "never saw").text(), dump(qs));
        assertEquals("Ada Voss", quote(qs, "never saw").antecedent(), dump(qs));
    }

    @Test
    void whereTheWordsWereSaidWithAPurposeIsNoReport() {
        List<QuoteSpan> qs = extract("Mayor Ruth Olin said during her campaign speech to be a delegate. The crowd cheered.");
        assertTrue(qs.stream().noneMatch(q -> q.text().contains("campaign speech")), dump(qs));
    }

    @Test
    void aTrailingSpeakersSettingMayHoldAPurpose() {
        List<QuoteSpan> qs = extract("His loyalty has moved from Lund to Berg, Tom Wald said during his campaign speech to be a "
                + "national delegate.");
        assertEquals("His loyalty has moved from Lund to Berg", quote(qs, "loyalty").text(), dump(qs));
        assertEquals("Tom Wald", quote(qs, "loyalty").mention(), dump(qs));
    }

    @Test
    void aQuoteAfterWhereItWasSaidAndACommaIsWhole() {
        List<QuoteSpan> qs = extract("Premier Ivo Marsh said at a news conference, “We have not yet closed the gaps between us.”");
        assertEquals(QuoteKind.DIRECT, quote(qs, "closed the gaps").kind(), dump(qs));
        assertEquals("Ivo Marsh", quote(qs, "closed the gaps").antecedent(), dump(qs));
    }

    @Test
    void aPromiseAfterWhereItWasMadeStartsAtTo() {
        List<QuoteSpan> qs = extract("The talks follow a summit where President Lena Holt pledged during a meeting with Premier "
                + "Ivo Marsh in May to curb the smuggling.");
        assertEquals("to curb the smuggling", quote(qs, "curb the smuggling").text(), dump(qs));
        assertEquals("Lena Holt", quote(qs, "curb the smuggling").antecedent(), dump(qs));
    }

    @Test
    void aTermAfterWhatItCalledIsTheSpeakersWords() {
        List<QuoteSpan> qs = extract("A ministry spokesperson, Lin Wei, said the sale sends a wrong signal to what it called "
                + "“Taiwan independence” forces.");
        QuoteSpan q = quote(qs, "Taiwan independence");
        assertEquals(QuoteKind.PARTIAL, q.kind(), dump(qs));
        assertEquals("Taiwan independence", q.text(), dump(qs));
    }

    @Test
    void aTermInAReportedClauseStaysReportedSpeech() {
        List<QuoteSpan> qs = extract("Lin Wei said the sale sends a wrong signal to “Taiwan independence” forces.");
        assertEquals(QuoteKind.INDIRECT, quote(qs, "wrong signal").kind(), dump(qs));
    }

    @Test
    void anAdverbMayStandBetweenTheHeadAndItsRelativeClause() {
        List<QuoteSpan> qs = extract("Colonel Tan replied to remarks by the Pentagon press secretary recently, who said that the "
                + "navy had “harassed” fishing boats.");
        assertEquals("the Pentagon press secretary", quote(qs, "harassed").antecedent(), dump(qs));
    }

    @Test
    void aReadoutsDiscussionMayHaveSeveralModifiersAndCommas() {
        List<QuoteSpan> qs = extract("The two sides had rational, candid and constructive communication on fishing rights "
                + "and issues of mutual concern.");
        assertEquals("fishing rights and issues of mutual concern", quote(qs, "fishing rights").text(), dump(qs));
    }

    @Test
    void sidesThatExchangedViewsReportWhatTheViewsWereOn() {
        List<QuoteSpan> qs = extract("The two sides exchanged their views on regional and global financial developments.");
        assertEquals("regional and global financial developments", quote(qs, "financial developments").text(), dump(qs));
    }

    @Test
    void leadersWhoEngagedInADiscussionReportItsTopic() {
        List<QuoteSpan> qs = extract("During the call, both leaders engaged in a frank and thorough discussion regarding "
                + "fishing rights in the strait.");
        assertEquals("fishing rights in the strait", quote(qs, "fishing rights").text(), dump(qs));
    }

    @Test
    void aSurnameThatIsAlsoAPronounEndsAName() {
        List<QuoteSpan> qs = extract("Secretary Lund and Vice Premier He had candid, direct, and productive discussions on "
                + "the bilateral fishing accord.");
        assertEquals("the bilateral fishing accord", quote(qs, "fishing accord").text(), dump(qs));
    }

    @Test
    void bothPartiesThatDiscussedATopicReportIt() {
        List<QuoteSpan> qs = extract("The two sides also discussed developments in the regional fishing industry.");
        assertEquals("developments in the regional fishing industry", quote(qs, "fishing industry").text(), dump(qs));
        List<QuoteSpan> one = extract("The senator discussed the harbor budget with reporters on Monday.");
        assertTrue(one.isEmpty(), dump(one));
    }

    @Test
    void aNamedOperationInAReportedClauseIsNoQuote() {
        List<QuoteSpan> qs = extract("The Southern Theater Command announced the start of the “Harbor Shield-2031A” naval "
                + "exercises in the waters around the islands.");
        QuoteSpan q = quote(qs, "naval exercises");
        assertEquals(QuoteKind.INDIRECT, q.kind(), dump(qs));
        assertTrue(q.text().startsWith("the start of"), dump(qs));
    }

    @Test
    void aCodeNameAfterAHyphenedParticipleIsNoQuote() {
        List<QuoteSpan> qs = extract("The ministry said the navy has begun drills code-named ‘Harbor Shield-2031B’ in the "
                + "northern strait.");
        assertEquals(QuoteKind.INDIRECT, quote(qs, "northern strait").kind(), dump(qs));
    }

    @Test
    void aSloganBeforeAnyOtherNounStaysAQuote() {
        List<QuoteSpan> qs = extract("Senator Ada Voss said she backs the “Stop the Tolls” movement in the valley.");
        assertEquals(QuoteKind.PARTIAL, quote(qs, "Stop the Tolls").kind(), dump(qs));
    }

    @Test
    void aClauseOfTimeAfterANounObjectIsTheWriters() {
        List<QuoteSpan> qs = extract("The Republic of Ostia has reiterated its firm commitment to the islands as Lisbon extends "
                + "its naval drills to a second day.");
        assertEquals("its firm commitment to the islands", quote(qs, "firm commitment").text(), dump(qs));
    }

    @Test
    void aReasonAfterAnInfinitiveStaysTheSpeakers() {
        List<QuoteSpan> qs = extract("The harbor board urged the unions to end the strike as it is hurting the region.");
        assertEquals("the unions to end the strike as it is hurting the region", quote(qs, "end the strike").text(), dump(qs));
    }

    @Test
    void twoGroupsJoinedByAndSpeakTogether() {
        List<QuoteSpan> qs = extract("Support is strongest among the youngest members, teachers and union officials told the "
                + "Harbor Post.");
        assertEquals("teachers and union officials", quote(qs, "youngest members").mention(), dump(qs));
        List<QuoteSpan> opening = extract("Fishermen and union officials said the port would close.");
        assertEquals("Fishermen and union officials", quote(opening, "port would close").mention(), dump(opening));
    }
}
