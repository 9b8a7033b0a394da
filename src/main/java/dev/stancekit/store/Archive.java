package dev.stancekit.store;

import dev.stancekit.model.Quote;
import dev.stancekit.model.Article;
import dev.stancekit.model.IngestResult;
import dev.stancekit.report.QuotesCsv;
import dev.stancekit.report.WireCopies;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The articles an output folder's reports cover ({@code .stancekit/archive/}): every article a run
 * was given, with its details, its quotes and its wire-copy signature, kept across runs so that
 * the reports of a weekly run cover every week so far. Only article details are kept, not texts.
 */
public final class Archive {

    /** One archived article (or a not-analysed input of the latest run). */
    public record Entry(String key, IngestResult input, List<Quote> quotes, long[] signature) {
        public Entry {
            quotes = List.copyOf(quotes);
        }
    }

    static final List<String> HEADER = List.of("key", "id", "path", "title", "date", "source", "url", "words",
            "hash", "status", "message", "signature");

    private final Path dir;

    public Archive(Path outDir) {
        this.dir = outDir.resolve(".stancekit").resolve("archive");
    }

    /** Whether an earlier run left an archive. */
    public boolean exists() {
        return Files.isRegularFile(dir.resolve("articles.csv"));
    }

    /** Where an article came from: its URL, else its absolute path; the same article keeps its key. */
    public static String key(String url, String path) {
        if (url != null && !url.isBlank()) {
            return "url:" + url.strip();
        }
        try {
            int hash = path.indexOf('#');
            String file = hash < 0 ? path : path.substring(0, hash);
            return "path:" + Path.of(file).toAbsolutePath().normalize() + (hash < 0 ? "" : path.substring(hash));
        } catch (RuntimeException e) {
            return "path:" + path;
        }
    }

    /** The archived entries in archive order; empty when there is no archive. */
    public List<Entry> load() throws IOException {
        if (!exists()) {
            return List.of();
        }
        Map<String, List<Quote>> quotes = new HashMap<>();
        Path qf = dir.resolve("quotes.csv");
        if (Files.isRegularFile(qf)) {
            for (Quote q : QuotesCsv.read(qf)) {
                quotes.computeIfAbsent(q.article(), k -> new ArrayList<>()).add(q);
            }
        }
        List<Entry> out = new ArrayList<>();
        CSVFormat fmt = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get();
        try (BufferedReader r = Files.newBufferedReader(dir.resolve("articles.csv"), StandardCharsets.UTF_8);
             CSVParser p = CSVParser.parse(r, fmt)) {
            for (CSVRecord rec : p) {
                try {
                    out.add(entry(rec, quotes));
                } catch (RuntimeException e) {
                    throw new IOException(dir.resolve("articles.csv") + " line "
                            + p.getCurrentLineNumber() + ": " + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    private static Entry entry(CSVRecord rec, Map<String, List<Quote>> quotes) {
        String id = rec.get("id");
        IngestResult.Status status = IngestResult.Status.valueOf(rec.get("status"));
        IngestResult in;
        if (status == IngestResult.Status.OK) {
            String d = rec.get("date");
            Article a = Article.builder().id(id).path(rec.get("path")).title(rec.get("title"))
                    .date(d.isEmpty() ? null : LocalDate.parse(d)).source(rec.get("source")).url(rec.get("url"))
                    .text("").hash(rec.get("hash")).words(Integer.parseInt(rec.get("words"))).build();
            in = new IngestResult(id, rec.get("path"), a, status, rec.get("message"));
        } else {
            in = new IngestResult(id, rec.get("path"), null, status, rec.get("message"));
        }
        String sig = rec.get("signature");
        return new Entry(rec.get("key"), in, quotes.getOrDefault(id, List.of()),
                sig.isEmpty() ? null : WireCopies.decode(sig));
    }

    /** Replaces the archive with these entries, each file atomically (quotes first). */
    public void save(List<Entry> entries) throws IOException {
        Files.createDirectories(dir);
        List<Quote> all = new ArrayList<>();
        entries.forEach(e -> all.addAll(e.quotes()));
        AtomicFiles.write(dir.resolve("quotes.csv"), tmp -> QuotesCsv.write(tmp, all, false));
        AtomicFiles.write(dir.resolve("articles.csv"), tmp -> {
            try (CSVPrinter p = new CSVPrinter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8),
                    CSVFormat.EXCEL.builder().setHeader(HEADER.toArray(String[]::new)).get())) {
                for (Entry e : entries) {
                    IngestResult in = e.input();
                    Article a = in.article();
                    p.printRecord(e.key(), in.id(), in.path(), a == null ? "" : a.title(),
                            a == null || a.date() == null ? "" : a.date().toString(), a == null ? "" : a.source(),
                            a == null ? "" : a.url(), a == null ? "" : a.words(), a == null ? "" : a.hash(),
                            in.status().name(), in.message(),
                            e.signature() == null ? "" : WireCopies.encode(e.signature()));
                }
            }
        });
    }
}
