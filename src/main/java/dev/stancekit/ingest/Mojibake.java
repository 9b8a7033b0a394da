package dev.stancekit.ingest;

import java.nio.charset.StandardCharsets;

/**
 * Repairs text that a scraper decoded twice: UTF-8 bytes read as Windows-1252, so that “ becomes
 * {@code â€œ}, ’ becomes {@code â€™}, é becomes {@code Ã©} and a no-break space becomes {@code Â}
 * and a space, and ” becomes {@code â€} and a replacement mark. Only a lead character (Â to ô) followed by exactly the continuation characters that
 * UTF-8 needs is replaced, so real accented words ("São", "Âge") stay. Two leftovers of a repair
 * the scraper already half did are mended too: a stray {@code Â} before a space or a line end
 * (after no capital letter), and a lone {@code â} between spaces, which was a dash whose other
 * bytes were lost. Stateless.
 */
final class Mojibake {

    /** The repaired text and how many places were mended (0: the text is returned unchanged). */
    record Repaired(String text, int mended) {}

    private Mojibake() {}

    static Repaired repair(String t) {
        if (!suspicious(t)) {
            return new Repaired(t, 0);
        }
        StringBuilder sb = new StringBuilder(t.length());
        int mended = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            int lead = byteOf(c);
            int need = lead >= 0xC2 && lead <= 0xDF ? 1 : lead >= 0xE0 && lead <= 0xEF ? 2 : lead >= 0xF0 && lead <= 0xF4 ? 3 : 0;
            if (need > 0 && continuations(t, i + 1, need)) {
                byte[] b = new byte[need + 1];
                for (int k = 0; k <= need; k++) {
                    b[k] = (byte) byteOf(t.charAt(i + k));
                }
                String s = new String(b, StandardCharsets.UTF_8);
                if (s.indexOf('\uFFFD') < 0) {
                    sb.append(s);
                    i += need;
                    mended++;
                    continue;
                }
            }
            if (c == 'â' && t.startsWith("€\uFFFD", i + 1)) {
                sb.append('”'); // byte 0x9D has no Windows-1252 character: the decoder left a replacement mark
                i += 2;
                mended++;
                continue;
            }
            boolean spaceAfter = i + 1 == t.length() || Character.isWhitespace(t.charAt(i + 1));
            boolean spaceBefore = i == 0 || Character.isWhitespace(t.charAt(i - 1));
            if (c == 'Â' && spaceAfter && (i == 0 || !Character.isUpperCase(t.charAt(i - 1)))) {
                mended++; // the lead byte of a no-break space whose second byte became a space
            } else if (c == 'â' && spaceAfter && spaceBefore) {
                sb.append('—');
                mended++;
            } else {
                sb.append(c);
            }
        }
        return mended == 0 ? new Repaired(t, 0) : new Repaired(sb.toString(), mended);
    }

    /** Whether the text holds a character that starts a double-decoded sequence at all. */
    private static boolean suspicious(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= 'Â' && c <= 'ô') {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code n} characters from {@code from} all stand for UTF-8 continuation bytes. */
    private static boolean continuations(String t, int from, int n) {
        if (from + n > t.length()) {
            return false;
        }
        for (int k = from; k < from + n; k++) {
            int b = byteOf(t.charAt(k));
            if (b < 0x80 || b > 0xBF) {
                return false;
            }
        }
        return true;
    }

    /** The Windows-1252 byte a character was decoded from (C1 controls stand for themselves), or -1. */
    static int byteOf(char c) {
        if (c < 0x80 || c >= 0xA0 && c <= 0xFF) {
            return c;
        }
        if (c < 0xA0) {
            return c; // a byte Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D), kept as a control
        }
        int k = CP1252_HIGH.indexOf(c);
        return k < 0 ? -1 : 0x80 + k;
    }

    /** The characters of Windows-1252 bytes 0x80–0x9F, with a placeholder at the undefined ones. */
    private static final String CP1252_HIGH = "€\u0000‚ƒ„…†‡ˆ‰Š‹Œ\u0000Ž\u0000\u0000‘’“”•–—˜™š›œ\u0000žŸ";
}
