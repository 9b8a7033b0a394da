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
 * Patterns that the nineteenth round of error analysis on real news (PolNeAR train and new blind
 * sets of real US–China news) found. One test per pattern; every sentence invented.
 */
class RealNewsNineteenthRoundTest {

    @Test
    void aSecondVerbInTheCueVerbsFormAfterAClauseInAnotherTenseIsTheSpeakersOwnAct() {
        List<QuoteSpan> qs = extract("Harlow insists the council must be a council of ideas, and has championed a budget "
                + "that drew scorn from the mayor. The ministry said the harbor is safe but declined to release the "
                + "inspection records.");
        assertEquals("the council must be a council of ideas", quote(qs, "council of ideas").text(), dump(qs));
        assertEquals("the harbor is safe", quote(qs, "harbor").text(), dump(qs));
    }

    @Test
    void aSecondVerbStaysInTheContentWhenTheContentSpeaksInTheCueVerbsTense() {
        List<QuoteSpan> qs = extract("The mayor said the ferry service grew last year and opened new routes. The agency "
                + "said the inspectors have visited the port and checked the cranes.");
        assertEquals("the ferry service grew last year and opened new routes", quote(qs, "ferry").text(), dump(qs));
        assertEquals("the inspectors have visited the port and checked the cranes", quote(qs, "inspectors").text(),
                dump(qs));
    }

    @Test
    void aVerbInQuoteMarksSetsTheContentsTense() {
        List<QuoteSpan> qs = extract("A spokesperson said in a statement that its officers “boarded” the reef, which "
                + "the navy calls Sand Shoal, and dealt with what it called “unlawful acts” by the crew.");
        assertEquals("boarded", quote(qs, "boarded").text(), dump(qs));
        assertEquals("unlawful acts", quote(qs, "unlawful").text(), dump(qs));
        assertEquals("A spokesperson", quote(qs, "unlawful").mention(), dump(qs));
    }

    @Test
    void aNameInCapitalsAfterANamingParticipleIsNoQuote() {
        List<QuoteSpan> qs = extract("Named “Blue Tide”, the three-day drill will run until Monday, the navy said. The "
                + "patrols, dubbed “Harbor Shield”, began on Tuesday, the coast guard said.");
        assertEquals(dev.stancekit.model.QuoteKind.INDIRECT, quote(qs, "three-day drill").kind(), dump(qs));
        assertEquals(dev.stancekit.model.QuoteKind.INDIRECT, quote(qs, "began on Tuesday").kind(), dump(qs));
        assertTrue(qs.stream().noneMatch(x -> x.text().equals("Blue Tide") || x.text().equals("Harbor Shield")), dump(qs));
    }

    @Test
    void wordsInMarksAfterAFiniteNamingVerbStayAQuote() {
        List<QuoteSpan> qs = extract("The ministry called the sale “a grave provocation” on Friday.");
        assertEquals(dev.stancekit.model.QuoteKind.PARTIAL, quote(qs, "provocation").kind(), dump(qs));
    }

    @Test
    void anAcronymInBracketsInsideTheSpeakersNameKeepsTheTrailingReport() {
        List<QuoteSpan> qs = extract("The exercise will end on Sunday, the Southern Fleet’s (SF) Harbor Command said.");
        assertEquals("The exercise will end on Sunday", quote(qs, "exercise").text(), dump(qs));
    }

    @Test
    void aModalAfterANounObjectStartsTheSpeakersNextAct() {
        List<QuoteSpan> qs = extract("The ministry has lodged a formal complaint and will summon the ambassador on Monday.");
        assertEquals("a formal complaint", quote(qs, "complaint").text(), dump(qs));
    }

    @Test
    void anAdjectiveAndASpeechNounAreEnoughOfAnObject() {
        List<QuoteSpan> qs = extract("In reply, the port authority expressed strong dissatisfaction.");
        assertEquals("strong dissatisfaction", quote(qs, "dissatisfaction").text(), dump(qs));
    }

    @Test
    void anAdverbBeforeAParticipleAfterTheObjectStillEndsTheContent() {
        List<QuoteSpan> qs = extract("Several shipping firms have voiced opposition to the new fees, clearly showing how "
                + "unpopular the plan has become.");
        assertEquals("opposition to the new fees", quote(qs, "fees").text(), dump(qs));
    }

    @Test
    void whatBothPartiesHeldDiscussionsOnIsReported() {
        List<QuoteSpan> qs = extract("During the two-day visit, the Danish and Thai delegations held frank and in-depth "
                + "discussions on fishing quotas and port fees. The two sides held talks about river shipping on the delta.");
        assertEquals("fishing quotas and port fees", quote(qs, "quotas").text(), dump(qs));
        assertEquals("river shipping on the delta", quote(qs, "river").text(), dump(qs));
    }

    @Test
    void oneSpeakerHoldingTalksReportsNothing() {
        List<QuoteSpan> qs = extract("Harbor officials held talks on the new ferry schedule.");
        assertTrue(qs.stream().noneMatch(x -> x.text().contains("ferry")), dump(qs));
    }
}
