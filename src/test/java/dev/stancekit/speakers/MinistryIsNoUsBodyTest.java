package dev.stancekit.speakers;

import static dev.stancekit.speakers.SideFixture.analyze;
import static dev.stancekit.speakers.SideFixture.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stancekit.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression from a blind real-news set: "The U.S. practice is arbitrary, according to a statement
 * released by the Foreign Ministry" gave the ministry the US side, the country word of its
 * sentence, though the US has no ministries: none of the many registered bodies named "ministry"
 * is American. Invented article.
 */
class MinistryIsNoUsBodyTest {

    @Test
    void aCountryWithoutRegisteredBodiesOfThatNounIsPassedOver() {
        List<Quote> qs = analyze("Tariff row\n\nOn Saturday, Chinese officials urged Washington to drop new tariffs on solar panels.\n\n"
                + "The U.S. move is typical unilateral bullying, according to a statement released by the Foreign Ministry.");
        Quote q = quote(qs, "typical unilateral bullying");
        assertEquals("China", q.speaker().side(), q.speaker().toString());
    }

    @Test
    void aNounFewRegisteredBodiesCarryRulesNothingOut() {
        // "association": too few registered bodies to say that the US has none
        List<Quote> qs = analyze("Gun bill\n\nThe U.S. bill is ripe for abuse, the association said on Monday.");
        Quote q = quote(qs, "ripe for abuse");
        assertEquals("US", q.speaker().side(), q.speaker().toString());
    }
}
