package dev.stancekit.speakers;

import static dev.stancekit.speakers.SideFixture.analyze;
import static dev.stancekit.speakers.SideFixture.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stancekit.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regressions from blind real-news sets: a lawmaker described as "a Missouri Republican" or "an
 * Illinois Democrat" had side unknown (a US state was no place of the lexicon, and a capitalised
 * word after it did not open an apposition); "the Illinois Democrat said" stayed an anonymous
 * "Democrat"; "the Florida senator" could point back to any earlier person described as a senator;
 * and "Texas-based Matt Mackowiak" became the speaker "based Matt Mackowiak". Invented articles.
 */
class StateAndPartyDescriptionTest {

    @Test
    void aStateAndAPartyInAppositionGiveTheUsSide() {
        List<Quote> qs = analyze("Harbour bill passes\n\nAnna Wexley, a Missouri Republican, said the bill sends a clear message. "
                + "Carl Joss, an Illinois Democrat, said the bill came too late.");
        assertEquals("US", quote(qs, "clear message").speaker().side(), quote(qs, "clear message").speaker().toString());
        assertEquals("US", quote(qs, "too late").speaker().side(), quote(qs, "too late").speaker().toString());
    }

    @Test
    void theStateAndPartyLaterNameThePersonDescribedSo() {
        List<Quote> qs = analyze("Harbour bill passes\n\nCarl Joss, an Illinois Democrat, said the bill came too late. "
                + "Anna Wexley, a Missouri Republican, said the bill sends a clear message.\n\n"
                + "\"We waited three years for this,\" the Illinois Democrat said.");
        Quote q = quote(qs, "three years");
        assertEquals("Carl Joss", q.speaker().canonical(), q.speaker().toString());
    }

    @Test
    void theFloridaSenatorIsNotAnyEarlierSenator() {
        List<Quote> qs = analyze("Harbour bill passes\n\nIlse Varga, a senator from Ohio, said the bill came too late.\n\n"
                + "\"It is not over,\" the Florida senator said.");
        Quote q = quote(qs, "not over");
        assertEquals(false, q.speaker().canonical().contains("Varga"), q.speaker().toString());
    }

    @Test
    void aPlaceBeforeBasedIsNoPartOfTheName() {
        List<Quote> qs = analyze("Harbour bill passes\n\n\"The bill is cratering,\" said Texas-based Matt Olund.");
        assertEquals("Matt Olund", quote(qs, "cratering").speaker().canonical(), quote(qs, "cratering").speaker().toString());
    }

    @Test
    void aCapitalisedRoleAfterADeterminerKeepsItsCapital() {
        List<Quote> qs = analyze("Harbour bill passes\n\nA Democrat familiar with the talks said the bill would pass.");
        Quote q = quote(qs, "would pass");
        assertEquals("Democrat familiar with the talks", q.speaker().canonical(), q.speaker().toString());
    }

    @Test
    void aDocumentSpeaksForTheOrganisationThatIssuedIt() {
        List<Quote> qs = analyze("Port alert\n\nThe State Department issued an advisory on Friday. "
                + "The advisory warned of the growing risk of cargo theft in the northern ports.");
        Quote q = quote(qs, "cargo theft");
        assertEquals("State Department", q.speaker().canonical(), q.speaker().toString());
        assertEquals("US", q.speaker().side(), q.speaker().toString());
    }

    @Test
    void anOrganisationAfterAPrepositionDidNotIssueTheDocument() {
        List<Quote> qs = analyze("Port alert\n\nThe harbour museum in Washington issued a statement on Friday. "
                + "The statement warned of the growing risk of cargo theft in the northern ports.");
        Quote q = quote(qs, "cargo theft");
        assertEquals(false, q.speaker().canonical().contains("Washington"), q.speaker().toString());
    }
}
