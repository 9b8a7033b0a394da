package dev.stancekit.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.themes.Words.Word;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordsTest {

    @Test
    void splitsOnPunctuationAndHyphensKeepingInnerApostrophes() {
        List<Word> words = Words.tokenize("Mil-to-mil talks can't wait, China’s envoy said: a \"non-starter\".");
        assertEquals(List.of("Mil", "to", "mil", "talks", "can't", "wait", "China’s", "envoy", "said", "non", "starter"),
                words.stream().map(Word::text).toList());
        Word china = words.get(6);
        assertEquals("china's", china.key());
        assertEquals("china", china.stem());
        assertEquals("China’s", "Mil-to-mil talks can't wait, China’s envoy".substring(china.start(), china.end()));
    }

    @ParameterizedTest
    @CsvSource({
        "exchanges,exchanging", "militaries,military", "lines,line", "communications,communication",
        "opposed,opposes", "agreed,agree", "agreeing,agree", "stopped,stop", "talks,talk", "reducing,reduce", "crises,crises",
    })
    void inflectionsShareAStem(String a, String b) {
        assertEquals(Words.stem(b), Words.stem(a));
    }

    @Test
    void distinctWordsKeepDistinctStems() {
        assertFalse(Words.stem("crisis").equals(Words.stem("cris")));
        assertFalse(Words.stem("need").equals(Words.stem("ne")));
        assertEquals("us", Words.stem("us"));
        assertEquals("crisis", Words.stem("crisis"));
    }

    @Test
    void marksWordsAfterASentenceOrClauseEnd() {
        List<Boolean> breaks = Words.tokenize("One two. Three, four; five six!? seven")
                .stream().map(Word::afterBreak).toList();
        assertEquals(List.of(false, false, true, false, true, false, true), breaks);
    }

    @Test
    void upperMeansAllCasedLettersAreCapitals() {
        assertTrue(Words.tokenize("NATO").get(0).isUpper());
        assertFalse(Words.tokenize("Nato").get(0).isUpper());
        assertFalse(Words.tokenize("2024").get(0).isUpper());
    }

    @Test
    void singleCharactersAndSymbolsAreNotWords() {
        assertEquals(List.of(), Words.tokenize("a I - ! 🙂 ’ '"));
        assertEquals(List.of("é́t"), Words.tokenize("é\u0301t").stream().map(Word::key).toList());
    }

    @Test
    void dottedInitialsAreOneWordAndNoSentenceEnd() {
        List<Word> words = Words.tokenize("the U.S. side and the U.N. envoy. Then A. Smith");
        assertEquals(List.of("the", "U.S.", "side", "and", "the", "U.N.", "envoy", "Then", "Smith"),
                words.stream().map(Word::text).toList());
        assertEquals("us", words.get(1).key());
        assertFalse(words.get(2).afterBreak(), "the dots of U.S. end no sentence");
        assertTrue(words.get(7).afterBreak(), "a full stop after a word still does");
    }
}
