package dev.stancekit.ingest;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a manifest line by line without ever holding more than {@code cap} characters of one
 * line: longer lines are cut and flagged. The charset is UTF-8 when the whole file is valid UTF-8,
 * else Windows-1252 (checked in a first streaming pass).
 */
final class BoundedLines implements Closeable {

    /** One line: its 1-based number, its text (maybe cut) and whether it was cut. */
    record Line(long number, String text, boolean cut) {}

    private final BufferedReader in;
    private final int cap;
    private final Charset charset;
    private long number;
    private boolean eof;

    private BoundedLines(BufferedReader in, int cap, Charset charset) {
        this.in = in;
        this.cap = cap;
        this.charset = charset;
    }

    static BoundedLines open(Path file, long cap) throws IOException {
        Charset cs = isUtf8(file) ? StandardCharsets.UTF_8 : Decoding.CP1252;
        return open(Files.newInputStream(file), cs, cap);
    }

    /** The lines of a manifest held in memory, read as {@link #open(Path, long)} reads a file. */
    static BoundedLines open(byte[] bytes, long cap) throws IOException {
        Charset cs = isUtf8(new ByteArrayInputStream(bytes)) ? StandardCharsets.UTF_8 : Decoding.CP1252;
        return open(new ByteArrayInputStream(bytes), cs, cap);
    }

    private static BoundedLines open(InputStream in, Charset cs, long cap) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, cs));
        BoundedLines lines = new BoundedLines(r, (int) Math.min(Integer.MAX_VALUE - 8, cap), cs);
        r.mark(1);
        if (r.read() != '\uFEFF') {
            r.reset();
        }
        return lines;
    }

    Charset charset() {
        return charset;
    }

    /** The next line, or {@code null} at the end. */
    Line next() throws IOException {
        if (eof) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        boolean cut = false;
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                break;
            }
            if (sb.length() < cap) {
                sb.append((char) c);
            } else {
                cut = true;
            }
        }
        if (c < 0) {
            eof = true;
            if (sb.length() == 0 && !cut) {
                return null;
            }
        }
        int len = sb.length();
        if (len > 0 && sb.charAt(len - 1) == '\r') {
            sb.setLength(len - 1);
        }
        return new Line(++number, sb.toString(), cut);
    }

    /** Whether the file is valid UTF-8, decoded in chunks (bounded memory). */
    static boolean isUtf8(Path file) throws IOException {
        try (InputStream s = Files.newInputStream(file)) {
            return isUtf8(s);
        }
    }

    private static boolean isUtf8(InputStream s) throws IOException {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(8192);
        ByteBuffer buf = ByteBuffer.allocate(8192);
        try {
            byte[] chunk = new byte[8192];
            int n;
            while ((n = s.read(chunk, 0, buf.remaining())) > 0) {
                buf.put(chunk, 0, n);
                buf.flip();
                if (dec.decode(buf, out, false).isError()) {
                    return false;
                }
                out.clear();
                buf.compact();
            }
            buf.flip();
            if (dec.decode(buf, out, true).isError()) {
                return false;
            }
            return !dec.flush(out).isError();
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Whether the first 8 KB of the file hold a NUL byte (a binary file, not a manifest). */
    static boolean hasNul(Path file) throws IOException {
        try (InputStream s = Files.newInputStream(file)) {
            return hasNul(s.readNBytes(8192));
        }
    }

    /** Whether the first 8 KB of {@code bytes} hold a NUL byte. */
    static boolean hasNul(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
