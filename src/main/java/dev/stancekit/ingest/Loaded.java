package dev.stancekit.ingest;

import dev.stancekit.model.IngestResult;

/** What reading one input gave before assembly: a source to assemble, or a final result. */
record Loaded(Source source, IngestResult result) {

    static Loaded of(Source s) {
        return new Loaded(s, null);
    }

    static Loaded skipped(String id, String path, String why) {
        return new Loaded(null, IngestResult.skipped(id, path, why));
    }

    static Loaded error(String id, String path, String why) {
        return new Loaded(null, IngestResult.error(id, path, why));
    }
}
