package dev.stancekit.resources;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The list of every data file stancekit reads ({@code resources/manifest.csv}): which stages read
 * it, whether a user's copy replaces the bundled file or adds rows to it, and whether it changes
 * the analysis of an article (and so belongs in the result cache's fingerprint). {@link Resources}
 * reads nothing that is not listed here. Immutable.
 */
public final class Manifest {

    /** What a copy of a file in a user's folder does. */
    public enum Mode {
        /** The user's file is read instead of the bundled one. */
        REPLACE,
        /** The bundled rows are read first, then the user's rows (which win on the same key). */
        ADD
    }

    /**
     * One data file.
     *
     * @param file     its name
     * @param readBy   the stages that read it
     * @param override what a user's copy does
     * @param analysis whether it changes the analysis of an article
     */
    public record Entry(String file, List<String> readBy, Mode override, boolean analysis) {
        public Entry {
            readBy = List.copyOf(readBy);
        }
    }

    /** The manifest's own file name (bundled only: a user cannot replace it). */
    public static final String FILE = "manifest.csv";
    private static final Manifest BUNDLED = load();

    private final Map<String, Entry> entries;

    private Manifest(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /** The manifest bundled in the jar. */
    public static Manifest bundled() {
        return BUNDLED;
    }

    /** Every listed file, in the manifest's order. */
    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /** The files whose content changes the analysis of an article, in the manifest's order. */
    public List<String> analysisFiles() {
        return entries.values().stream().filter(Entry::analysis).map(Entry::file).toList();
    }

    /** The entry of a file; a file the manifest does not list is an error. */
    public Entry entry(String file) {
        Entry e = entries.get(file);
        if (e == null) {
            throw new IllegalArgumentException("'" + file + "' is not a stancekit resource: it is not listed in "
                    + FILE + " (listed: " + String.join(", ", entries.keySet()) + ")");
        }
        return e;
    }

    private static Manifest load() {
        try (Reader r = Resources.openBundled(FILE)) {
            return of(Resources.parseCsv(r, FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled " + FILE + ": " + e.getMessage(), e);
        }
    }

    /** A manifest from rows with the columns file, read_by, override, analysis. */
    static Manifest of(List<Map<String, String>> rows) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (Map<String, String> row : rows) {
            String file = row.getOrDefault("file", "");
            if (file.isEmpty()) {
                throw new IllegalStateException(FILE + ": a row without a file name: " + row);
            }
            Mode mode = switch (row.getOrDefault("override", "").toLowerCase(Locale.ROOT)) {
                case "replace" -> Mode.REPLACE;
                case "add" -> Mode.ADD;
                default -> throw new IllegalStateException(FILE + ": " + file + ": override must be replace or add, not '"
                        + row.get("override") + "'");
            };
            boolean analysis = switch (row.getOrDefault("analysis", "").toLowerCase(Locale.ROOT)) {
                case "yes" -> true;
                case "no" -> false;
                default -> throw new IllegalStateException(FILE + ": " + file + ": analysis must be yes or no, not '"
                        + row.get("analysis") + "'");
            };
            List<String> readBy = new ArrayList<>();
            for (String s : row.getOrDefault("read_by", "").split(";")) {
                if (!s.isBlank()) {
                    readBy.add(s.strip());
                }
            }
            if (entries.put(file, new Entry(file, readBy, mode, analysis)) != null) {
                throw new IllegalStateException(FILE + ": " + file + " is listed twice");
            }
        }
        return new Manifest(java.util.Collections.unmodifiableMap(entries));
    }

    @Override
    public String toString() {
        return "Manifest" + Arrays.toString(entries.keySet().toArray());
    }
}
