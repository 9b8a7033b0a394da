package dev.stancekit.speakers;

import static dev.stancekit.speakers.SideFixture.analyze;
import static dev.stancekit.speakers.SideFixture.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression from a blind real-news set: "his office said" after quotes of a US general became the
 * "Chinese office", the country word of its sentence; a personal possessive stands for the person
 * quoted before, whose office it is. Invented article.
 */
class PersonsOfficeTest {

    @Test
    void hisOfficeIsTheOfficeOfThePersonQuotedBefore() {
        List<Quote> qs = analyze("Generals talk\n\nGen. Charles Q. Brown spoke by video with his Chinese counterpart on Thursday, "
                + "according to a statement released by Brown's office.\n\n"
                + "Brown \"stressed the need to keep lines of communication open with China,\" his office said.");
        Quote q = quote(qs, "keep lines of communication open");
        assertEquals("US", q.speaker().side(), q.speaker().toString());
        assertTrue(q.speaker().canonical().contains("Brown"), q.speaker().toString());
    }
}
