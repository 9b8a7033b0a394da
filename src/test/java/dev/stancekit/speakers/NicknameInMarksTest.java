package dev.stancekit.speakers;

import static dev.stancekit.speakers.SideFixture.analyze;
import static dev.stancekit.speakers.SideFixture.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stancekit.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression from a blind real-news set: a nickname in quote marks inside a name ("Yifan “David”
 * Li") made the speaker "David", for the quote of the full name and for later quotes of the
 * surname alone. Invented article.
 */
class NicknameInMarksTest {

    @Test
    void aNicknameInMarksIsNoPartOfTheSpeakersName() {
        List<Quote> qs = analyze("Harbour levy\n\nHarbour Pilots Guild chair Marta “Tiny” Olsen said the levy would "
                + "drive ships away.\n\nOlsen said later that the guild would appeal.");
        assertEquals("Marta Olsen", quote(qs, "drive ships away").speaker().canonical());
        assertEquals("Marta Olsen", quote(qs, "guild would appeal").speaker().canonical());
    }

    @Test
    void initialsBeforeANicknameStayPartOfTheName() {
        List<Quote> qs = analyze("Harbour levy\n\nMayor J.R. \"Buddy\" Haines told reporters the levy was fair.");
        assertEquals("J.R. Haines", quote(qs, "levy was fair").speaker().canonical());
    }
}
