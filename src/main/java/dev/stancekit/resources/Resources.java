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
 * {@code /stancekit/}; a folder given by the user overrides a bundled file of the same name.
 * Immutable and thread-safe.
 */
public final class Resources {

    private static final String BUNDLE = "/stancekit/";
    private static final Resources BUNDLED = new Resources(null);

    private final Path dir;

    private Resources(Path dir) {
        this.dir = dir;
    }

    /** Only the files bundled in the jar. */
    public static Resources bundled() {
        return BUNDLED;
    }

    /** Files in {@code dir} first, the bundled ones for the rest. */
    public static Resources overlay(Path dir) {
        return new Resources(dir);
    }

    /** The user's folder, or {@code null} when only bundled files are used. */
    public Path dir() {
        return dir;
    }

    /** Whether a resource of this name exists (in the folder or bundled). */
    public boolean exists(String name) {
        if (dir != null && Files.isRegularFile(dir.resolve(name))) {
            return true;
        }
        return Resources.class.getResource(BUNDLE + name) != null;
    }

    /** Opens a resource as UTF-8 text; the user's folder wins over the bundled copy. */
    public BufferedReader open(String name) throws IOException {
        if (dir != null) {
            Path p = dir.resolve(name);
            if (Files.isRegularFile(p)) {
                return Files.newBufferedReader(p, StandardCharsets.UTF_8);
            }
        }
        return openBundled(name);
    }

    /** Opens the bundled copy of a resource, ignoring the user's folder. */
    public static BufferedReader openBundled(String name) throws IOException {
        InputStream in = Resources.class.getResourceAsStream(BUNDLE + name);
        if (in == null) {
            throw new IOException("no bundled resource " + name);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /**
     * Reads a CSV resource with a header row into maps keyed by the trimmed header names. Lines
     * starting with {@code #} are comments; cells are trimmed; blank rows are skipped.
     */
    public List<Map<String, String>> readCsv(String name) {
        try (Reader r = open(name)) {
            return parseCsv(r, name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * The rows of a CSV resource from the bundled copy and then, when the user's folder holds a
     * file of that name, from that file too, so that the user's rows come last and can win.
     */
    public List<Map<String, String>> readCsvLayers(String name) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader r = openBundled(name)) {
            rows.addAll(parseCsv(r, name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled " + name + ": " + e.getMessage(), e);
        }
        if (dir != null && Files.isRegularFile(dir.resolve(name))) {
            try (Reader r = Files.newBufferedReader(dir.resolve(name), StandardCharsets.UTF_8)) {
                rows.addAll(parseCsv(r, dir.resolve(name).toString()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + dir.resolve(name) + ": " + e.getMessage(), e);
            }
        }
        return rows;
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
