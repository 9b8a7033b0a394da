package dev.stancekit.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A speaker the article gives no side ("the chamber", a name with no description) takes the side
 * of the article's other quotes when they are mostly of one side (speaker-settings.csv); on blind
 * real news annotators gave such speakers the article's side about four times as often as none.
 */
class ArticleMainSideTest {

    private static final String US_STORY = "Rules on chip tools tightened\n\n"
            + "The State Department said the new rules would take effect in March.\n\n"
            + "\"We will protect our technology,\" Pentagon spokesman Ron Feld said.\n\n"
            + "The chamber said its members had not been consulted.\n\n"
            + "Dana Morrow said prices for the tools had already risen.";

    @Test
    void aSpeakerWithoutASideTakesTheSideOfAnArticleWhoseOtherSpeakersAreAllOfOneSide() {
        SideFixture.assertSides(US_STORY, "US", "new rules would take effect", "protect our technology",
                "had not been consulted", "had already risen");
        Quote q = SideFixture.quote(SideFixture.analyze(US_STORY), "had not been consulted");
        assertTrue(q.speaker().evidence().contains("article: 2 of 2 quotes of a known side are US"), q.speaker().evidence());
    }

    @Test
    void anArticleSplitBetweenTheSidesGivesNoSide() {
        String text = "Talks stall\n\nThe State Department said the new rules would take effect in March.\n\n"
                + "China's Foreign Ministry said the rules were unfair.\n\n"
                + "The chamber said its members had not been consulted.";
        SideFixture.assertSides(text, "unknown", "had not been consulted");
    }

    @Test
    void anUnnamedSourceWithNoDescriptionKeepsItsUnknownSide() {
        String text = "Rules on chip tools tightened\n\nThe State Department said the new rules would take effect in March.\n\n"
                + "\"We will protect our technology,\" Pentagon spokesman Ron Feld said.\n\n"
                + "The person said the timing was not yet settled.";
        List<Quote> qs = SideFixture.analyze(text);
        Quote q = SideFixture.quote(qs, "timing was not yet settled");
        assertEquals("unnamed source", q.speaker().canonical());
        assertEquals("unknown", q.side());
    }

    /** Regression: a commentator with no tie ("Analysts", "a CEO") was always other; on real news it is mostly of the article's side. */
    @Test
    void aCommentatorWithNoTieTakesTheArticlesSideButStaysOtherInAnArticleOfBothSides() {
        String us = US_STORY + "\n\nAnalysts said the rules would slow the industry.";
        SideFixture.assertSides(us, "US", "slow the industry");
        String both = "Talks stall\n\nThe State Department said the new rules would take effect in March.\n\n"
                + "China's Foreign Ministry said the rules were unfair.\n\nAnalysts said the rules would slow the industry.";
        SideFixture.assertSides(both, "other", "slow the industry");
    }
}
