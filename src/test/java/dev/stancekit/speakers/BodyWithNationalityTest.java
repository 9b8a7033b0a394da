package dev.stancekit.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.stancekit.StanceKit;
import dev.stancekit.model.Article;
import dev.stancekit.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A body named with another country's nationality ("The Peruvian ministry said", "The Peruvian air
 * force said") is that body, not the spokesperson of some ministry quoted before it; a body owned
 * through a pronoun ("the spokesperson for its Eastern Theater Command") is the speaker's. Runs the whole
 * per-article analysis on an invented article.
 */
class BodyWithNationalityTest {

    private static Quote tracked(String body) {
        String text = "Airship drifts south\n\n"
                + "“The airship lost its way in strong winds,” a spokesperson for China’s foreign ministry, Lin Jian, said "
                + "at a news conference Monday.\n\n"
                + body + " said it had tracked the object until it left the country’s airspace.";
        List<Quote> qs = StanceKit.defaults().analyze(Article.of("a.txt", text));
        return qs.stream().filter(q -> q.text().contains("tracked")).findFirst().orElseThrow();
    }

    @Test
    void aMinistryOfAnotherNationalityIsNotTheEarlierSpokesperson() {
        Quote q = tracked("The Peruvian ministry");
        assertNotEquals("Lin Jian", q.speaker().canonical(), q.speaker().toString());
        assertNotEquals("China", q.speaker().side(), q.speaker().toString());
    }

    @Test
    void anAirForceIsABodyNotTheEarlierSpokesperson() {
        Quote q = tracked("The Peruvian air force");
        assertNotEquals("Lin Jian", q.speaker().canonical(), q.speaker().toString());
        assertEquals("other", q.speaker().side(), q.speaker().toString());
    }

    @Test
    void aBodyOwnedThroughAPronounIsTheSpeakersEmployer() {
        Quote q = afterChinaSentShips("The spokesperson for its Eastern Theater Command, Col. Ana Tesh, said air and sea "
                + "forces were mobilized.", "mobilized");
        assertEquals("China", q.speaker().side(), q.speaker().toString());
    }

    @Test
    void aBodyOwnedThroughAPronounByACriticIsNotTheCriticsEmployer() {
        Quote q = afterChinaSentShips("Ana Tesh, a longtime critic of its Eastern Theater Command, said the drills were a "
                + "show of force.", "show of force");
        assertNotEquals("China", q.speaker().side(), q.speaker().toString());
    }

    /** The quote holding {@code words} in an article whose first paragraph names China, then this one. */
    private static Quote afterChinaSentShips(String paragraph, String words) {
        String text = "Destroyer shadowed\n\nChina sent ships and planes on Wednesday.\n\n" + paragraph;
        List<Quote> qs = StanceKit.defaults().analyze(Article.of("a.txt", text));
        return qs.stream().filter(x -> x.text().contains(words)).findFirst().orElseThrow();
    }
}
