package dev.stancekit.resources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Where the editable domain data (speakers, organizations, themes, lexicons, cue verbs,
 * boilerplate) is read from. The project's {@code resources/} folder is bundled into the jar under
 * {@code /stancekit/}; folders given by the user ({@code --resources}, then {@code --registry})
 * override a bundled file of the same name as {@link Manifest} says: their copy replaces the
 * bundled file, or adds its rows after the bundled ones. Only files the manifest lists can be read;
 * any other name is an {@link IllegalArgumentException}. Immutable and thread-safe.
 */
public final class Resources {

    private static final String BUNDLE = "/stancekit/";
    private static final Resources BUNDLED = new Resources(List.of());

    private final List<Path> dirs;

    private Resources(List<Path> dirs) {
        this.dirs = dirs;
    }

    /** Only the files bundled in the jar. */
    public static Resources bundled() {
        return BUNDLED;
    }

    /** Files in {@code dir} over the bundled ones. */
    public static Resources overlay(Path dir) {
        return dir == null ? BUNDLED : new Resources(List.of(dir));
    }

    /**
     * Files in these folders over the bundled ones; a later folder wins over an earlier one (a
     * {@code replace} file is read from the last folder that has it; an {@code add} file reads the
     * bundled rows, then each folder's rows in order). {@code null} folders are skipped.
     */
    public static Resources overlay(Path first, Path second) {
        List<Path> dirs = new ArrayList<>();
        for (Path d : new Path[] {first, second}) {
            if (d != null) {
                dirs.add(d);
            }
        }
        return dirs.isEmpty() ? BUNDLED : new Resources(List.copyOf(dirs));
    }

    /** The last user folder (the one that wins), or {@code null} when only bundled files are used. */
    public Path dir() {
        return dirs.isEmpty() ? null : dirs.get(dirs.size() - 1);
    }

    /** The manifest entry of a resource; a name the manifest does not list is an error. */
    public static Manifest.Entry entry(String name) {
        return Manifest.bundled().entry(name);
    }

    /**
     * The user's copies of a listed resource that this instance reads, in reading order (for a
     * {@code replace} file at most one: the copy that wins).
     */
    public List<Path> userCopies(String name) {
        Manifest.Entry e = entry(name);
        List<Path> found = new ArrayList<>();
        for (Path d : dirs) {
            Path p = d.resolve(name);
            if (Files.isRegularFile(p)) {
                found.add(p);
            }
        }
        if (e.override() == Manifest.Mode.REPLACE && found.size() > 1) {
            return List.of(found.get(found.size() - 1));
        }
        return List.copyOf(found);
    }

    /** Whether a listed resource exists (in a user's folder or bundled). */
    public boolean exists(String name) {
        return !userCopies(name).isEmpty() || Resources.class.getResource(BUNDLE + name) != null;
    }

    /**
     * Opens a {@code replace} resource as UTF-8 text: the user's copy when there is one, else the
     * bundled one. An {@code add} resource has several copies; read it with {@link #readCsv}.
     */
    public BufferedReader open(String name) throws IOException {
        if (entry(name).override() != Manifest.Mode.REPLACE) {
            throw new IllegalArgumentException(name + " adds the user's rows to the bundled ones (see "
                    + Manifest.FILE + "); read it with readCsv");
        }
        List<Path> copies = userCopies(name);
        if (!copies.isEmpty()) {
            return Files.newBufferedReader(copies.get(0), StandardCharsets.UTF_8);
        }
        return openBundled(name);
    }

    /** Opens the bundled copy of a resource, ignoring the user's folders. */
    public static BufferedReader openBundled(String name) throws IOException {
        InputStream in = Resources.class.getResourceAsStream(BUNDLE + name);
        if (in == null) {
            throw new IOException("no bundled resource " + name);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /**
     * Reads a CSV resource with a header row into maps keyed by the trimmed, lower-cased header
     * names, as its manifest entry says: a {@code replace} file from the user's copy or else the
     * bundled one; an {@code add} file as the bundled rows followed by the rows of each user copy,
     * so that the user's rows come last and can win. Lines starting with {@code #} are comments;
     * cells are trimmed; blank rows are skipped.
     */
    public List<Map<String, String>> readCsv(String name) {
        if (entry(name).override() == Manifest.Mode.REPLACE) {
            try (Reader r = open(name)) {
                return parseCsv(r, name);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
            }
        }
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader r = openBundled(name)) {
            rows.addAll(parseCsv(r, name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled " + name + ": " + e.getMessage(), e);
        }
        for (Path p : userCopies(name)) {
            try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                rows.addAll(parseCsv(r, p.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + p + ": " + e.getMessage(), e);
            }
        }
        return rows;
    }

    /**
     * Reads a word list (one word per line, {@code #} comments, blank lines skipped) of a
     * {@code replace} resource, lower-cased.
     */
    public java.util.Set<String> readWords(String name) {
        java.util.Set<String> out = new java.util.HashSet<>();
        try (BufferedReader r = open(name)) {
            for (String line; (line = r.readLine()) != null; ) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    out.add(w.toLowerCase(java.util.Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
        return java.util.Set.copyOf(out);
    }

    /** The same as {@link #readCsv}: whether the user's rows are added is the manifest's to say. */
    public List<Map<String, String>> readCsvLayers(String name) {
        return readCsv(name);
    }

    static List<Map<String, String>> parseCsv(Reader r, String name) throws IOException {
        BufferedReader in = r instanceof BufferedReader b ? b : new BufferedReader(r);
        in.mark(1);
        if (in.read() != '\uFEFF') { // spreadsheet programs save "CSV UTF-8" with a byte order mark
            in.reset();
        }
        CSVFormat fmt = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setCommentMarker('#').setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true).get();
        List<Map<String, String>> rows = new ArrayList<>();
        try (CSVParser p = CSVParser.parse(in, fmt)) {
            List<String> header = new ArrayList<>();
            for (String h : p.getHeaderNames()) {
                String key = h.strip().toLowerCase(java.util.Locale.ROOT);
                if (!key.isEmpty() && header.contains(key)) {
                    throw new IOException(name + ": the column '" + key + "' appears twice in the header");
                }
                header.add(key);
            }
            for (CSVRecord rec : p) {
                Map<String, String> row = new LinkedHashMap<>();
                boolean blank = true;
                for (int i = 0; i < header.size(); i++) {
                    if (header.get(i).isEmpty()) {
                        continue; // a column without a name is a comment column
                    }
                    String v = i < rec.size() ? rec.get(i).strip() : "";
                    blank &= v.isEmpty();
                    row.put(header.get(i), v);
                }
                if (!blank) {
                    rows.add(Collections.unmodifiableMap(row));
                }
            }
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw new IOException(name + ": " + e.getMessage(), e);
        }
        return rows;
    }
}
