package dev.stancekit.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stancekit.resources.Resources;
import dev.stancekit.model.Article;
import dev.stancekit.ingest.Boilerplate;
import dev.stancekit.ingest.CorpusReader;
import dev.stancekit.model.IngestResult;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The executor side of reading: turns one input file's bytes, or one manifest row's fields, into
 * ingest results with the core's {@link CorpusReader}, so that decoding, HTML and Markdown
 * handling, boilerplate removal, metadata aliases and date finding are exactly the CLI's. The
 * reader only reads local files, so each item is written to a private temporary folder under its
 * own name first. One reader per resources folder per JVM.
 */
final class Ingest {

    private static final Map<String, CorpusReader> READERS = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROW_FILE = "row";

    private Ingest() {
    }

    static CorpusReader reader(String resources) {
        return READERS.computeIfAbsent(resources == null ? "" : resources, r -> CorpusReader.builder()
                .boilerplate(Boilerplate.load(r.isEmpty() ? Resources.bundled() : Resources.overlay(Path.of(r))))
                .build());
    }

    /**
     * The results of one listed input file under its listed id: read in place when local (as the
     * CLI reads it), else fetched from its file system first. Manifest rows keep their own ids.
     */
    static List<IngestResult> file(ReadSettings settings, String where, boolean local, String id, byte[] conf) {
        String name = where.substring(where.lastIndexOf('/') + 1);
        List<IngestResult> results;
        if (local) {
            try (Stream<IngestResult> s = settings.reader().read(List.of(Path.of(where)))) {
                results = s.toList();
            }
        } else {
            byte[] bytes;
            try {
                bytes = InputFiles.readRemote(where, conf, CorpusReader.DEFAULT_MAX_BYTES);
            } catch (IOException | RuntimeException e) {
                return List.of(IngestResult.error(id, where, "cannot read file: " + e.getMessage()));
            }
            if (bytes == null) {
                return List.of(IngestResult.skipped(id, where, "file too large (limit "
                        + (CorpusReader.DEFAULT_MAX_BYTES >> 20) + " MB); not read"));
            }
            results = readAs(settings.reader(), name.isEmpty() ? "unnamed" : name, bytes, where, false);
        }
        if (settings.manifest(name)) {
            return results;
        }
        List<IngestResult> named = new ArrayList<>(results.size());
        for (IngestResult r : results) {
            named.add(new IngestResult(id, r.path(), r.article() == null ? null : r.article().toBuilder().id(id).build(),
                    r.status(), r.message()));
        }
        return named;
    }

    /** The results of one input file (one, or one per row when the file is itself a manifest). */
    static List<IngestResult> file(CorpusReader reader, String path, byte[] bytes) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return readAs(reader, name.isEmpty() ? "unnamed" : name, bytes, path, false);
    }

    /**
     * The result of one manifest row, given as lower-case column names and string values, handed
     * to the core reader as a one-row manifest of the same kind ({@code csv}, else JSON Lines).
     * Rows the reader names by position are named {@code <manifest name>#<row>}, row counted from 1.
     */
    static IngestResult row(CorpusReader reader, Map<String, String> fields, String manifest, long row, boolean csv) {
        String name = manifest.substring(manifest.lastIndexOf('/') + 1);
        String where = manifest + "#" + row;
        String file = csv ? ROW_FILE + ".csv" : ROW_FILE + ".jsonl";
        byte[] bytes;
        try {
            bytes = csv ? csvRow(fields) : JSON.writeValueAsString(fields).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            return IngestResult.error(name + "#" + row, where, "cannot pass the row on: " + e.getMessage());
        }
        IngestResult r = readAs(reader, file, bytes, where, true).get(0);
        if (r.id().startsWith(file)) {
            return new IngestResult(name + "#" + row, r.path(), r.article() == null ? null
                    : r.article().toBuilder().id(name + "#" + row).build(), r.status(),
                    r.message().replaceAll("^line \\d+: ", ""));
        }
        return r;
    }

    private static byte[] csvRow(Map<String, String> fields) throws IOException {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder()
                .setHeader(fields.keySet().toArray(String[]::new)).get())) {
            p.printRecord(fields.values());
        }
        return w.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<IngestResult> readAs(CorpusReader reader, String name, byte[] bytes, String where,
                                             boolean oneRow) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("stancekit-spark-");
            Path file = dir.resolve(name);
            Files.write(file, bytes);
            List<IngestResult> out = new ArrayList<>();
            try (Stream<IngestResult> s = reader.read(List.of(file))) {
                s.forEach(r -> out.add(relocate(r, file.toString(), where, oneRow)));
            }
            return out;
        } catch (IOException | RuntimeException e) {
            String id = oneRow ? where.substring(where.lastIndexOf('/') + 1) : name;
            return List.of(IngestResult.error(id, where, "cannot read: " + e));
        } finally {
            delete(dir);
        }
    }

    /** The result with the temporary location replaced by the item's real one. */
    private static IngestResult relocate(IngestResult r, String tmp, String where, boolean oneRow) {
        String path = oneRow ? where : r.path().startsWith(tmp) ? where + r.path().substring(tmp.length()) : r.path();
        Article a = r.article() == null ? null : r.article().toBuilder().path(path).build();
        return new IngestResult(r.id(), path, a, r.status(), r.message().replace(tmp, where));
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
