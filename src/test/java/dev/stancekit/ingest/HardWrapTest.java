package dev.stancekit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Hard-wrapped texts get their paragraphs' lines joined; other texts are left to {@link Assembler#paragraphs}. */
class HardWrapTest {

    /** An invented wire story saved with a line break every 70 characters or so. */
    private static final String WRAPPED = String.join("\n",
            "Port of Calder will reopen its northern dock to cargo ships from",
            "next month under a new agreement",
            "[March 3, 2026]",
            "CALDER (Wire) - The harbour board and the shipping union have agreed",
            "to end the dispute that closed the northern dock for six weeks, the",
            "board said on Tuesday in a statement sent to reporters and shippers.",
            "Union leader Hana Brill confirmed the terms at a press conference while",
            "noting that the union had first asked for a larger share of the fees",
            "the dock collects. The board credited its chair, Ivo Mart, with the",
            "compromise.",
            "\"So we found a middle way. So the dock opens again with the old",
            "crews,\" Brill said.",
            "",
            "The board did not comment on the fee split but said it would publish",
            "the full agreement before the dock reopens to traffic in April.");

    @Test
    void joinsTheLinesOfEachParagraphOfAHardWrappedText() {
        String out = HardWrap.unwrap(WRAPPED);
        assertTrue(out.contains("\"So we found a middle way. So the dock opens again with the old crews,\" Brill said."), out);
        assertTrue(out.contains("the board said on Tuesday in a statement sent to reporters and shippers."), out);
        assertTrue(out.contains("Port of Calder will reopen its northern dock to cargo ships from next month under a new agreement\n\n"), out);
        assertTrue(out.contains("\n\n[March 3, 2026]\n\n"), out);
        assertTrue(out.contains("with the compromise.\n\n\"So we"), out);
    }

    @Test
    void aHardWrappedTextKeepsItsQuotationWholeThroughTheAssembler() {
        String out = Assembler.paragraphs(WRAPPED);
        assertTrue(out.contains("So the dock opens again with the old crews,"), out);
    }

    @Test
    void aTextWithOneParagraphPerLineIsNotHardWrapped() {
        String text = String.join("\n",
                "Dock reopens",
                "The harbour board and the shipping union have agreed to end the dispute that closed the northern dock for six weeks.",
                "\"We found a middle way,\" union leader Hana Brill said at a press conference on Tuesday in the port city.",
                "The board said it would publish the agreement before April.",
                "Shippers welcomed the news.", "More talks are planned.", "The union meets on Friday.", "Fees stay as they are.");
        assertNull(HardWrap.unwrap(text));
    }

    @Test
    void aListOfShortLinesIsNotHardWrapped() {
        String text = String.join("\n", "Menu", "Home", "World news", "Business and markets", "Sport", "Weather",
                "Opinion and analysis", "Contact us", "About the paper");
        assertNull(HardWrap.unwrap(text));
    }

    @Test
    void unwrappingKeepsEveryCharacterOfRandomText() {
        Random r = new Random(42);
        int unwrapped = 0;
        String[] words = {"the", "board", "said", "\"we", "agree,\"", "Brill.", "dock", "fees", "union", "Calder", "and", "crews"};
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder();
            int lines = 1 + r.nextInt(30);
            for (int l = 0; l < lines; l++) {
                int n = r.nextInt(14);
                for (int w = 0; w < n; w++) {
                    sb.append(w == 0 ? "" : " ").append(words[r.nextInt(words.length)]);
                }
                sb.append(r.nextInt(6) == 0 ? "\n\n" : "\n");
            }
            String text = sb.toString();
            String out = HardWrap.unwrap(text);
            if (out != null) {
                unwrapped++;
                assertEquals(text.replaceAll("\\s+", ""), out.replaceAll("\\s+", ""), text);
            }
        }
        assertTrue(unwrapped > 10, "too few random texts were hard-wrapped: " + unwrapped);
    }
}
