package dev.stancekit.spark;

import dev.stancekit.StanceKit;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How executors read the inputs: the job's format, the resources folder (boilerplate rules) and
 * where manifest {@code path} values may point, as in the CLI ({@code --input-root},
 * {@code --allow-paths-outside}). One reading facade per settings per JVM.
 */
record ReadSettings(InputFormat format, String resources, String inputRoot, boolean allowPathsOutside)
        implements Serializable {

    private static final Map<ReadSettings, StanceKit> KITS = new ConcurrentHashMap<>();

    /** The facade that reads: by extension in text mode, as manifests of the given kind otherwise. */
    StanceKit kit() {
        return KITS.computeIfAbsent(this, s -> StanceKit.builder()
                .inputFormat(switch (s.format) {
                    case CSV -> dev.stancekit.ingest.InputFormat.CSV;
                    case JSONL -> dev.stancekit.ingest.InputFormat.JSONL;
                    default -> dev.stancekit.ingest.InputFormat.AUTO;
                })
                .resources(s.resources == null ? null : Path.of(s.resources))
                .inputRoot(s.inputRoot == null ? null : Path.of(s.inputRoot))
                .allowPathsOutside(s.allowPathsOutside).build());
    }

    /** Whether a file of this name is read as a manifest (rows keep their own ids). */
    boolean manifest(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return format == InputFormat.CSV || format == InputFormat.JSONL
                || n.endsWith(".csv") || n.endsWith(".jsonl") || n.endsWith(".ndjson");
    }
}
