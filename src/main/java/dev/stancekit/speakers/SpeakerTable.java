package dev.stancekit.speakers;

import dev.stancekit.csv.SafeCsv;
import dev.stancekit.model.Quote;
import dev.stancekit.model.Speaker;
import dev.stancekit.model.SpeakerType;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVPrinter;

/**
 * Who is quoted how often: one row per speaker and side, most quoted first. Behind
 * {@code stancekit speakers} and {@code speakers.csv} in the reports. Immutable.
 */
public final class SpeakerTable {

    /** The speaker name shown for quotes without a speaker. */
    public static final String NO_SPEAKER = "(no speaker)";

    static final String[] HEADER = {"speaker", "type", "side", "role", "quotes", "articles",
        "mean_tone", "in_registry", "side_evidence"};

    /**
     * One speaker.
     *
     * @param speaker    canonical name, or {@link #NO_SPEAKER}
     * @param type       the type most of its quotes have
     * @param side       US, China, other or unknown
     * @param role       the role most of its quotes give, or ""
     * @param quotes     number of quotes
     * @param articles   number of articles quoting it
     * @param meanTone   mean tone score of its quotes, in [-1, 1]
     * @param inRegistry whether the registry knows it
     * @param evidence   the most frequent reason for its side, or ""
     */
    public record Row(String speaker, SpeakerType type, String side, String role, int quotes,
                      int articles, double meanTone, boolean inRegistry, String evidence) {
    }

    private final List<Row> rows;

    private SpeakerTable(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** Groups quotes by canonical speaker (ignoring case) and side. */
    public static SpeakerTable of(List<Quote> quotes) {
        Objects.requireNonNull(quotes, "quotes");
        Map<String, List<Quote>> groups = new LinkedHashMap<>();
        for (Quote q : quotes) {
            Objects.requireNonNull(q, "quotes must not contain null");
            String key = q.speaker().canonical().strip().toLowerCase(Locale.ROOT) + "\u0000" + q.side();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(q);
        }
        List<Row> rows = new ArrayList<>();
        for (List<Quote> g : groups.values()) {
            Speaker first = g.get(0).speaker();
            Set<String> articles = new HashSet<>();
            double tone = 0;
            boolean inRegistry = false;
            for (Quote q : g) {
                articles.add(q.article());
                tone += q.tone().score();
                inRegistry |= q.speaker().inRegistry();
            }
            String name = first.canonical().isBlank() ? NO_SPEAKER : first.canonical().strip();
            rows.add(new Row(name, mostCommon(g, q -> q.speaker().type()), first.side(),
                    mostCommon(g, q -> q.speaker().role()), g.size(), articles.size(),
                    Math.max(-1, Math.min(1, tone / g.size())), inRegistry,
                    mostCommon(g, q -> q.speaker().evidence())));
        }
        rows.sort(Comparator.comparingInt((Row r) -> -r.quotes())
                .thenComparing(r -> r.speaker().toLowerCase(Locale.ROOT)).thenComparing(Row::side));
        return new SpeakerTable(rows);
    }

    /** The most frequent non-empty value, the first seen on ties; "" or the first when all are empty. */
    private static <T> T mostCommon(List<Quote> g, Function<Quote, T> f) {
        Map<T, Integer> counts = new LinkedHashMap<>();
        for (Quote q : g) {
            T v = f.apply(q);
            if (!(v instanceof String s && s.isBlank())) {
                counts.merge(v, 1, Integer::sum);
            }
        }
        T best = f.apply(g.get(0));
        int n = 0;
        for (Map.Entry<T, Integer> e : counts.entrySet()) {
            if (e.getValue() > n) {
                best = e.getKey();
                n = e.getValue();
            }
        }
        return best;
    }

    /** All rows, most quoted first. */
    public List<Row> rows() {
        return rows;
    }

    /**
     * The most quoted named people and organisations the registry does not know, most quoted
     * first: candidates for the user's {@code speakers.csv}. Anonymous speakers are left out.
     */
    public List<Row> missingFromRegistry(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0: " + limit);
        }
        return rows.stream().filter(r -> !r.inRegistry() && !NO_SPEAKER.equals(r.speaker())
                        && (r.type() == SpeakerType.PERSON || r.type() == SpeakerType.ORGANIZATION))
                .limit(limit).toList();
    }

    /**
     * The most quoted speakers whose side is still {@code unknown} (named, organisations and
     * anonymous alike, not quotes without a speaker), most quoted first: what to curate in the
     * registry, {@code organizations.csv} or {@code nationality-words.csv}.
     */
    public List<Row> unresolved(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0: " + limit);
        }
        return rows.stream().filter(r -> Speaker.UNKNOWN_SIDE.equals(r.side()) && !NO_SPEAKER.equals(r.speaker()))
                .limit(limit).toList();
    }

    /** Writes the rows as CSV (Excel dialect, header row); {@code out} is flushed, not closed. */
    public void writeCsv(Appendable out) throws IOException {
        writeCsv(out, false);
    }

    /** As {@link #writeCsv(Appendable)}, through the one formula-safe writer; {@code excel}: a byte-order mark first. */
    public void writeCsv(Appendable out, boolean excel) throws IOException {
        CSVPrinter p = SafeCsv.open(out, excel, List.of(HEADER)); // not closed: the caller owns out
        for (Row r : rows) {
            SafeCsv.row(p, r.speaker(), r.type().label(), r.side(), r.role(), r.quotes(), r.articles(),
                    String.format(Locale.ROOT, "%.3f", r.meanTone()), r.inRegistry() ? "yes" : "no",
                    r.evidence());
        }
        p.flush();
    }

    /** Writes the rows as a UTF-8 CSV file, creating its folder if needed. */
    public void writeCsv(Path file) throws IOException {
        writeCsv(file, false);
    }

    /** As {@link #writeCsv(Path)}; {@code excel}: a byte-order mark first. */
    public void writeCsv(Path file, boolean excel) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writeCsv(w, excel);
        }
    }
}
