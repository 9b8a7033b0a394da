package dev.stancekit.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ArticleAcronymsTest {

    @Test
    void theNameBeforeTheAcronymInParenthesesIsSpelledOut() {
        assertEquals("Ministry of Foreign Affairs",
                ArticleAcronyms.expand("Officials of the Ministry of Foreign Affairs (MOFA) said on Monday.", "MOFA"));
        assertEquals("Lisbon's Ministry of Foreign Affairs",
                ArticleAcronyms.expand("Lisbon's Ministry of Foreign Affairs (MOFA) said on Monday.", "MOFA"), "the owner stays");
        assertEquals("Harbor Safety Board",
                ArticleAcronyms.expand("Officials at the Harbor Safety Board (HSB) met.", "HSB"));
    }

    @Test
    void wordsWhoseInitialsDoNotGiveTheAcronymSpellOutNothing() {
        assertNull(ArticleAcronyms.expand("The Ministry of Trade (MOFA) met.", "MOFA"));
        assertNull(ArticleAcronyms.expand("The ministry (MOFA) met.", "MOFA"));
        assertNull(ArticleAcronyms.expand("MOFA said the talks went well.", "MOFA"));
        assertNull(ArticleAcronyms.expand("The Ministry of Foreign Affairs (MOFA) said.", "Mofa"), "not an acronym");
    }

    @Test
    void randomTextNeverFails() {
        Random r = new Random(7);
        String alphabet = "AB (CD) ef.G-H'\n";
        for (int n = 0; n < 2000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(60); i > 0; i--) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String got = ArticleAcronyms.expand(sb.toString(), "CD");
            if (got != null) {
                assertEquals('C', got.charAt(0), sb.toString());
            }
        }
    }
}
