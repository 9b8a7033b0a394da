package dev.stancekit.speakers;

import static dev.stancekit.speakers.MentionFixture.resolve;
import static dev.stancekit.speakers.SideFixture.assertSides;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stancekit.model.Speaker;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Regressions from real US–China news: "X, US attorney for the Southern District of Y, said" (a
 * title with no article and a capitalised jurisdiction) gave no side, while "the US attorney for
 * …" did; and "China's foreign ministry spokesman issued a statement … the spokesman wrote" left
 * the spokesman with no side, while "a Chinese foreign ministry spokesman" gave one.
 */
class TitleWithoutArticleAndPossessiveDescriptionSideTest {

    @ParameterizedTest
    @ValueSource(strings = {"US attorney for the Southern District of Ostland", "US envoy for North Asian Affairs"})
    void aCountryTitleWithItsJurisdictionGivesTheSide(String apposition) {
        String text = "Dana Holt, " + apposition + ", said the two men had sold the designs for cash.";
        Speaker s = resolve(text, "Dana Holt");
        assertEquals("US", s.side(), s.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"China's foreign ministry spokesman", "China’s commerce ministry spokesman"})
    void theRoleNounPointsBackToACountrysPossessiveDescription(String description) {
        assertSides(description + " put out a statement hours after the tariffs took effect. “Our countermeasures are "
                + "legitimate and necessary,” the spokesman wrote on Tuesday.", "China", "countermeasures");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Harborline's spokesman", "The team's spokesman"})
    void anOwnerThatIsNoCountryGivesNoSide(String description) {
        assertSides(description + " put out a statement on Monday. “We are ready for the season,” the spokesman wrote.",
                "unknown", "ready for the season");
    }
}
