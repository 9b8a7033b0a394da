package dev.stancekit.speakers;

import static dev.stancekit.speakers.SideFixture.analyze;
import static dev.stancekit.speakers.SideFixture.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stancekit.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression from a blind real-news set on shipping: "Sean P. Duffy, U.S. Transportation
 * Secretary, called the order …" had no side: the apposition did not read as one, since
 * "Transportation" is no title word ("U.S. Trade Representative" did). A run of capitalised words
 * that ends in a title is one now. Invented article.
 */
class PortfolioTitleAppositionTest {

    @Test
    void aCabinetPortfolioInAnAppositionAfterANameGivesTheSide() {
        List<Quote> qs = analyze("Shipyards\n\nMara K. Quell, U.S. Transportation Secretary, said the order would "
                + "bring back shipyards.\n\nIvo P. Brandt, U.S. Treasury Secretary, said the fees were fair.");
        Quote a = quote(qs, "bring back shipyards");
        assertEquals("US", a.speaker().side(), a.speaker().toString());
        Quote b = quote(qs, "fees were fair");
        assertEquals("US", b.speaker().side(), b.speaker().toString());
    }

    @Test
    void aPortfolioWordBeforeARoleNounStaysInTheAnonymousName() {
        List<Quote> qs = analyze("Budget\n\nTreasury officials said the plan was sound.\n\nPublic health officials said the money was needed.");
        assertEquals("Treasury officials", quote(qs, "plan was sound").speaker().canonical());
        assertEquals("Public health officials", quote(qs, "money was needed").speaker().canonical());
    }
}
