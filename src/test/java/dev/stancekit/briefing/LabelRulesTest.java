package dev.stancekit.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.resources.Resources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelRulesTest {

    private final LabelRules rules = LabelRules.load(Resources.bundled());

    @Test
    void labelsOfEveryVarietyAreParsed() {
        assertEquals("Mao Ning", rules.parse("Mao Ning: We have noted the reports.").text());
        assertEquals("Spokesperson Lin Jian", rules.parse("Spokesperson Lin Jian: Good afternoon.").text());
        assertEquals("MR MILLER", rules.parse("MR MILLER: Go ahead.").text());
        assertEquals("GEN. RYDER", rules.parse("GEN. RYDER: Sure.").text());
        assertEquals("Senior Colonel Wu Qian", rules.parse("Senior Colonel Wu Qian: Thank you.").text());
        assertEquals("Reporter from Bloomberg", rules.parse("Reporter from Bloomberg: A question on chips.").text());
        LabelRules.Label q = rules.parse("Q: Will the talks go ahead?");
        assertEquals("Q", q.text());
        assertEquals("Will", "Q: Will the talks go ahead?".substring(q.bodyStart(), q.bodyStart() + 4));
    }

    @Test
    void proseIsNotALabel() {
        assertNull(rules.parse("As President Xi said, the two sides should talk."));
        assertNull(rules.parse("Having said that, the US side should stop."));
        assertNull(rules.parse("Washington, D.C."));
        assertNull(rules.parse("He said the following: nothing."));
        assertNull(rules.parse("Reporter from:  nothing after the connector"));
    }

    @Test
    void rolesComeFromTheDataFile() {
        assertEquals(LabelRules.Role.QUESTION, rules.role("QUESTION"));
        assertEquals(LabelRules.Role.QUESTION, rules.role("Reporter from CCTV"));
        assertEquals(LabelRules.Role.ANSWER, rules.role("A"));
        assertEquals(LabelRules.Role.ANSWER, rules.role("Answer"));
        assertEquals(LabelRules.Role.MODERATOR, rules.role("MODERATOR"));
        assertEquals(LabelRules.Role.MODERATOR, rules.role("STAFF"));
        assertEquals(LabelRules.Role.SPEAKER, rules.role("Lin Jian"));
        assertEquals(LabelRules.Role.SPEAKER, rules.role("A Taiwan Reporter"), "A with more words is not an answer label");
        assertEquals("CCTV", rules.questionRest("Reporter from CCTV"));
    }

    @Test
    void titlesAreStrippedAndCapitalsTitleCased() {
        assertEquals("Miller", rules.name("MR MILLER"));
        assertEquals("Wu Qian", rules.name("Senior Colonel Wu Qian"));
        assertEquals("Pat Ryder", rules.name("MAJOR GENERAL PAT RYDER"));
        assertEquals("Ryder", rules.name("GEN. RYDER"));
        assertEquals("Lin Jian", rules.name("Spokesperson Lin Jian"));
        assertTrue(rules.hasTitle("Spokesperson Lin Jian"));
        assertFalse(rules.hasTitle("Lin Jian"));
    }

    @Test
    void stageDirectionsAreRemoved() {
        assertEquals("Not from this podium. What I will say is this.",
                rules.withoutStage("Not from this podium. (Laughter.) What I will say is this."));
        assertTrue(rules.isStage("(Laughter.)"));
        assertTrue(rules.isStage("  (Crosstalk)  "));
        assertFalse(rules.isStage("(The Secretary left the room early.)"), "only listed directions are dropped");
    }

    @Test
    void aBadRowIsAClearError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(LabelRules.FILE), "role,label\npodium,Spokesperson\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LabelRules.load(Resources.overlay(dir)));
        assertTrue(e.getMessage().contains(LabelRules.FILE), e.getMessage());
    }

    @Test
    void aUserRowAddsALabel(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(LabelRules.FILE), "role,label\nquestion,Pregunta\n");
        assertEquals(LabelRules.Role.QUESTION, LabelRules.load(Resources.overlay(dir)).role("Pregunta"));
        assertEquals(LabelRules.Role.SPEAKER, rules.role("Pregunta"));
    }
}
