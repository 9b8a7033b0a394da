package dev.stancekit.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.Tone;
import dev.stancekit.resources.Resources;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The plain-VADER mode reproduces the compound scores published with VADER's reference code. */
class VaderRulesTest {

    private static final LexiconToneScorer VADER = LexiconToneScorer.vaderOnly(Resources.bundled());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "VADER is smart, handsome, and funny.|0.8316",
        "VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!|0.9469",
        "VADER is not smart, handsome, nor funny.|-0.7424",
        "The book was good.|0.4404",
        "At least it isn't a horrible book.|0.431",
        "The book was only kind of good.|0.3832",
        "Today SUX!|-0.5461",
        "Not bad at all|0.431",
    })
    void reproducesReferenceScores(String text, double expected) {
        assertEquals(expected, VADER.score(text).score(), 0.00051, text);
    }

    @Test
    void capsBoostersAndExclamationsIntensify() {
        double plain = VADER.score("The plan is good.").score();
        assertTrue(VADER.score("The plan is very good.").score() > plain);
        assertTrue(VADER.score("The plan is GOOD, they said.").score() > plain);
        assertTrue(VADER.score("The plan is good!").score() > plain);
        assertTrue(VADER.score("The plan is slightly good.").score() < plain);
    }

    @Test
    void butShiftsWeightToTheSecondClause() {
        double r = VADER.score("The food was good, but the service was terrible.").score();
        assertTrue(r < 0, "after 'but' dominates: " + r);
    }

    @Test
    void negationsAndBoostersStayInTheirSentence() {
        assertTrue(VADER.score("We did not. Good.").score() > 0, "'not' does not reach into the next sentence");
        assertTrue(VADER.score("We did not; good").score() > 0);
        assertTrue(VADER.score("We did not good").score() < 0);
        assertTrue(VaderRules.sentenceEnd("a. b", 1, 3));
        assertTrue(!VaderRules.sentenceEnd("a, b", 1, 3));
        assertTrue(!VaderRules.sentenceEnd("ab", 5, 9), "out of range is no end");
    }

    @Test
    void neverSoIntensifiesInsteadOfNegating() {
        assertTrue(VADER.score("It was never so good.").score() > VADER.score("It was good.").score());
        assertTrue(VADER.score("It was never good.").score() < 0);
    }

    @Test
    void cuesIncludeTheModifierThatChangedAWord() {
        Tone t = VADER.score("The results were not good and very bad.");
        assertEquals(List.of("not good", "very bad"), t.cues());
    }

    @Test
    void scoreIsNormalisedIntoTheUnitInterval() {
        Tone t = VADER.score("wonderful ".repeat(200) + "!!!!!!");
        assertTrue(t.score() <= 1 && t.score() > 0.99, "" + t.score());
    }
}
