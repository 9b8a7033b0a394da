package dev.stancekit.speakers;

import static dev.stancekit.speakers.SideFixture.analyze;
import static dev.stancekit.speakers.SideFixture.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stancekit.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression: a body's acronym in brackets before the verb of issuing ("the House Select Committee
 * on the Chinese Communist Party (CCP) published a report") made the acronym's own registry entry
 * (the party) the document's issuer, and gave the committee's report China's side.
 */
class DocumentIssuerBeforeAcronymTest {

    @Test
    void theNameBeforeABracketedAcronymIssuedTheDocument() {
        List<Quote> qs = analyze("Chip report\n\nThe House Select Committee on the Chinese Communist Party (CCP) "
                + "published a report on Monday.\n\n“The app is a grave risk to our networks,” the report says.");
        Quote q = quote(qs, "grave risk");
        assertEquals("US", q.speaker().side(), q.speaker().toString());
        assertEquals(true, q.speaker().canonical().startsWith("House Select Committee"), q.speaker().toString());
    }
}
