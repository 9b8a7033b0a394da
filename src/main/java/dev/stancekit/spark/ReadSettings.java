package dev.stancekit.spark;

import dev.stancekit.resources.Resources;
import dev.stancekit.ingest.Boilerplate;
import dev.stancekit.ingest.CorpusReader;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How executors read the inputs: the job's format, the resources folder (boilerplate rules) and
 * where manifest {@code path} values may point, as in the CLI ({@code --input-root},
 * {@code --allow-paths-outside}). One core reader per settings per JVM.
 */
record ReadSettings(InputFormat format, String resources, String inputRoot, boolean allowPathsOutside)
        implements Serializable {

    private static final Map<ReadSettings, CorpusReader> READERS = new ConcurrentHashMap<>();

    /** The core reader: by extension in text mode, as manifests of the given kind otherwise. */
    CorpusReader reader() {
        return READERS.computeIfAbsent(this, s -> CorpusReader.builder()
                .format(switch (s.format) {
                    case CSV -> dev.stancekit.ingest.InputFormat.CSV;
                    case JSONL -> dev.stancekit.ingest.InputFormat.JSONL;
                    default -> dev.stancekit.ingest.InputFormat.AUTO;
                })
                .boilerplate(Boilerplate.load(s.resources == null ? Resources.bundled()
                        : Resources.overlay(Path.of(s.resources))))
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
