package dev.stancekit.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stancekit.resources.Resources;
import org.junit.jupiter.api.Test;

class AnonymousNameTest {

    static final Lexicon LEX = Lexicon.load(Resources.bundled());
    static final WordKinds WORDS = WordKinds.load(Resources.bundled());

    static String name(String mention) {
        return AnonymousName.of(new Phrase(mention, LEX), WORDS);
    }

    @Test
    void dropsDeterminersKeepsSideAndRole() {
        assertEquals("US spokesperson", name("A US spokesperson"));
        assertEquals("Philippine officials", name("two Philippine officials"));
        assertEquals("National Security Council spokesman", name("A National Security Council spokesman"));
        assertEquals("spokesman", name("The Spokesman"));
    }

    @Test
    void movesTheSideInFrontWhenOnlyGenericWordsFollow() {
        assertEquals("Chinese spokesman", name("A spokesman for the Chinese side"));
        assertEquals("Pentagon spokeswoman", name("a spokeswoman for the Pentagon"));
        assertEquals("Washington officials", name("officials in Washington"));
        assertEquals("Chinese envoy for European affairs", name("Chinese envoy for European affairs"));
        assertEquals("researcher at a Shanghai think tank", name("a researcher at a Shanghai think tank"),
                "a city names the base: the phrase is kept");
        assertEquals("spokesman for the Taiwan Affairs Office's press bureau",
                name("a spokesman for the Taiwan Affairs Office's press bureau"));
    }

    @Test
    void peopleWithNothingElseAreUnnamedSources() {
        assertEquals("unnamed source", name("the person"));
        assertEquals("people familiar with the matter", name("people familiar with the matter"),
                "a plural description is kept whole");
        assertEquals("unnamed source", name("an unnamed source"));
        assertEquals("unnamed source", name("the"));
        assertEquals("Chinese embassy people", name("people at the Chinese embassy"));
        assertEquals("people at a Wuhan lab", name("people at a Wuhan lab"));
        assertEquals("unnamed source", name("a person briefed on Tokyo's plans"),
                "one source stays one unnamed source whatever it is familiar with");
        assertEquals("unnamed source", name("an individual close to the Chinese delegation"));
    }
}
