package dev.stancekit.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LexiconTest {

    @Test
    void bundledListsLoad() {
        Lexicon lex = Fixture.LEX;
        assertFalse(lex.cues("say").isEmpty());
        assertFalse(lex.cues("call").get(0).particle().isEmpty(), "call on / call for before bare call");
        assertTrue(lex.cues("meet").isEmpty(), "meeting is not speaking");
        assertTrue(lex.cues("agree").isEmpty(), "agreeing is not speaking");
        assertTrue(lex.is("Spokesman", Lexicon.WordType.ANONYMOUS));
        assertTrue(lex.is("Adm.", Lexicon.WordType.TITLE));
        assertTrue(lex.isSpeakerNoun("ministry"));
        assertFalse(lex.isSpeakerNoun("meeting"));
    }

    @Test
    void particleCuesComeFirst() {
        Lexicon lex = new Lexicon(List.of(Map.of("lemma", "call", "particle", "", "complement", "quote"),
                Map.of("lemma", "call", "particle", "on", "complement", "any")), List.of());
        assertEquals("on", lex.cues("call").get(0).particle());
        assertEquals(Lexicon.Complement.QUOTE, lex.cues("call").get(1).complement());
    }

    @Test
    void boilerplateAndNoComment() {
        Lexicon lex = Fixture.LEX;
        assertTrue(lex.isBoilerplateStart("Read Next: something"));
        assertTrue(lex.isBoilerplateStart("  RELATED"));
        assertFalse(lex.isBoilerplateStart("Relatedly, the talks went on."));
        assertTrue(lex.hasNoComment("It did not respond to a Request for Comment."));
        assertFalse(lex.hasNoComment("It commented at length."));
    }

    @Test
    void badRowsAreReportedClearly() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Lexicon(List.of(Map.of("lemma", "say", "complement", "sometimes")), List.of()));
        assertTrue(e.getMessage().contains("cue-verbs.csv") && e.getMessage().contains("sometimes"));
        e = assertThrows(IllegalArgumentException.class,
                () -> new Lexicon(List.of(), List.of(Map.of("word", "aide", "type", "helper"))));
        assertTrue(e.getMessage().contains("attribution-words.csv"));
        e = assertThrows(IllegalArgumentException.class,
                () -> new Lexicon(List.of(Map.of("particle", "on")), List.of()));
        assertTrue(e.getMessage().contains("lemma"));
    }

    @Test
    void normalLowersAndDropsAbbreviationDot() {
        assertEquals("gen", Lexicon.normal("Gen."));
        assertEquals("us", Lexicon.normal("U.S."), "'U.S.' and 'US' are one word");
        assertEquals("us", Lexicon.normal("US"));
        assertEquals("st", Lexicon.normal("St."));
    }
}
