package dev.stancekit.speakers;

import static dev.stancekit.speakers.SideFixture.analyze;
import static dev.stancekit.speakers.SideFixture.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.stancekit.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regressions from a blind real-news set on US state politics: "a Democrat who is Chinese
 * American" and "founder of the Chinese American Legal Defense Alliance" made their speakers
 * Chinese, and "a resident who has kept ties with Xi since his first visit from China's Hebei
 * province" did too. Invented articles.
 */
class OriginAmericanSideTest {

    @Test
    void anAmericanOfChineseOriginSpeaksForTheUs() {
        List<Quote> qs = analyze("Land bill\n\nRep. Lia Tong, a Democrat who is Chinese American, said the bill "
                + "would hurt families who have lived in the state for decades.");
        Quote q = quote(qs, "hurt families");
        assertEquals("US", q.speaker().side(), q.speaker().toString());
    }

    @Test
    void aHyphenatedOriginAmericanGroupSpeaksForTheUs() {
        List<Quote> qs = analyze("Land bill\n\nThe law would hurt students, said Carl Wen, founder of the "
                + "Chinese-American Civic Forum.");
        Quote q = quote(qs, "hurt students");
        assertEquals("US", q.speaker().side(), q.speaker().toString());
    }

    @Test
    void aCountryInARelativeClauseAboutWhatThePersonDidIsNoSide() {
        List<Quote> qs = analyze("Old friends\n\n“We never thought he would remember us,” said Nora Lind, a retired "
                + "teacher who has kept in touch with the delegation since its first visit from China’s Hebei province.");
        Quote q = quote(qs, "never thought he would remember");
        assertNotEquals("China", q.speaker().side(), q.speaker().toString());
    }

    @Test
    void aRelativeClauseSayingWhatThePersonIsStillGivesTheSide() {
        List<Quote> qs = analyze("Old friends\n\n“We will keep the door open,” said Nora Lind, an envoy who is "
                + "China’s representative to the forum.");
        Quote q = quote(qs, "keep the door open");
        assertEquals("China", q.speaker().side(), q.speaker().toString());
    }
}
