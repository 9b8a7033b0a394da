package dev.stancekit.quotes;

import static dev.stancekit.quotes.Fixture.anyEqualTo;
import static dev.stancekit.quotes.Fixture.anyStartingWith;
import static dev.stancekit.quotes.Fixture.dump;
import static dev.stancekit.quotes.Fixture.extract;
import static dev.stancekit.quotes.Fixture.quote;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.QuoteSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Patterns that the thirty-fifth round of error analysis on real news (blind batches of real
 * US–China news, and PolNeAR train) found. One test per pattern; every sentence invented.
 */
class RealNewsThirtyFifthRoundTest {

    @Test
    void aNicknameInMarksInsideANameIsNoQuote() {
        List<QuoteSpan> qs = extract("Harbour levy\n\nHarbour Pilots Guild chair Marta “Tiny” Olsen said on Monday that "
                + "the levy would drive ships away.");
        assertFalse(anyEqualTo(qs, "Tiny"), dump(qs));
        assertTrue(anyEqualTo(qs, "the levy would drive ships away"), dump(qs));
        assertTrue(quote(qs, "the levy would drive ships away").mention().endsWith("Olsen"), dump(qs));
        List<QuoteSpan> straight = extract("Harbour levy\n\nMayor J.R. \"Buddy\" Haines told reporters the levy was fair.");
        assertFalse(anyEqualTo(straight, "Buddy"), dump(straight));
        assertTrue(anyEqualTo(straight, "the levy was fair"), dump(straight));
    }

    @Test
    void aCapitalisedWordInMarksAfterALowerCaseWordIsStillJudgedAsAQuote() {
        // not after a name: "called the plan “Robbery” Monday" is no nickname
        List<QuoteSpan> qs = extract("Harbour levy\n\nOlsen called the plan “Robbery” Monday.");
        assertTrue(anyEqualTo(qs, "Robbery"), dump(qs));
    }
}
