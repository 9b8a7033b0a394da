package dev.stancekit.ingest;

import java.nio.file.Path;
import java.util.Locale;

/** How inputs are read: by file extension ({@link #AUTO}) or all in one given format. */
public enum InputFormat {
    /** By extension: .txt/.text/.md/.markdown text, .html/.htm/.xhtml HTML, .csv manifest, .jsonl/.ndjson. */
    AUTO,
    /** Plain text (Markdown markup is removed from .md/.markdown files). */
    TEXT,
    /** HTML pages. */
    HTML,
    /** CSV manifests: {@code id, date, source, url, title} and {@code text} or {@code path}. */
    CSV,
    /** JSON Lines manifests with the same fields as the CSV manifest. */
    JSONL,
    /** Press-briefing transcripts, each file read by its extension as with {@link #AUTO}. */
    TRANSCRIPT;

    /** Parses a CLI value (case-insensitive: auto, text, txt, html, csv, jsonl, ndjson). */
    public static InputFormat parse(String s) {
        String v = s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
        switch (v) {
            case "auto": return AUTO;
            case "text": case "txt": case "md": case "markdown": return TEXT;
            case "html": case "htm": return HTML;
            case "csv": return CSV;
            case "jsonl": case "ndjson": return JSONL;
            case "transcript": case "briefing": return TRANSCRIPT;
            default:
                throw new IllegalArgumentException("unknown input format '" + s
                        + "' (expected auto, text, html, csv, jsonl or transcript)");
        }
    }

    /** The format of one file under this option, or {@code null} for an unsupported extension. */
    InputFormat of(Path file) {
        if (this != AUTO && this != TRANSCRIPT) {
            return this;
        }
        String ext = extension(file);
        switch (ext) {
            case "txt": case "text": case "md": case "markdown": return TEXT;
            case "html": case "htm": case "xhtml": return HTML;
            case "csv": return CSV;
            case "jsonl": case "ndjson": return JSONL;
            default: return null;
        }
    }

    /** Lower-case extension without the dot, or "". */
    static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
