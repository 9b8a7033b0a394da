package dev.stancekit.speakers;

import static dev.stancekit.speakers.MentionFixture.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.stancekit.model.Speaker;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Regression: an apposition headed by a role noun that the quote finder knew but the resolver did
 * not ("Dana Holt, the US Attorney for the Eastern District, said") gave no side, while "the top
 * US prosecutor" did. Once those are roles, what an adversary role opposes ("a critic of the
 * Chinese government") must not become the speaker's employer.
 */
class RoleNounAppositionSideTest {

    @ParameterizedTest
    @ValueSource(strings = {"the US Attorney for the Eastern District of New York", "a Chinese lawyer for the family",
            "a US economist at the bank"})
    void aRoleNounAppositionGivesTheSideOfItsCountryWord(String apposition) {
        String text = "Dana Holt, " + apposition + ", said the two men had run the office for years.";
        Speaker s = resolve(text, "Dana Holt");
        assertEquals(apposition.contains("US") ? "US" : "China", s.side(), s.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a longtime critic of the Chinese government", "an outspoken opponent of the Chinese navy"})
    void whatAnAdversaryOpposesIsNoEmployer(String apposition) {
        String text = "Dana Holt, " + apposition + ", said the drills were a show of force.";
        Speaker s = resolve(text, "Dana Holt");
        assertNotEquals("China", s.side(), s.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Harborline's CEO Dana Holt", "the company"})
    void aCompanyVoiceWithNoCountryEvidenceIsAThirdParty(String mention) {
        String text = "Lawmakers in Washington pressed the app maker over its ties to Beijing on Thursday. " + mention
                + " said the app keeps its users' data on servers in Texas.";
        Speaker s = resolve(text, mention);
        assertEquals("other", s.side(), s.toString());
    }
}
