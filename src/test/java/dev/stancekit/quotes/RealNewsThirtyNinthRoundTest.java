package dev.stancekit.quotes;

import static dev.stancekit.quotes.Fixture.anyEqualTo;
import static dev.stancekit.quotes.Fixture.dump;
import static dev.stancekit.quotes.Fixture.extract;
import static dev.stancekit.quotes.Fixture.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.QuoteKind;
import dev.stancekit.model.QuoteSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forms found on the blind batch of real US–China news collected on 2026-12-05 (sets 120–124),
 * each written again in invented words.
 */
class RealNewsThirtyNinthRoundTest {

    @Test
    void aLongLeadInWithTheFollowingStatementAfterADatelineGivesTheNextParagraphsTheirSpeaker() {
        // the lead-in follows a dateline's dash and runs past the colon limit only after "the following statement"
        List<QuoteSpan> qs = extract("Fisheries talks\n\nOSLO, March 3, 2025 – Fisheries Minister Petra Lund offered the "
                + "following statement after her meeting today with the visiting delegation of the northern coastal "
                + "provinces and their harbour boards:\n\n"
                + "“Today we agreed on the next steps. The quotas will be set in May.\n\n"
                + "“I look forward to our next meeting.”\n");
        assertTrue(quote(qs, "Today we agreed on the next steps").antecedent().contains("Lund"), dump(qs));
        assertTrue(quote(qs, "I look forward to our next meeting").antecedent().contains("Lund"), dump(qs));
    }

    @Test
    void aClosingMarkTypedWhereASecondQuoteOpensOpensIt() {
        List<QuoteSpan> qs = extract("Harbour plan\n\n“We build the ships. We will never sell the yards,” Lund said. "
                + "”This plan puts our workers first. It will keep the harbour busy.”\n");
        assertTrue(anyEqualTo(qs, "This plan puts our workers first. It will keep the harbour busy."), dump(qs));
        assertTrue(quote(qs, "This plan puts our workers first").antecedent().contains("Lund"), dump(qs));
        assertFalse(qs.stream().anyMatch(q -> q.text().contains("Lund said")), dump(qs));
    }

    @Test
    void aCapitalisedHeAfterATrailingVerbIsTheSurnameOfThePersonNamedBefore() {
        List<QuoteSpan> qs = extract("Router probe\n\nSpokesperson He Yongqian made the remarks at a press conference "
                + "on Thursday.\n\nThe other side should be fair when it conducts the review, rather than making "
                + "groundless claims, said He.\n");
        assertTrue(quote(qs, "The other side should be fair").antecedent().contains("He"), dump(qs));
    }

    @Test
    void anExecutiveWithAPrepositionalPhraseAfterAQuoteSpeaksTheReportAfterAdding() {
        // "executive" names a speaker's role; before, "an executive at the refiner" was no subject
        List<QuoteSpan> qs = extract("Crude window\n\n“Buyers will rush to import the ore during this window,” an executive "
                + "at the refiner said, adding that the ore has to arrive in port before March 1.\n");
        assertTrue(anyEqualTo(qs, "the ore has to arrive in port before March 1"), dump(qs));
        assertTrue(quote(qs, "the ore has to arrive").antecedent().contains("executive"), dump(qs));
    }

    @Test
    void aShortNameInCapitalsInsideAReportLeavesTheReportWhole() {
        List<QuoteSpan> qs = extract("Drone case\n\nIn May, the drone maker Skyline said it was suing the trade ministry after the "
                + "ministry put it on an \"Unverified Vendor List\" in 2023.\n");
        assertTrue(anyEqualTo(qs, "it was suing the trade ministry after the ministry put it on an \"Unverified Vendor List\" in 2023"),
                dump(qs));
        assertEquals(QuoteKind.INDIRECT, quote(qs, "it was suing").kind(), dump(qs));
        assertFalse(qs.stream().anyMatch(q -> q.text().equals("Unverified Vendor List")), dump(qs));
    }

    @Test
    void aNameGivenByANamingVerbOrASingleCapitalisedWordStaysAQuote() {
        List<QuoteSpan> qs = extract("Feud\n\nThe senator called her rival a \"Paper Tiger\" on Monday. "
                + "Later the mayor said the plan was a \"Disaster\" for the harbour.\n");
        assertTrue(anyEqualTo(qs, "Paper Tiger"), dump(qs));
        assertTrue(anyEqualTo(qs, "Disaster"), dump(qs));
    }

    @Test
    void aParticipleAfterBeQuickToHangsOnTheSubjectOfBe() {
        List<QuoteSpan> qs = extract("Transit row\n\nThe ministry was quick to react, warning that it could take firm steps in "
                + "response to the visit.\n");
        assertTrue(anyEqualTo(qs, "it could take firm steps in response to the visit"), dump(qs));
        assertTrue(quote(qs, "it could take firm steps").antecedent().contains("ministry"), dump(qs));
    }

    @Test
    void aParticipleInsertionBetweenCommasBeforeThatIsPassedOver() {
        List<QuoteSpan> qs = extract("Talks\n\nThe Harbour Gazette reported on Friday, citing officials briefed on the plan, that "
                + "the port talks may not take place.\n");
        assertTrue(anyEqualTo(qs, "the port talks may not take place"), dump(qs));
    }

    @Test
    void twoJoinedCapitalisedModifiersMayShareALowerCaseOneBeforeTheHead() {
        List<QuoteSpan> qs = extract("Strait\n\nTwo frigates sailed through the strait on Sunday, Danish and Dutch defense officials "
                + "said Monday.\n");
        assertTrue(quote(qs, "Two frigates sailed").antecedent().contains("Danish and Dutch"), dump(qs));
    }

    @Test
    void aSentenceOpeningWithAConjunctionAfterAQuoteThatEndedItsSentenceIsNoAttributionOfIt() {
        List<QuoteSpan> qs = extract("Drug talks\n\nSpokesperson Lin Wei spoke on Monday. \"The crisis is a domestic matter,\" Lin said. "
                + "\"We have taken firm steps to help.\" But instead of recognizing those efforts, he said, the other side "
                + "\"has sought to shift the blame.\"\n");
        String speaker = quote(qs, "We have taken firm steps").antecedent();
        assertFalse(speaker != null && speaker.contains("efforts"), dump(qs));
    }

    @Test
    void aReportGoingOnInAParticipleWithThatIsRelayedByTheTrailingAgency() {
        List<QuoteSpan> qs = extract("Call\n\nMinister Dara Lund stressed the importance of mutual respect, stating that any attempts "
                + "to \"split the harbour\" are doomed to fail, the Nordic News Agency reported.\n");
        assertTrue(quote(qs, "split the harbour").antecedent().contains("Lund"), dump(qs));
    }
}
