package dev.stancekit.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.speakers.Words.Tok;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void foldsAccentsAndCase() {
        assertEquals("dong quan", Words.fold("Đổng Quân"));
        assertEquals("nguy phuong hoa", Words.fold("Ngụy Phượng Hòa"));
        assertEquals("lukasz", Words.fold("Łukasz"));
    }

    @Test
    void foldsAsciiByLowerCasingAlone() {
        for (String s : List.of("", "Xi", "U.S.", "McCONNELL", "O'Brien", "a-b 12")) {
            assertEquals(s.toLowerCase(java.util.Locale.ROOT), Words.fold(s));
        }
        assertEquals("strasse", Words.fold("Straße"));
    }

    @Test
    void possessiveIsDroppedAndPunctuationSplits() {
        List<Tok> t = Words.tokenize("China’s Lt. Gen. Lai Ching-te (U.S.)");
        assertEquals(List.of("china", "lt", "gen", "lai", "ching", "te", "u", "s"), Words.folds(t));
        assertEquals("China", t.get(0).text());
        assertEquals(0, t.get(0).start());
        assertEquals(5, t.get(0).end());
        assertEquals("mr dong quan", Words.key("Mr.Dong's  Quan"));
    }

    @Test
    void keepsAStandaloneS() {
        assertEquals(List.of("s", "class"), Words.folds(Words.tokenize("'s class")));
    }

    @Test
    void acronymsAndCapitals() {
        Tok us = Words.tokenize("US").get(0);
        assertTrue(us.acronym());
        assertTrue(us.capitalized());
        assertFalse(Words.tokenize("us").get(0).acronym());
        assertTrue(Words.tokenize("PLAN").get(0).acronym(), "four capitals match only in capitals: PLAN is not 'plan'");
        assertFalse(Words.tokenize("ASEAN").get(0).acronym(), "longer capitals match in any case");
    }

    @Test
    void randomUnicodeNeverThrows() {
        java.util.Random r = new java.util.Random(3);
        for (int i = 0; i < 2000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(20); k > 0; k--) {
                b.appendCodePoint(r.nextInt(0x30000));
            }
            for (Tok t : Words.tokenize(b.toString())) {
                assertTrue(t.start() < t.end() && t.end() <= b.length());
                assertEquals(t.text(), b.substring(t.start(), t.end()));
            }
        }
    }
}
