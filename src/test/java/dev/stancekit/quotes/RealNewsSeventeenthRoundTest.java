package dev.stancekit.quotes;

import static dev.stancekit.quotes.Fixture.dump;
import static dev.stancekit.quotes.Fixture.extract;
import static dev.stancekit.quotes.Fixture.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.QuoteSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Patterns that the seventeenth round of error analysis on real news (PolNeAR train and two new
 * blind sets of real US–China news) found missed. One test per pattern; every sentence invented.
 */
class RealNewsSeventeenthRoundTest {

    @Test
    void anOpeningParticipleIsNoContentWhenTheReportFollowsTheVerbOverAnInsertion() {
        List<QuoteSpan> qs = extract("Noting that the port handles most of the region's grain, Ode said Vietnam, in a spirit "
                + "of good faith, has offered to share its inspection data.");
        QuoteSpan q = quote(qs, "inspection data");
        assertEquals("Vietnam, in a spirit of good faith, has offered to share its inspection data", q.text(), dump(qs));
        assertTrue(qs.stream().noneMatch(x -> x.text().startsWith("Noting")), dump(qs));
    }

    @Test
    void aSecondSpeakerWithThePerfectOfAVerbOfSayingStartsAReportOfItsOwn() {
        List<QuoteSpan> qs = extract("Ode said after the dinner that a visit by the premier looked likely, and the premier "
                + "has said he would welcome it.");
        assertEquals("a visit by the premier looked likely", quote(qs, "visit").text(), dump(qs));
        QuoteSpan second = quote(qs, "welcome");
        assertEquals("he would welcome it", second.text(), dump(qs));
        assertEquals("the premier", second.mention(), dump(qs));
    }

    @Test
    void aTrailingReportThatAnAgencyRelaysKeepsItsOwnSpeaker() {
        List<QuoteSpan> qs = extract("The new port fees cannot be accepted by Hanoi, ministry spokeswoman Ana Tesh told a "
                + "regular news briefing, the agency reported.");
        QuoteSpan q = quote(qs, "port fees");
        assertEquals("The new port fees cannot be accepted by Hanoi", q.text(), dump(qs));
        assertEquals("Ana Tesh", q.mention().replace("ministry spokeswoman ", ""), dump(qs));
        assertTrue(qs.stream().noneMatch(x -> x.text().contains("briefing")), dump(qs));
    }

    @Test
    void aWarningAgainstOrOfAThingReportsTheThing() {
        List<QuoteSpan> qs = extract("The trade minister warned against a sudden split of the two markets. The envoy "
                + "warned of grave consequences for the fishing fleets.");
        assertEquals("a sudden split of the two markets", quote(qs, "split").text(), dump(qs));
        assertEquals("grave consequences for the fishing fleets", quote(qs, "fleets").text(), dump(qs));
    }

    @Test
    void aJokeAboutAPlanReportsThePlan() {
        List<QuoteSpan> qs = extract("In a later interview, the senator joked about retiring to a lighthouse if the bill passed.");
        assertEquals("retiring to a lighthouse if the bill passed", quote(qs, "lighthouse").text(), dump(qs));
    }
}
