package dev.stancekit.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.resources.Resources;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rows of reported-rules.csv switch forms of reported speech on and off; one test per rule that others miss. */
class ReportedRulesTest {

    private static final MentionFinder MENTIONS = new MentionFinder(Fixture.LEX);
    private static final List<Map<String, String>> BUNDLED = Resources.bundled().readCsv(ReportedRules.FILE);

    /** The bundled rows, with rule {@code off} disabled. */
    private static ReportedRules without(String off) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Map<String, String> row : BUNDLED) {
            Map<String, String> r = new HashMap<>(row);
            if (off.equals(r.get("rule"))) {
                r.put("enabled", "no");
            }
            rows.add(r);
        }
        return ReportedRules.of(rows, Fixture.LEX, MENTIONS);
    }

    /** "content by speaker" for each attribution of the text. */
    private static List<String> found(ReportedRules rules, String text) {
        ReportedSpeechFinder finder = new ReportedSpeechFinder(Fixture.LEX, MENTIONS, rules);
        Doc d = Fixture.doc(text);
        List<String> out = new ArrayList<>();
        for (int s = 0; s < d.sentStart.length; s++) {
            for (Attribution a : finder.find(d, s)) {
                out.add(d.text.substring(a.contentStart(), a.contentEnd()) + " by " + d.span(a.subjStart(), a.subjEnd()));
            }
        }
        return out;
    }

    @Test
    void disablingARuleRemovesItsForm() {
        String text = "The real risk, analysts said, lies in the bond market.";
        assertEquals(List.of("The real risk, analysts said, lies in the bond market by analysts"),
                found(without("none"), text));
        assertFalse(found(without("insertion"), text).stream().anyMatch(f -> f.startsWith("The real risk")),
                found(without("insertion"), text).toString());
        String trailing = "The talks could slip to the spring, the person said.";
        assertEquals(List.of("The talks could slip to the spring by the person"), found(without("none"), trailing));
        assertEquals(List.of(), found(without("trailing"), trailing));
    }

    @Test
    void noRowsNoAttributions() {
        assertEquals(List.of(), found(ReportedRules.of(List.of(), Fixture.LEX, MENTIONS), "Wang said the talks went well."));
    }

    @Test
    void aBadRowIsAClearError() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> ReportedRules.of(
                List.of(Map.of("rule", "said_twice", "enabled", "yes", "limit", "")), Fixture.LEX, MENTIONS));
        assertTrue(unknown.getMessage().contains("said_twice"), unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReportedRules.of(
                List.of(Map.of("rule", "content", "enabled", "yes", "limit", "")), Fixture.LEX, MENTIONS));
    }

    @Test
    void aParticipleAfterAPrepositionSharesTheSubjectOfItsClause() {
        String text = "The senator began by saying the bill would fail.";
        assertEquals(List.of("the bill would fail by The senator"), found(without("none"), text));
        assertEquals(List.of(), found(without("participle_after_preposition"), text));
    }

    @Test
    void aNounPhraseEndingTheSentenceAfterTheVerbIsTheSpeaker() {
        String text = "The plant will cost more than planned, said the company's chief executive.";
        assertEquals(List.of("The plant will cost more than planned by the company's chief executive"),
                found(without("none"), text));
        assertEquals(List.of(), found(without("inverted"), text));
    }

    @Test
    void aFreeRelativeOrANegationReportsNothing() {
        assertEquals(List.of(), found(without("none"), "What the mayor said surprised the council."));
        String never = "The mayor never said the bridge would reopen.";
        assertEquals(List.of(), found(without("none"), never));
        assertEquals(List.of("the bridge would reopen by The mayor"), found(without("none"), never.replace("never ", "")));
    }
}
