package dev.stancekit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DecodingTest {

    private static final String TEXT = "The mayor said \u201cno deal\u201d at the caf\u00e9 \u2013 twice.";

    @Test
    void utf8WithAndWithoutBom() {
        Decoding.Decoded d = Decoding.decode(TEXT.getBytes(StandardCharsets.UTF_8));
        assertEquals(TEXT, d.text());
        assertEquals("", d.note());
        byte[] bom = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8);
        assertEquals(TEXT, Decoding.decode(bom).text());
    }

    @Test
    void legacyEncodingsAreDecodedWithANote() {
        Decoding.Decoded d = Decoding.decode(TEXT.getBytes(Charset.forName("windows-1252")));
        assertEquals(TEXT, d.text());
        assertTrue(d.note().contains("Windows-1252"), d.note());
        String latin = "Caf\u00e9 cr\u00e8me for the d\u00e9l\u00e9gation.";
        assertEquals(latin, Decoding.decode(latin.getBytes(StandardCharsets.ISO_8859_1)).text());
    }

    @Test
    void utf16WithOrWithoutBom() {
        assertEquals(TEXT, Decoding.decode(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16BE)).text().replace("\uFEFF", ""));
        Decoding.Decoded le = Decoding.decode(TEXT.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(TEXT, le.text());
        assertTrue(le.note().contains("UTF-16LE"));
    }

    @Test
    void binaryAndEmptyAreRefusedWithReasons() {
        assertEquals("empty file", Decoding.decode(new byte[0]).problem());
        assertTrue(Decoding.decode(" \n\t ".getBytes(StandardCharsets.UTF_8)).problem().startsWith("empty file"));
        byte[] nul = "text with a \0 NUL and more of it and more".getBytes(StandardCharsets.UTF_8);
        assertEquals("binary file (NUL bytes)", Decoding.decode(nul).problem());
        assertEquals("binary file (PDF)", Decoding.decode("%PDF-1.7 rest".getBytes(StandardCharsets.US_ASCII)).problem());
        byte[] controls = new byte[200];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 2 == 0 ? 0x01 : 'a');
        }
        assertTrue(Decoding.decode(controls).problem().startsWith("binary file ("));
    }

    @Test
    void randomBytesGiveTextOrAReason() {
        Random rnd = new Random(9);
        for (int i = 0; i < 2000; i++) {
            byte[] b = new byte[rnd.nextInt(400)];
            rnd.nextBytes(b);
            Decoding.Decoded d = Decoding.decode(b);
            assertTrue(d.ok() != (d.problem() != null && !d.problem().isEmpty()));
            if (d.ok()) {
                assertFalse(d.text().isBlank());
            }
        }
    }
}
