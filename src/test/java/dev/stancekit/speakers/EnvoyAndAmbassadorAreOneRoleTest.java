package dev.stancekit.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stancekit.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression: "the envoy" and "Ambassador X", "the expert" and "professor X" were different roles
 * (role-synonyms.csv now gives envoy and ambassador the common form diplomat, and scholar,
 * professor and researcher the form expert), so a lead's "China's envoy to the US said …" stayed
 * an unnamed envoy although the next paragraph names the ambassador.
 */
class EnvoyAndAmbassadorAreOneRoleTest {

    @Test
    void anEnvoyInTheLeadIsTheAmbassadorNamedLater() {
        String text = "Envoy backs river cooperation\n\n"
                + "China's envoy to the United States on Thursday stressed the value of joint work on river clean-up.\n\n"
                + "Chinese Ambassador to the United States Lan Feiyu made the remarks at a forum in Denver, where he said"
                + " the two countries could learn from each other.";
        List<Quote> qs = SideFixture.analyze(text);
        Quote lead = SideFixture.quote(qs, "value of joint work");
        assertEquals("Lan Feiyu", lead.speaker().canonical());
        assertEquals("China", lead.side());
    }

    @Test
    void theExpertIsTheProfessorNamedBefore() {
        String text = "Scholar doubts the charges\n\n"
                + "Wen Haoran, a professor at a university in Shanghai, said the charges had no basis.\n\n"
                + "The claim is weak because the evidence was never shown, the expert said.";
        List<Quote> qs = SideFixture.analyze(text);
        assertEquals("Wen Haoran", SideFixture.quote(qs, "evidence was never shown").speaker().canonical());
    }
}
