package dev.stancekit.speakers;

import static dev.stancekit.speakers.SideFixture.analyze;
import static dev.stancekit.speakers.SideFixture.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.stancekit.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression: "the newspaper said" stayed a speaker named "newspaper" after the outlet it refers to,
 * and "a Bloomberg report said" went to the speaker quoted before it.
 */
class OutletNounRefersToLastOutletTest {

    @Test
    void theNewspaperIsTheOutletQuotedJustBefore() {
        List<Quote> qs = analyze("Port hack\n\nIntruders reached the harbour's billing servers last spring, the Wall Street Journal "
                + "reported on Saturday.\n\nThree shipping lines are among the firms whose data was taken, the newspaper said.");
        Quote q = quote(qs, "Three shipping lines");
        assertEquals("The Wall Street Journal", q.speaker().canonical(), q.speaker().toString());
    }

    @Test
    void anOrganisationQuotedInBetweenThatIsNoOutletStopsTheSearch() {
        List<Quote> qs = analyze("Port hack\n\nIntruders reached the harbour's billing servers, the Wall Street Journal reported.\n\n"
                + "The work went on for months, the Harbour Gazette reported.\n\n"
                + "Three shipping lines are among the firms whose data was taken, the newspaper said.");
        Quote q = quote(qs, "Three shipping lines");
        assertFalse(q.speaker().canonical().contains("Wall Street Journal"), q.speaker().toString());
    }

    @Test
    void aReportNamedAfterAnOutletIsThatOutlets() {
        List<Quote> qs = analyze("Reef plan\n\nLocal observers said the plan was baseless.\n\n"
                + "A Bloomberg report on Saturday said the minister's statement backed the fishermen.");
        Quote q = quote(qs, "backed the fishermen");
        assertEquals("Bloomberg", q.speaker().canonical(), q.speaker().toString());
    }
}
