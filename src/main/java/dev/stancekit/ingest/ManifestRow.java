package dev.stancekit.ingest;

import dev.stancekit.model.Hashing;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One row of a CSV or JSON Lines manifest: inline {@code text}, or {@code path} to a file. */
final class ManifestRow {

    static final List<String> ID = List.of("id", "article_id", "doc_id");
    static final List<String> TEXT = List.of("text", "body", "content", "article");
    static final List<String> PATH = List.of("path", "file", "filename");
    static final List<String> TITLE = List.of("title", "headline");
    static final List<String> DATE = List.of("date", "published", "published_at", "pubdate", "publication_date");
    static final List<String> SOURCE = List.of("source", "outlet", "site", "publisher");
    static final List<String> URL = List.of("url", "link");

    private ManifestRow() {}

    /** Whether a header (lower-case names) can describe articles: it has a text or a path column. */
    static boolean usable(Set<String> names) {
        return TEXT.stream().anyMatch(names::contains) || PATH.stream().anyMatch(names::contains);
    }

    /**
     * Whether a header (lower-case names) is that of a table of quotes, not of articles: it names
     * the article, a quote's kind and its speaker, as a gold file and stancekit's own {@code
     * quotes.csv} do (a manifest of transcript turns has no {@code article} column).
     */
    static boolean quoteTable(Set<String> names) {
        return names.contains("article") && names.contains("kind") && names.contains("speaker") && !names.contains("path");
    }

    /** The article of one row ({@code fields} keyed by lower-case name); {@code ref} is "manifest#line". */
    static Loaded load(Map<String, String> fields, ManifestIterator.Origin manifest, String ref, long maxBytes,
                       PathPolicy policy) {
        try {
            return read(fields, manifest, ref, maxBytes, policy);
        } catch (RuntimeException e) {
            String id = manifest.name() + ref.substring(ref.lastIndexOf('#'));
            return Loaded.error(id, ref, "unreadable row: " + FileLoader.describe(e));
        }
    }

    private static Loaded read(Map<String, String> fields, ManifestIterator.Origin manifest, String ref, long maxBytes,
                               PathPolicy policy) {
        String text = get(fields, TEXT);
        String file = get(fields, PATH).strip();
        String id = get(fields, ID).strip();
        if (id.isEmpty()) {
            Path name = file.isEmpty() ? null : Path.of(file.replace('\\', '/')).getFileName();
            id = name == null ? manifest.name() + ref.substring(ref.lastIndexOf('#')) : name.toString();
        }
        String title = get(fields, TITLE);
        String date = get(fields, DATE);
        String source = get(fields, SOURCE);
        String url = get(fields, URL);
        if (!text.isBlank()) {
            if (text.length() > maxBytes) {
                return Loaded.skipped(id, ref, "text too large (" + text.length() + " characters, limit "
                        + FileLoader.mb(maxBytes) + "); not read");
            }
            return Loaded.of(new Source(id, ref, text, title, date, source, url, Hashing.sha256(text), ""));
        }
        if (file.isEmpty()) {
            return Loaded.error(id, ref, "row has neither text nor path");
        }
        Path target;
        Path dir = manifest.dir();
        try {
            target = dir != null ? dir.resolve(file).normalize() : Path.of(file).normalize();
        } catch (InvalidPathException e) {
            return Loaded.error(id, ref, "bad path '" + file + "': " + e.getReason());
        }
        if (dir == null && !target.isAbsolute()) {
            return Loaded.error(id, ref, "'" + file + "': a relative path in a manifest that is not a local file "
                    + "(no folder to resolve it in); not read");
        }
        String refused = policy.refuse(target, dir);
        if (refused != null) {
            return Loaded.error(id, ref, "'" + file + "': " + refused);
        }
        if (!Files.isRegularFile(target)) {
            return Loaded.error(id, ref, Files.exists(target) ? "not a regular file: " + file : "file not found: " + file);
        }
        InputFormat f = InputFormat.AUTO.of(target) == InputFormat.HTML ? InputFormat.HTML : InputFormat.TEXT;
        Loaded l = FileLoader.load(target, id, ref, f, maxBytes);
        if (l.source() == null) {
            return l;
        }
        return Loaded.of(l.source().overriddenBy(id, target.toString(), title, date, source, url, ""));
    }

    private static String get(Map<String, String> fields, List<String> names) {
        for (String n : names) {
            String v = fields.get(n);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }
}
