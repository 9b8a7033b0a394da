package dev.stancekit.ingest;

import dev.stancekit.model.Article;
import dev.stancekit.model.Hashing;
import dev.stancekit.model.IngestResult;
import java.io.Closeable;
import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;

/**
 * The results of all entries, one entry (file or manifest) open at a time, so that even a huge
 * manifest is never buffered. Marks repeated content as duplicates and keeps ids unique.
 */
final class ResultIterator implements Iterator<IngestResult>, Closeable {

    /** The results of one entry and what to close when they are done. */
    record Part(Iterator<IngestResult> rows, Closeable closer) {
        static Part of(IngestResult r) {
            return new Part(Collections.singletonList(r).iterator(), null);
        }
    }

    private final Iterator<Inputs.Entry> entries;
    private final Function<Inputs.Entry, Part> open;
    private final Map<String, String> firstByHash = new HashMap<>();
    private final Set<String> ids = new HashSet<>();
    private Part current = new Part(Collections.emptyIterator(), null);

    ResultIterator(Iterator<Inputs.Entry> entries, Function<Inputs.Entry, Part> open) {
        this.entries = entries;
        this.open = open;
    }

    @Override
    public boolean hasNext() {
        while (!current.rows().hasNext()) {
            close();
            if (!entries.hasNext()) {
                return false;
            }
            current = open.apply(entries.next());
        }
        return true;
    }

    @Override
    public IngestResult next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return dedup(current.rows().next());
    }

    @Override
    public void close() {
        Closeable c = current.closer();
        current = new Part(Collections.emptyIterator(), null);
        if (c != null) {
            try {
                c.close();
            } catch (IOException e) {
                // a manifest that fails to close has already been read; nothing is lost
            }
        }
    }

    private IngestResult dedup(IngestResult r) {
        String id = r.id();
        String note = r.message();
        for (int n = 2; !ids.add(id); n++) {
            id = r.id() + "#" + n;
        }
        if (!id.equals(r.id())) {
            note = Source.join(note, "id " + r.id() + " already used; renamed");
        }
        if (!r.isOk()) {
            return id.equals(r.id()) ? r : new IngestResult(id, r.path(), null, r.status(), note);
        }
        Article a = r.article();
        String textKey = Hashing.textKey(a.text());
        String first = firstByHash.get(a.hash());
        if (first == null) {
            first = firstByHash.get(textKey);
        }
        if (first != null) {
            return IngestResult.skipped(id, r.path(), Source.join("duplicate of " + first, note));
        }
        firstByHash.put(a.hash(), id);
        firstByHash.put(textKey, id);
        Article renamed = id.equals(a.id()) ? a : a.toBuilder().id(id).build();
        return new IngestResult(id, r.path(), renamed, r.status(), note);
    }
}
