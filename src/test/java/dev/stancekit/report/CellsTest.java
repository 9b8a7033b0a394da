package dev.stancekit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CellsTest {

    @Test
    void defusesFormulaStartsButKeepsPlainNumbers() {
        assertEquals("'=cmd|' /C calc'!A0", Cells.defuse("=cmd|' /C calc'!A0"));
        assertEquals("'+SUM(A1)", Cells.defuse("+SUM(A1)"));
        assertEquals("'-x", Cells.defuse("-x"));
        assertEquals("'@user", Cells.defuse("@user"));
        assertEquals("'\tx", Cells.defuse("\tx"));
        assertEquals("'\rx", Cells.defuse("\rx"));
        assertEquals("'-", Cells.defuse("-"));
        assertEquals("-0.42", Cells.defuse("-0.42"));
        assertEquals("+3", Cells.defuse("+3"));
        assertEquals("-1e-5", Cells.defuse("-1e-5"));
        assertEquals("'-0.42 percent", Cells.defuse("-0.42 percent"));
        assertEquals("plain = text", Cells.defuse("plain = text"));
        assertEquals("", Cells.defuse(null));
    }

    @Test
    void apostrophePrefixedTextStaysDistinguishable() {
        assertEquals("''=x", Cells.defuse("'=x"));
        assertEquals("'abc", Cells.defuse("'abc"));
        for (String s : List.of("'=x", "=x", "''-1", "-1", "'", "'abc", "-0.42", "'-0.42", "@", "\t")) {
            assertEquals(s, Cells.undefuse(Cells.defuse(s)), s);
        }
    }

    @Test
    void defuseRoundTripsRandomStrings() {
        Random r = new Random(3);
        String alphabet = "'=+-@\t\r0.5eaZ ;\\";
        for (int i = 0; i < 5000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(6); k > 0; k--) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = b.toString();
            String d = Cells.defuse(s);
            assertEquals(s, Cells.undefuse(d));
            boolean risky = !d.isEmpty() && "=+-@\t\r".indexOf(d.charAt(0)) >= 0;
            assertFalse(risky && !Cells.isPlainNumber(d), "unsafe cell " + d);
        }
    }

    @Test
    void numbersHaveThreeDecimalsAndNoNegativeZero() {
        assertEquals("0.420", Cells.num3(0.42));
        assertEquals("-0.420", Cells.num3(-0.4199999));
        assertEquals("0.000", Cells.num3(-0.0001));
        assertEquals("", Cells.num3(Double.NaN));
    }

    @Test
    void listsRoundTripWithSeparatorsInside() {
        List<String> items = List.of("a;b", "c\\d", "plain");
        String joined = Cells.joinList(items);
        assertEquals(items, Cells.splitList(joined));
        assertEquals("x;y", Cells.joinList(List.of("x", "", "y")));
        assertTrue(Cells.splitList("").isEmpty());
    }
}
