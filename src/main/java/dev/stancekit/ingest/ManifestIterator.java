package dev.stancekit.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Rows of one manifest, read lazily. A read failure ends the manifest with an error result; a
 * manifest without any row yields one skipped result, so that it is never silent.
 */
abstract class ManifestIterator implements Iterator<Loaded> {

    /**
     * Where a manifest comes from: its file name (ids of rows without one), the path its results
     * name, and the folder its relative {@code path} values are resolved in ({@code null} for a
     * manifest held in memory, which has none).
     */
    record Origin(String name, String where, Path dir) {
        static Origin of(Path file) {
            return new Origin(file.getFileName().toString(), file.toString(), file.toAbsolutePath().getParent());
        }
    }

    final BoundedLines lines;
    final Origin file;
    final long maxBytes;
    final PathPolicy policy;
    private Loaded next;
    private boolean done;
    private int count;

    ManifestIterator(BoundedLines lines, Origin file, long maxBytes, PathPolicy policy) {
        this.lines = lines;
        this.policy = policy;
        this.file = file;
        this.maxBytes = maxBytes;
    }

    /** The next row, or {@code null} at the end of the manifest. */
    abstract Loaded advance() throws IOException;

    /** Ends the manifest after the row being returned. */
    void stop() {
        done = true;
    }

    @Override
    public final boolean hasNext() {
        if (next == null && !done) {
            try {
                next = advance();
            } catch (IOException | UncheckedIOException e) {
                next = Loaded.error(file.name(), file.where(),
                        "cannot read manifest: " + FileLoader.describe(e));
                done = true;
            }
            if (next == null) {
                done = true;
                if (count == 0) {
                    next = Loaded.skipped(file.name(), file.where(), "manifest without any row");
                }
            }
            count += next == null ? 0 : 1;
        }
        return next != null;
    }

    @Override
    public final Loaded next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Loaded l = next;
        next = null;
        return l;
    }
}
