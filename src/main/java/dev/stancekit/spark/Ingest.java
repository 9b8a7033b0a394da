package dev.stancekit.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stancekit.StanceKit;
import dev.stancekit.model.Article;
import dev.stancekit.model.IngestResult;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The executor side of reading: turns one input file's bytes, or one manifest row's fields, into
 * ingest results through the {@link StanceKit} facade, so that decoding, HTML and Markdown
 * handling, boilerplate removal, metadata aliases and date finding are exactly the CLI's. Files
 * elsewhere and manifest rows are read from memory; nothing is written to disk.
 */
final class Ingest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROW_FILE = "row";

    private Ingest() {
    }

    /**
     * The results of one listed input file under its listed id: read in place when local (as the
     * CLI reads it), else fetched from its file system first. Manifest rows keep their own ids.
     */
    static List<IngestResult> file(ReadSettings settings, String where, boolean local, String id, byte[] conf) {
        String name = where.substring(where.lastIndexOf('/') + 1);
        List<IngestResult> results;
        if (local) {
            try (Stream<IngestResult> s = settings.kit().read(List.of(Path.of(where)))) {
                results = s.toList();
            }
        } else {
            byte[] bytes;
            try {
                bytes = InputFiles.readRemote(where, conf, StanceKit.MAX_INPUT_BYTES);
            } catch (IOException | RuntimeException e) {
                return List.of(IngestResult.error(id, where, "cannot read file: " + e.getMessage()));
            }
            if (bytes == null) {
                return List.of(IngestResult.skipped(id, where, "file too large (limit "
                        + (StanceKit.MAX_INPUT_BYTES >> 20) + " MB); not read"));
            }
            results = settings.kit().read(where, bytes);
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

    /**
     * The result of one manifest row, given as lower-case column names and string values, handed
     * to the facade as a one-row manifest of the same kind ({@code csv}, else JSON Lines).
     * Rows the reader names by position are named {@code <manifest name>#<row>}, row counted from 1.
     */
    static IngestResult row(StanceKit kit, Map<String, String> fields, String manifest, long row, boolean csv) {
        String name = manifest.substring(manifest.lastIndexOf('/') + 1);
        String where = manifest + "#" + row;
        String file = csv ? ROW_FILE + ".csv" : ROW_FILE + ".jsonl";
        byte[] bytes;
        try {
            bytes = csv ? csvRow(fields) : JSON.writeValueAsString(fields).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            return IngestResult.error(name + "#" + row, where, "cannot pass the row on: " + e.getMessage());
        }
        IngestResult r;
        try {
            r = kit.read(file, bytes).get(0);
        } catch (RuntimeException e) {
            return IngestResult.error(name + "#" + row, where, "cannot read: " + e);
        }
        Article located = r.article() == null ? null : r.article().toBuilder().path(where).build();
        if (r.id().startsWith(file)) {
            return new IngestResult(name + "#" + row, where, located == null ? null
                    : located.toBuilder().id(name + "#" + row).build(), r.status(),
                    r.message().replaceAll("^line \\d+: ", ""));
        }
        return new IngestResult(r.id(), where, located, r.status(), r.message());
    }

    private static byte[] csvRow(Map<String, String> fields) throws IOException {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder()
                .setHeader(fields.keySet().toArray(String[]::new)).get())) {
            p.printRecord(fields.values());
        }
        return w.toString().getBytes(StandardCharsets.UTF_8);
    }
}
