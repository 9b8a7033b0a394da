package dev.stancekit.speakers;

import static dev.stancekit.speakers.SideFixture.analyze;
import static dev.stancekit.speakers.SideFixture.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stancekit.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression: an AP-style dateline with a state abbreviation after an unknown town ("LITTLE ROCK,
 * Ark. –") gave its people no side; the abbreviation is read only there ("Miss." and "Wash." in
 * running text are no places).
 */
class DatelineStateAbbreviationTest {

    @Test
    void aStateAbbreviationAfterTheDatelinesPlaceGivesItsSide() {
        List<Quote> qs = analyze("Land law\n\nPINE HOLLOW, Ark. – A seed company was ordered to sell its farmland.\n\n"
                + "Dale Brenner said he is imposing the largest fine the law allows.");
        Quote q = quote(qs, "largest fine");
        assertEquals("US", q.speaker().side(), q.speaker().toString());
    }

    @Test
    void theSameAbbreviationInRunningTextGivesNoSide() {
        List<Quote> qs = analyze("Land law\n\nA seed company was ordered to sell its farmland near the river in Miss. Hollow.\n\n"
                + "Dale Brenner said he is imposing the largest fine the law allows.");
        Quote q = quote(qs, "largest fine");
        assertEquals("unknown", q.speaker().side(), q.speaker().toString());
    }
}
