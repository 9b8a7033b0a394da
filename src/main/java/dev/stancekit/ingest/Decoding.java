package dev.stancekit.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the raw bytes of one input into text, or says why they are not text. Valid UTF-8 (with or
 * without BOM) and UTF-16 with a BOM are decoded as such; other bytes are taken as Windows-1252
 * (a superset of Latin-1 for printable characters), with a note. Binary data is refused.
 */
final class Decoding {

    static final Charset CP1252 = Charset.forName("windows-1252");
    /** At most this many NUL bytes (and under 1% of the bytes) in a text are dropped with a note. */
    static final int MAX_STRAY_NUL = 4;

    /** The outcome: {@code text} is null when {@code problem} says why the bytes are not text. */
    record Decoded(String text, String note, String problem) {
        boolean ok() {
            return text != null;
        }
    }

    private Decoding() {}

    static Decoded decode(byte[] b) {
        if (b.length == 0) {
            return new Decoded(null, "", "empty file");
        }
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return utf8OrLegacy(b, 3, "");
        }
        if (startsWith(b, 0xFF, 0xFE) || startsWith(b, 0xFE, 0xFF)) {
            Charset cs = b[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            String t = new String(b, 2, b.length - 2, cs);
            return checkText(t, "decoded as " + cs.name() + " (byte order mark)");
        }
        String magic = magic(b);
        if (magic != null) {
            return new Decoded(null, "", "binary file (" + magic + ")");
        }
        int nul = 0;
        int nulEven = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                nul++;
                if (i % 2 == 0) {
                    nulEven++;
                }
            }
        }
        if (nul > 0) {
            Charset utf16 = utf16WithoutBom(b.length, nul, nulEven);
            if (utf16 != null) {
                return checkText(new String(b, utf16), "decoded as " + utf16.name() + " (no byte order mark)");
            }
            if (nul <= MAX_STRAY_NUL && nul * 100 < b.length) {
                Decoded d = utf8OrLegacy(withoutNul(b, nul), 0, "");
                String note = nul + " stray NUL byte" + (nul == 1 ? "" : "s") + " dropped";
                return d.ok() ? new Decoded(d.text(), d.note().isEmpty() ? note : d.note() + "; " + note, "") : d;
            }
            return new Decoded(null, "", "binary file (NUL bytes)");
        }
        return utf8OrLegacy(b, 0, "");
    }

    private static byte[] withoutNul(byte[] b, int nul) {
        byte[] out = new byte[b.length - nul];
        int j = 0;
        for (byte x : b) {
            if (x != 0) {
                out[j++] = x;
            }
        }
        return out;
    }

    /** Text in UTF-16 without BOM has a NUL in (nearly) every other byte, on one side. */
    private static Charset utf16WithoutBom(int len, int nul, int nulEven) {
        if (len < 4 || len % 2 != 0 || nul < len * 0.4) {
            return null;
        }
        if (nulEven >= nul * 0.98) {
            return StandardCharsets.UTF_16BE;
        }
        if (nulEven <= nul * 0.02) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static Decoded utf8OrLegacy(byte[] b, int from, String note) {
        try {
            String t = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, from, b.length - from)).toString();
            return checkText(t, note);
        } catch (CharacterCodingException e) {
            String t = new String(b, from, b.length - from, CP1252);
            return checkText(t, "not valid UTF-8; decoded as Windows-1252");
        }
    }

    /** Refuses text that is mostly control characters (binary data that happens to decode). */
    private static Decoded checkText(String t, String note) {
        int control = 0;
        int n = t.length();
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7F
                    || (c >= 0x80 && c < 0xA0) || c == '\uFFFD') {
                control++;
            }
        }
        if (n > 0 && control > Math.max(2, n / 20)) {
            return new Decoded(null, "", "binary file (" + control + " control characters in "
                    + n + ")");
        }
        if (t.isBlank()) {
            return new Decoded(null, "", "empty file (only whitespace)");
        }
        return new Decoded(t, note, "");
    }

    /** Names well-known binary formats by their first bytes, or null. */
    static String magic(byte[] b) {
        if (startsWith(b, '%', 'P', 'D', 'F')) {
            return "PDF";
        }
        if (startsWith(b, 0x89, 'P', 'N', 'G')) {
            return "PNG image";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "JPEG image";
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return "GIF image";
        }
        if (startsWith(b, 'P', 'K', 3, 4)) {
            return "ZIP archive or Office document";
        }
        if (startsWith(b, 0x1F, 0x8B)) {
            return "gzip archive";
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "old Office document";
        }
        if (startsWith(b, 0x7F, 'E', 'L', 'F')) {
            return "executable";
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
