package dev.stancekit.spark;

import java.util.Arrays;
import java.util.Locale;

/** How the job's inputs are stored. */
public enum InputFormat {
    /** A folder (or files) of article texts, one article per file, named by the file name. */
    TEXT,
    /** A CSV manifest with a header row: {@code id, text} and optionally {@code path, title, date, source, url, hash}. */
    CSV,
    /** A JSON Lines manifest, one article object per line, with the CSV manifest's fields. */
    JSONL,
    /** Parquet files with the CSV manifest's columns. */
    PARQUET;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a format name ("text", "csv", "jsonl" or "json", "parquet"), ignoring case. */
    public static InputFormat parse(String s) {
        String v = s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
        if (v.equals("json") || v.equals("ndjson")) {
            return JSONL;
        }
        if (v.equals("txt")) {
            return TEXT;
        }
        for (InputFormat f : values()) {
            if (f.label().equals(v)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown input format '" + s + "' (expected one of "
                + Arrays.stream(values()).map(InputFormat::label).toList() + ")");
    }
}
