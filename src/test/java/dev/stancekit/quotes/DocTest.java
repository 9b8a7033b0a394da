package dev.stancekit.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.nlp.AnnotatedText;
import dev.stancekit.nlp.Sentence;
import dev.stancekit.nlp.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocTest {

    private static Token tok(String text, String w, int from) {
        int b = text.indexOf(w, from);
        return new Token(w, w.toLowerCase(), "NN", "O", b, b + w.length());
    }

    @Test
    void tokensKnowTheirQuoteAndParagraph() {
        String t = "A “b c” d\n\nE f";
        List<Token> s1 = List.of(tok(t, "A", 0), tok(t, "“", 0), tok(t, "b", 0), tok(t, "c", 0), tok(t, "”", 0),
                tok(t, "d", 0));
        List<Token> s2 = List.of(tok(t, "E", 0), tok(t, "f", 0));
        AnnotatedText at = new AnnotatedText(t, List.of(new Sentence(0, 0, 0, 9, s1), new Sentence(1, 1, 11, 14, s2)));
        Doc d = new Doc(t, at, QuoteMarks.find(t));
        assertEquals(-1, d.quoteOf[0]);
        assertEquals(-1, d.quoteOf[1], "the mark itself is outside the quoted text");
        assertEquals(0, d.quoteOf[2]);
        assertEquals(0, d.quoteOf[3]);
        assertEquals(-1, d.quoteOf[5]);
        assertEquals(0, d.paragraphAt(3));
        assertEquals(1, d.paragraphAt(12));
        assertEquals(6, d.tokenFrom(11));
        assertEquals(8, d.tokenFrom(100));
        assertTrue(d.isQuoteToken(1));
        assertEquals("E f", d.context(12, 13));
    }

    @Test
    void tokensOutsideTheTextAreRejected() {
        String t = "short";
        AnnotatedText at = new AnnotatedText(t, List.of(new Sentence(0, 0, 0, 5,
                List.of(new Token("longer", "longer", "NN", "O", 0, 6)))));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Doc(t, at, List.of()));
        assertTrue(e.getMessage().contains("outside the article text"));
    }

    @Test
    void anApostropheAfterAPluralOrNameIsAPossessiveNotAQuoteMark() {
        String t = "Sanders’ aides said the ‘fair deal’ was dead.";
        Doc d = Fixture.doc(t);
        for (int i = 0; i < d.tok.length; i++) {
            if ("’".equals(d.word(i)) && d.tok[i].begin() == t.indexOf("’")) {
                assertTrue(!d.isQuoteToken(i), "possessive after Sanders");
            } else if ("’".equals(d.word(i))) {
                assertTrue(d.isQuoteToken(i), "the mark closing ‘fair deal’");
            }
        }
        String r = "Sanders’ aides say their campaign has no wish to fight over the issue.";
        assertEquals("Sanders’ aides", Fixture.reported(r, "no wish to fight").mention());
    }
}
