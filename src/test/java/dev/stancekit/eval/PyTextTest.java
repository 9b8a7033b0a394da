package dev.stancekit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PyTextTest {

    @Test
    void wordsAreLowerCaseAsciiRuns() {
        assertEquals(List.of("don", "t", "stop", "a1", "b"), PyText.words("Don’t STOP: a1-b"));
        assertEquals(List.of("i", "stanbul", "k"), PyText.words("İstanbul \u212A"));
        assertEquals(List.of(), PyText.words(null));
    }

    @Test
    void articleKeyIsPosixStemLowerCase() {
        assertEquals("story", PyText.articleKey("  a/b//Story.TXT\u00A0"));
        assertEquals("story.tar", PyText.articleKey("story.tar.gz"));
        assertEquals(".hidden", PyText.articleKey(".hidden"));
        assertEquals("trail.", PyText.articleKey("trail."));
        assertEquals("dir", PyText.articleKey("dir/./"));
        assertEquals("", PyText.articleKey(""));
        assertEquals("..", PyText.articleKey("x/.."));
    }

    @Test
    void stripUsesPythonWhitespace() {
        assertEquals("x y", PyText.strip("\u00A0\u2007\u001F x y\u3000\u0085"));
        assertEquals("\u200Bx", PyText.strip("\u200Bx"));
        assertEquals("", PyText.strip(null));
    }

    @Test
    void numbersParseLikePython() {
        assertEquals(0.5, PyText.parseFloat(" .5 "));
        assertEquals(5.0, PyText.parseFloat("5."));
        assertEquals(1000.5, PyText.parseFloat("1_000.5"));
        assertEquals(Double.NEGATIVE_INFINITY, PyText.parseFloat("-Infinity"));
        assertTrue(PyText.parseFloat("NaN").isNaN());
        assertEquals(3.0, PyText.parseFloat("\u0663"));
        for (String bad : new String[] {"", ".", "1d", "0x10", "1__0", "_1", "1_", "e5", "1 0", "inf_"}) {
            assertNull(PyText.parseFloat(bad), bad);
        }
        assertEquals(BigInteger.valueOf(-1), PyText.parseInt(" -1 "));
        assertEquals(BigInteger.valueOf(10), PyText.parseInt("+1_0"));
        assertNull(PyText.parseInt("1.0"));
        assertNull(PyText.parseInt(""));
    }

    @Test
    void headCountsCodePoints() {
        assertEquals("\uD83D\uDE00a", PyText.head("\uD83D\uDE00ab", 2));
        assertEquals("ab", PyText.head("ab", 70));
    }

    @Test
    void randomStringsNeverThrow() {
        Random rnd = new Random(3);
        for (int i = 0; i < 2000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = rnd.nextInt(10); k > 0; k--) {
                b.append((char) (rnd.nextBoolean() ? rnd.nextInt(128) : rnd.nextInt(0xFFFF)));
            }
            String s = b.toString();
            PyText.words(s).forEach(w -> assertTrue(w.matches("[a-z0-9]+"), w));
            assertTrue(!PyText.articleKey(s).contains("/"));
            PyText.parseFloat(s);
            PyText.parseInt(s);
            assertTrue(PyText.head(s, 3).length() <= 6);
        }
    }
}
