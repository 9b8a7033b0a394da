package dev.stancekit.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A JSON Lines manifest read one line at a time; a malformed line is an error for that line only. */
final class JsonlManifest extends ManifestIterator {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);


    JsonlManifest(BoundedLines lines, Origin file, long maxBytes, PathPolicy policy) {
        super(lines, file, maxBytes, policy);
    }

    @Override
    Loaded advance() throws IOException {
        BoundedLines.Line line;
        do {
            line = lines.next();
            if (line == null) {
                return null;
            }
        } while (line.text().isBlank() && !line.cut());
        String ref = file.where() + "#" + line.number();
        String rowId = file.name() + "#" + line.number();
        if (line.cut()) {
            return Loaded.skipped(rowId, ref, "line " + line.number() + ": record larger than the size limit ("
                    + FileLoader.mb(maxBytes) + "); not read");
        }
        JsonNode node;
        try {
            node = JSON.readTree(line.text());
        } catch (JsonProcessingException e) {
            return Loaded.error(rowId, ref, "line " + line.number() + ": malformed JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return Loaded.error(rowId, ref, "line " + line.number() + ": not a JSON object");
        }
        Map<String, String> row = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            if (v.isValueNode() && !v.isNull()) {
                row.putIfAbsent(e.getKey().strip().toLowerCase(Locale.ROOT), v.asText());
            }
        });
        if (!ManifestRow.usable(row.keySet())) {
            return Loaded.error(rowId, ref, "line " + line.number() + ": record has neither text nor path");
        }
        return ManifestRow.load(row, file, ref, maxBytes, policy);
    }
}
