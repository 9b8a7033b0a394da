package dev.stancekit.store;

import dev.stancekit.model.Quote;
import dev.stancekit.model.Article;
import dev.stancekit.model.Hashing;
import dev.stancekit.report.QuotesCsv;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/**
 * Per-article analysis results kept in an output folder ({@code .stancekit/cache/}), so a run
 * into an existing folder only analyses new or changed articles. An entry is keyed by the
 * article's id, its content hash and a fingerprint of the analysis (version and resources), and
 * is written atomically as soon as the article is done: a run killed at any moment leaves only
 * whole entries, and the next run picks up where it stopped.
 */
public final class ResultCache {

    private final Path dir;
    private final String fingerprint;

    public ResultCache(Path outDir, String fingerprint) {
        this.dir = outDir.resolve(".stancekit").resolve("cache");
        this.fingerprint = fingerprint;
    }

    /** The cached quotes of this exact article version, if any. */
    public Optional<List<Quote>> get(Article article) {
        Path f = file(article);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            return Optional.of(QuotesCsv.read(f));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged entry is recomputed
        }
    }

    /** Stores the quotes of an article, atomically. */
    public void put(Article article, List<Quote> quotes) {
        try {
            Files.createDirectories(dir);
            AtomicFiles.write(file(article), tmp -> QuotesCsv.write(tmp, quotes, false));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write cache entry for " + article.id(), e);
        }
    }

    /** Deletes every entry (for {@code --full}). */
    public void clear() throws IOException {
        if (Files.isDirectory(dir)) {
            try (var s = Files.list(dir)) {
                for (Path p : (Iterable<Path>) s::iterator) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /**
     * Deletes every entry but those of {@code archived} under this fingerprint: entries of
     * articles no longer in the archive, of older article versions and of older analyses.
     * Returns how many were deleted.
     */
    public int retain(Collection<Article> archived) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        Set<Path> keep = new HashSet<>();
        for (Article a : archived) {
            keep.add(file(a).getFileName());
        }
        int n = 0;
        try (var s = Files.list(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (!keep.contains(p.getFileName()) && Files.isRegularFile(p)) {
                    Files.deleteIfExists(p);
                    n++;
                }
            }
        }
        return n;
    }

    Path file(Article article) {
        return dir.resolve(Hashing.sha256(article.id() + "\n" + article.hash() + "\n" + fingerprint)
                .substring(0, 32) + ".csv");
    }
}
