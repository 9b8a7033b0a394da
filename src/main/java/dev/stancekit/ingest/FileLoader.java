package dev.stancekit.ingest;

import dev.stancekit.model.Hashing;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one text or HTML file, bounded by a maximum size, into a {@link Source}. */
final class FileLoader {

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}charset\\s*=\\s*[\"']?([A-Za-z0-9_:.-]{2,40})", Pattern.CASE_INSENSITIVE);
    private static final Pattern LOOKS_HTML = Pattern.compile(
            "\\A\\s*(?:<!doctype\\s+html|<html[\\s>])", Pattern.CASE_INSENSITIVE);

    private FileLoader() {}

    /** Reads {@code file} as {@code format} (TEXT or HTML); never throws for bad files. */
    static Loaded load(Path file, String id, String path, InputFormat format, long maxBytes) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                return Loaded.skipped(id, path, tooLarge(size, maxBytes));
            }
            bytes = readAtMost(file, maxBytes);
            if (bytes == null) {
                return Loaded.skipped(id, path, tooLarge(maxBytes + 1, maxBytes));
            }
        } catch (NoSuchFileException e) {
            return Loaded.error(id, path, "file not found: " + file);
        } catch (IOException | SecurityException e) {
            return Loaded.error(id, path, "cannot read file: " + describe(e));
        }
        return decode(bytes, InputFormat.extension(file), id, path, format);
    }

    /**
     * Reads the bytes of a file with extension {@code ext} (lower case, no dot) as {@code format}
     * (TEXT or HTML), as {@link #load(Path, String, String, InputFormat, long)} reads a file.
     */
    static Loaded load(byte[] bytes, String ext, String id, String path, InputFormat format, long maxBytes) {
        if (bytes.length > maxBytes) {
            return Loaded.skipped(id, path, tooLarge(bytes.length, maxBytes));
        }
        return decode(bytes, ext, id, path, format);
    }

    private static Loaded decode(byte[] bytes, String ext, String id, String path, InputFormat format) {
        Decoding.Decoded d = Decoding.decode(bytes);
        if (!d.ok()) {
            return Loaded.skipped(id, path, d.problem());
        }
        String hash = Hashing.sha256(bytes);
        String text = d.text();
        String note = d.note();
        boolean html = format == InputFormat.HTML;
        if (!html && LOOKS_HTML.matcher(text.length() > 200 ? text.substring(0, 200) : text).find()) {
            html = true;
            note = Source.join(note, "content is HTML; read as HTML");
        }
        if (html) {
            if (!note.isEmpty() && note.startsWith("not valid UTF-8")) {
                Charset declared = declaredCharset(bytes);
                if (declared != null) {
                    text = new String(bytes, declared);
                    note = "decoded as " + declared.name() + " (declared in the page)";
                }
            }
            HtmlText.Page p = HtmlText.extract(text);
            return Loaded.of(new Source(id, path, p.text(), p.title(), p.date(), p.source(), p.url(), hash, note));
        }
        if (ext.equals("md") || ext.equals("markdown")) {
            MarkdownText.Doc m = MarkdownText.parse(text);
            return Loaded.of(new Source(id, path, m.text(), m.title(), m.date(), m.source(), m.url(), hash, note));
        }
        return Loaded.of(new Source(id, path, text, "", "", "", "", hash, note));
    }

    /** The file's bytes, or {@code null} when it holds more than {@code max} (it grew meanwhile). */
    static byte[] readAtMost(Path file, long max) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            return b.length > max ? null : b;
        }
    }

    static String tooLarge(long size, long max) {
        return String.format(Locale.ROOT, "file too large (%s, limit %s); not read", mb(size), mb(max));
    }

    static String mb(long bytes) {
        return bytes >= 1 << 20 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0)
                : String.format(Locale.ROOT, "%d bytes", bytes);
    }

    private static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), Decoding.CP1252);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        try {
            Charset cs = Charset.forName(m.group(1));
            return cs.name().equals("UTF-8") ? null : cs;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String describe(Exception e) {
        String name = e.getClass().getSimpleName().replace("Exception", "");
        String msg = e.getMessage() == null ? "" : e.getMessage();
        return name.isEmpty() ? msg : (msg.isEmpty() ? name : name + ": " + msg);
    }
}
