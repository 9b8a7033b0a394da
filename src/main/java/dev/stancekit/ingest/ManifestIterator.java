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

    final BoundedLines lines;
    final Path file;
    final long maxBytes;
    final PathPolicy policy;
    private Loaded next;
    private boolean done;
    private int count;

    ManifestIterator(BoundedLines lines, Path file, long maxBytes, PathPolicy policy) {
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
                next = Loaded.error(file.getFileName().toString(), file.toString(),
                        "cannot read manifest: " + FileLoader.describe(e));
                done = true;
            }
            if (next == null) {
                done = true;
                if (count == 0) {
                    next = Loaded.skipped(file.getFileName().toString(), file.toString(), "manifest without any row");
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
