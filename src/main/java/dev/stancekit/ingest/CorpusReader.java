package dev.stancekit.ingest;

import dev.stancekit.model.IngestResult;
import dev.stancekit.resources.Resources;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a corpus: files and folders (recursively, in name order) of text, Markdown and HTML
 * articles, and CSV / JSON Lines manifests. Every input (file, manifest row, or thing that could
 * not be read) yields exactly one {@link IngestResult}: ok with an article, skipped with a reason
 * (empty, binary, too large, unsupported type, duplicate of another article) or error. Nothing
 * stops the run and nothing is dropped silently.
 *
 * <p>Results are streamed: one file is held in memory at a time. Content that was already read
 * under another id (same bytes, or same text after cleaning) is skipped as "duplicate of ID".
 * Immutable and thread-safe; each {@link #read} call keeps its own state.
 */
public final class CorpusReader {

    /** Default size limit of one file or manifest row: 5 MB. */
    public static final long DEFAULT_MAX_BYTES = 5L << 20;

    private final InputFormat format;
    private final long maxBytes;
    private final Assembler assembler;
    private final PathPolicy policy;
    private final List<Path> exclude;

    private CorpusReader(Builder b) {
        this.policy = new PathPolicy(b.inputRoot, b.allowPathsOutside);
        this.exclude = List.copyOf(b.exclude);
        this.format = b.format;
        this.maxBytes = b.maxBytes;
        this.assembler = new Assembler(b.boilerplate != null ? b.boilerplate : Boilerplate.load(Resources.bundled()));
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The results of reading {@code inputs} in order (folders expanded in sorted order). The
     * stream is sequential and lazy; close it (or consume it fully) to release open manifests.
     */
    public Stream<IngestResult> read(List<Path> inputs) {
        ResultIterator it = new ResultIterator(Inputs.list(inputs, exclude).iterator(), this::results);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(it::close);
    }

    /**
     * The results of one input held in memory (fetched from elsewhere), as {@link #read} gives
     * them for a file named as the last segment of {@code where}: one for a text, Markdown or
     * HTML file, one per row for a CSV or JSON Lines manifest, with {@code where} as their path
     * ({@code where#line} for rows). Such a manifest has no folder: its {@code path} values must
     * be absolute and inside the input root, unless paths outside are allowed.
     */
    public List<IngestResult> read(String where, byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        String last = where.substring(where.lastIndexOf('/') + 1);
        String name = last.isEmpty() ? "unnamed" : last;
        List<IngestResult> out = new java.util.ArrayList<>();
        try (ResultIterator it = new ResultIterator(List.of(new Inputs.Entry(null, name, null, false)).iterator(),
                e -> inMemory(name, where, bytes))) {
            it.forEachRemaining(out::add);
        }
        return out;
    }

    /**
     * One file the inputs expand to: its path and id as {@link #read} gives them, and, when it
     * cannot be read as a file at all (a link loop, a FIFO, a hidden folder), that result.
     */
    public record Listed(Path path, String id, IngestResult problem) {}

    /**
     * The files the inputs expand to, in reading order, without reading them: folders walked as
     * {@link #read} walks them (no links to folders followed, nothing but regular files opened,
     * the excluded folders left out). For readers elsewhere (Spark executors) that read each file
     * with {@link #read} and then give it the id listed here.
     */
    public List<Listed> list(List<Path> inputs) {
        List<Listed> out = new java.util.ArrayList<>();
        for (Inputs.Entry e : Inputs.list(inputs, exclude)) {
            String path = e.path().toString();
            IngestResult problem = e.ok() ? null : e.skip() ? IngestResult.skipped(e.id(), path, e.problem())
                    : IngestResult.error(e.id(), path, e.problem());
            out.add(new Listed(e.path(), e.id(), problem));
        }
        return out;
    }

    /** The ids {@link #read} gives these files: names, with parent folders where names repeat. */
    public static List<String> ids(List<Path> files) {
        List<Inputs.Entry> entries = new java.util.ArrayList<>();
        for (Path p : files) {
            entries.add(new Inputs.Entry(p, null, null, false));
        }
        return Inputs.assignIds(entries).stream().map(Inputs.Entry::id).toList();
    }

    private ResultIterator.Part results(Inputs.Entry e) {
        String path = e.path().toString();
        if (!e.ok()) {
            return ResultIterator.Part.of(e.skip() ? IngestResult.skipped(e.id(), path, e.problem())
                    : IngestResult.error(e.id(), path, e.problem()));
        }
        InputFormat f = format.of(e.path());
        if (f == null) {
            String ext = InputFormat.extension(e.path());
            return ResultIterator.Part.of(IngestResult.skipped(e.id(), path,
                    "unsupported file type (" + (ext.isEmpty() ? "no extension" : "." + ext) + ")"));
        }
        try {
            if (f == InputFormat.CSV || f == InputFormat.JSONL) {
                return manifest(e, f);
            }
            return ResultIterator.Part.of(finish(FileLoader.load(e.path(), e.id(), path, f, maxBytes)));
        } catch (RuntimeException | StackOverflowError ex) {
            return ResultIterator.Part.of(IngestResult.error(e.id(), path, "unexpected failure: " + FileLoader.describe(
                    ex instanceof Exception x ? x : new RuntimeException(ex.toString()))));
        }
    }

    private ResultIterator.Part manifest(Inputs.Entry e, InputFormat f) {
        String path = e.path().toString();
        BoundedLines lines;
        try {
            if (java.nio.file.Files.size(e.path()) == 0) {
                return ResultIterator.Part.of(IngestResult.skipped(e.id(), path, "empty file"));
            }
            if (BoundedLines.hasNul(e.path())) {
                return ResultIterator.Part.of(IngestResult.skipped(e.id(), path, "binary file (NUL bytes); not a manifest"));
            }
            lines = BoundedLines.open(e.path(), maxBytes);
        } catch (IOException | SecurityException ex) {
            return ResultIterator.Part.of(IngestResult.error(e.id(), path, "cannot read manifest: " + FileLoader.describe(ex)));
        }
        return rows(lines, f, ManifestIterator.Origin.of(e.path()));
    }

    private ResultIterator.Part inMemory(String name, String where, byte[] bytes) {
        Path file;
        try {
            file = Path.of(name);
        } catch (java.nio.file.InvalidPathException ex) {
            return ResultIterator.Part.of(IngestResult.error(name, where, "bad file name: " + ex.getReason()));
        }
        InputFormat f = format.of(file);
        String ext = InputFormat.extension(file);
        if (f == null) {
            return ResultIterator.Part.of(IngestResult.skipped(name, where,
                    "unsupported file type (" + (ext.isEmpty() ? "no extension" : "." + ext) + ")"));
        }
        try {
            if (f != InputFormat.CSV && f != InputFormat.JSONL) {
                return ResultIterator.Part.of(finish(FileLoader.load(bytes, ext, name, where, f, maxBytes)));
            }
            if (bytes.length == 0) {
                return ResultIterator.Part.of(IngestResult.skipped(name, where, "empty file"));
            }
            if (BoundedLines.hasNul(bytes)) {
                return ResultIterator.Part.of(IngestResult.skipped(name, where,
                        "binary file (NUL bytes); not a manifest"));
            }
            return rows(BoundedLines.open(bytes, maxBytes), f, new ManifestIterator.Origin(name, where, null));
        } catch (IOException ex) {
            return ResultIterator.Part.of(IngestResult.error(name, where,
                    "cannot read manifest: " + FileLoader.describe(ex)));
        } catch (RuntimeException | StackOverflowError ex) {
            return ResultIterator.Part.of(IngestResult.error(name, where, "unexpected failure: " + FileLoader.describe(
                    ex instanceof Exception x ? x : new RuntimeException(ex.toString()))));
        }
    }

    private ResultIterator.Part rows(BoundedLines lines, InputFormat f, ManifestIterator.Origin origin) {
        Iterator<Loaded> rows = f == InputFormat.CSV ? new CsvManifest(lines, origin, maxBytes, policy)
                : new JsonlManifest(lines, origin, maxBytes, policy);
        String note = lines.charset().name().equals("UTF-8") ? "" : "manifest not valid UTF-8; decoded as Windows-1252";
        Iterator<IngestResult> results = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public IngestResult next() {
                Loaded l = rows.next();
                return finish(l.source() == null || note.isEmpty() ? l : Loaded.of(l.source().withNote(note)));
            }
        };
        return new ResultIterator.Part(results, lines);
    }

    private IngestResult finish(Loaded l) {
        if (l.source() == null) {
            return l.result();
        }
        try {
            return assembler.assemble(l.source());
        } catch (RuntimeException | StackOverflowError ex) {
            return IngestResult.error(l.source().id(), l.source().path(), "unexpected failure: " + ex);
        }
    }

    public static final class Builder {
        private InputFormat format = InputFormat.AUTO;
        private long maxBytes = DEFAULT_MAX_BYTES;
        private Boilerplate boilerplate;
        private Path inputRoot;
        private boolean allowPathsOutside;
        private List<Path> exclude = List.of();

        /**
         * The folder that manifest {@code path} values must point into (after following links);
         * default (null): each manifest's own folder.
         */
        public Builder inputRoot(Path v) {
            inputRoot = v;
            return this;
        }

        /** Lets manifest {@code path} values point anywhere; default false (such rows are errors). */
        public Builder allowPathsOutside(boolean v) {
            allowPathsOutside = v;
            return this;
        }

        /** Folders never read when walking input folders (the run's own output folder). */
        public Builder exclude(List<Path> v) {
            exclude = List.copyOf(v);
            return this;
        }

        public Builder format(InputFormat v) {
            format = Objects.requireNonNull(v, "format");
            return this;
        }

        /** Files (and manifest rows) larger than this are skipped unread. */
        public Builder maxBytes(long v) {
            if (v <= 0) {
                throw new IllegalArgumentException("maxBytes must be positive: " + v);
            }
            maxBytes = v;
            return this;
        }

        /** The chrome rules; default {@code Boilerplate.load(Resources.bundled())}. */
        public Builder boilerplate(Boilerplate v) {
            boilerplate = Objects.requireNonNull(v, "boilerplate");
            return this;
        }

        public CorpusReader build() {
            return new CorpusReader(this);
        }
    }
}
