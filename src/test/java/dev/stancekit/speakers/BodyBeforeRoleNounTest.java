package dev.stancekit.speakers;

import static dev.stancekit.speakers.SideFixture.analyze;
import static dev.stancekit.speakers.SideFixture.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stancekit.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression from a blind real-news set: "a Ministry of Commerce spokesperson said" had no side,
 * though "the Ministry of Commerce said" gets the one registered ministry of that name: the body
 * named before a role noun was not read as the one the role speaks for. Invented article.
 */
class BodyBeforeRoleNounTest {

    @Test
    void theBodyBeforeARoleNounGivesTheRoleItsSide() {
        List<Quote> qs = analyze("Export rules\n\nChina firmly opposes the listing of 12 more firms, a Ministry of Commerce "
                + "spokesperson said on Friday.\n\nThe listing harms normal trade, the spokesperson said.");
        Quote q = quote(qs, "listing of 12 more firms");
        assertEquals("China", q.speaker().side(), q.speaker().toString());
        assertEquals("China", quote(qs, "harms normal trade").speaker().side());
    }

    @Test
    void aBodyThatNoRegisteredEntryNamesAddsNothing() {
        List<Quote> qs = analyze("Harbour levy\n\nThe levy is unfair, a Harbour Pilots Guild spokesperson said.");
        Quote q = quote(qs, "levy is unfair");
        assertEquals("unknown", q.speaker().side(), q.speaker().toString());
    }
}
