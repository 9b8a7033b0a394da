package dev.stancekit.quotes;

import static dev.stancekit.quotes.Fixture.reported;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Shapes of reported speech whose speaker or content the finder missed (error analysis on PolNeAR
 * train); one test per rule, every sentence invented.
 */
class ReportedRecallTest {

    @Test
    void aParticipleAfterAClauseOfBeOrHaveReportsAClause() {
        assertEquals("The mayor", reported("The mayor has been on the fence, arguing he did not want to "
                + "sway the vote.", "did not want").mention());
        assertEquals("The senator", reported("The senator had the look of a winner, noting that he would receive "
                + "another endorsement.", "another endorsement").mention());
    }
}
