package dev.stancekit.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {

    private static List<String> texts(String t) {
        return QuoteMarks.find(t).stream().map(m -> t.substring(m.start(), m.end())).toList();
    }

    @Test
    void everyMarkFamily() {
        assertEquals(List.of("a b,"), texts("“a b,” he said"));
        assertEquals(List.of("a b"), texts("he said \"a b\" today"));
        assertEquals(List.of("a b,"), texts("`a b,` the ministry said"));
        assertEquals(List.of("a b,"), texts("``a b,'' said X"));
        assertEquals(List.of("a b"), texts("`a b' said X"));
        assertEquals(List.of("a b,"), texts("‘a b,’ she said"));
        assertEquals(List.of("a dead end"), texts("it was 'a dead end' for them"));
        assertEquals(List.of("a b"), texts("«a b» dit-il"));
        assertEquals(List.of("a b"), texts("‹a b› here"));
        assertEquals(List.of("a b"), texts("„a b“ sagte er"));
    }

    @Test
    void apostrophesAreNotMarks() {
        assertTrue(texts("China’s envoy didn't go; the ministers' aides can’t").isEmpty());
        assertEquals(List.of("China’s red line"), texts("he called it ‘China’s red line’ again"));
    }

    @Test
    void aBacktickTypedForAnApostropheIsNoMark() {
        assertTrue(texts("some of its member`s have disputes with China`s navy").isEmpty());
        assertEquals(List.of("a b,"), texts("China`s envoy: `a b,` the ministry said"));
    }

    @Test
    void innerQuotesStayInsideTheOuterOne() {
        assertEquals(List.of("we call it ‘a thaw’ now,"), texts("“we call it ‘a thaw’ now,” he said"));
    }

    @Test
    void unclosedQuoteEndsWithItsParagraph() {
        String t = "He said “this is open\nNext paragraph “closed” here.";
        List<QuoteMarks.Marked> ms = QuoteMarks.find(t);
        assertEquals(2, ms.size());
        assertFalse(ms.get(0).closed());
        assertEquals("this is open", t.substring(ms.get(0).start(), ms.get(0).end()));
        assertEquals(t.indexOf('\n'), ms.get(0).close());
        assertEquals(1, ms.get(1).paragraph());
        assertTrue(ms.get(1).closed());
    }

    @Test
    void multiParagraphQuoteIsOnePerParagraph() {
        String t = "“First part.\n\n“Second part.”";
        List<QuoteMarks.Marked> ms = QuoteMarks.find(t);
        assertEquals(List.of("First part.", "Second part."), texts(t));
        assertEquals(0, ms.get(0).paragraph());
        assertEquals(1, ms.get(1).paragraph(), "blank lines do not count as paragraphs");
    }

    @Test
    void strayClosingMarkExtendsThePreviousQuote() {
        String t = "for “ways” and “we” I would like peace”.";
        assertEquals(List.of("ways", "we” I would like peace"), texts(t));
    }

    @Test
    void unclosedSingleQuotesAreDropped() {
        assertTrue(texts("the 'nineties were different").isEmpty());
    }

    @Test
    void emptyAndMarkOnlyTexts() {
        assertTrue(texts("").isEmpty());
        assertTrue(texts("\"\"").isEmpty());
        assertTrue(texts("“ ”").isEmpty());
        assertTrue(texts("\n\n\"").isEmpty());
    }

    @Test
    void aStraightQuoteInsideAStraightQuoteStaysPartOfIt() {
        String t = "\"Its claims of \"historic rights\" over open sea have no basis,\" the spokesman said.";
        assertEquals(List.of("Its claims of \"historic rights\" over open sea have no basis,"), texts(t));
        String open = "\"Its claims of \"historic rights\" over open sea have no basis in law.\n\n\"We will keep sailing there.\"";
        assertEquals("Its claims of \"historic rights\" over open sea have no basis in law.", texts(open).get(0),
                "a quote that opens its paragraph and runs on");
        assertEquals(List.of("A,", "B."), texts("\"A,\" he said. \"B.\""), "two quotes stay two");
    }
}
