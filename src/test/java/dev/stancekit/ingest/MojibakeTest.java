package dev.stancekit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MojibakeTest {

    /** What a scraper makes of text when it reads UTF-8 bytes as Windows-1252. */
    private static String doubleDecoded(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), Decoding.CP1252);
    }

    @Test
    void curlyQuotesDashesAndAccentsReadAsWindows1252AreMended() {
        String original = "“We will not back down,” said José Núñez — the envoy’s aide. Ça va.";
        Mojibake.Repaired r = Mojibake.repair(doubleDecoded(original));
        assertEquals(original, r.text());
        assertEquals(8, r.mended());
    }

    @Test
    void realAccentedWordsAndCapitalsStayAsTheyAre() {
        String t = "São Paulo, ÂGE D'OR, Tân Sơn Nhất and naïve café are real words.";
        assertSame(t, Mojibake.repair(t).text());
    }

    @Test
    void aStrayLeadOfANoBreakSpaceAndALoneDashLeadAreMended() {
        Mojibake.Repaired r = Mojibake.repair("OFFICIAL:Â Thank you.Â\nattribute to â as a source");
        assertEquals("OFFICIAL: Thank you.\nattribute to — as a source", r.text());
        assertEquals(3, r.mended());
    }

    @Test
    void anyTextDoubleDecodedComesBackWhole() {
        Random rnd = new Random(13);
        String alphabet = "abc XYZ.,;“”‘’—–…é ñüçÅøß€™•«»";
        for (int n = 0; n < 500; n++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + rnd.nextInt(40);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            assertEquals(s, Mojibake.repair(doubleDecoded(s)).text(), "for " + s);
        }
    }
}
