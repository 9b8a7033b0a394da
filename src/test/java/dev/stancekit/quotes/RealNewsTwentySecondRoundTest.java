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
 * Patterns that the twenty-second round of error analysis on real news (PolNeAR train and two new
 * blind sets of real US–China news) found. One test per pattern; every sentence invented.
 */
class RealNewsTwentySecondRoundTest {

    @Test
    void whomTheWordsWereToldToIsNoReport() {
        List<QuoteSpan> qs = extract("The mayor spoke to reporters on Tuesday. She told the Harbor Courier on Monday.");
        assertTrue(qs.stream().noneMatch(q -> q.text().contains("Harbor Courier")), dump(qs));
    }

    @Test
    void anOutletAndWhereTheWordsAppearedAreNoReport() {
        List<QuoteSpan> qs = extract("Councillor Pia Lund told the Valley Gazette in a video posted to its account.");
        assertTrue(qs.stream().noneMatch(q -> q.text().contains("Valley Gazette")), dump(qs));
    }

    @Test
    void theListenerBeforeAClauseIsStillPassedOver() {
        List<QuoteSpan> qs = extract("Councillor Pia Lund told the Valley Gazette the ferry would run again in May.");
        assertEquals("the ferry would run again in May", quote(qs, "ferry would run").text(), dump(qs));
    }

    @Test
    void aStoryToldIsNoListener() {
        List<QuoteSpan> qs = extract("The harbor workers told their own stories and criticized the port's new rules.");
        assertTrue(qs.stream().anyMatch(q -> q.text().contains("stories")), dump(qs));
    }

    @Test
    void whomTheWordsWereToldToBeforeAColonLeavesTheNextParagraphToTheSpeaker() {
        List<QuoteSpan> qs = extract("Governor Ines Dahl spoke last night.\n\nShe told the cheering crowd, to loud applause:\n\n"
                + "“No one will close this harbor while I am governor.”");
        assertEquals("Ines Dahl", quote(qs, "close this harbor").antecedent(), dump(qs));
        assertTrue(qs.stream().noneMatch(q -> q.text().contains("cheering crowd")), dump(qs));
    }

    @Test
    void aSecondActInThePerfectEndsTheFirstReport() {
        List<QuoteSpan> qs = extract("Lawmakers in Ostia have argued that the app could be used to spread propaganda, "
                + "and have voiced concerns that the firm could hand data to the state.");
        assertEquals("the app could be used to spread propaganda", quote(qs, "spread propaganda").text(), dump(qs));
    }

    @Test
    void theContentsOwnPerfectKeepsTheSentenceWhole() {
        List<QuoteSpan> qs = extract("Inspectors have said that the firms have cheated on their taxes and have lied about it.");
        assertEquals("the firms have cheated on their taxes and have lied about it", quote(qs, "cheated").text(), dump(qs));
    }

    @Test
    void pluralRoleNounsNameSpeakersOfANounReport() {
        List<QuoteSpan> qs = extract("Iron ore is key, and steel industry representatives have warned of rising threats to "
                + "production.");
        assertEquals("rising threats to production", quote(qs, "rising threats").text(), dump(qs));
        assertEquals("steel industry representatives", quote(qs, "rising threats").mention(), dump(qs));
    }

    @Test
    void whenTheWordsWereSaidIsNoReport() {
        List<QuoteSpan> qs = extract("The plan leaked on Monday. The Harbor Post first reported it, and the Valley Gazette "
                + "reported a few days later.");
        assertTrue(qs.stream().noneMatch(q -> q.text().contains("few days later")), dump(qs));
    }

    @Test
    void soStandsForWhatWasSaid() {
        List<QuoteSpan> qs = extract("Most voters backed the port plan in June. Only 55 percent said so in December.");
        assertTrue(qs.stream().anyMatch(q -> q.text().startsWith("so")), dump(qs));
    }

    @Test
    void aDayBetweenAParticipleAndItsAgentIsNoSpeaker() {
        List<QuoteSpan> qs = extract("A report issued Monday by the harbor committee said the port had been hacked.");
        assertEquals("A report issued Monday by the harbor committee", quote(qs, "port had been hacked").mention(), dump(qs));
    }

    @Test
    void twoJoinedAdjectivesBelongToTheSpeakersNoun() {
        List<QuoteSpan> qs = extract("As the inquiry goes on, agents want to interview her aides, current and former officials said.");
        assertEquals("current and former officials", quote(qs, "agents want").mention(), dump(qs));
    }

    @Test
    void aClauseOfTimeWithItsOwnQuotedReportEndsTheObject() {
        List<QuoteSpan> qs = extract("The United States reiterated its support for Manila as it said the vessels "
                + "\"interfered with lawful navigation.\"");
        assertEquals("its support for Manila", quote(qs, "support for Manila").text(), dump(qs));
        assertEquals("interfered with lawful navigation.", quote(qs, "lawful navigation").text(), dump(qs));
    }
}
