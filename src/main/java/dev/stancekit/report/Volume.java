package dev.stancekit.report;

import dev.stancekit.model.Quote;
import dev.stancekit.model.Article;
import dev.stancekit.model.IngestResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVPrinter;

/**
 * How much there is: articles and quotes per period ({@code volume_by_period.csv}), per period,
 * side and theme ({@code volume_by_side_theme.csv}) and per outlet ({@code volume_by_outlet.csv}).
 * Periods run on the calendar from the first to the last dated article, so a period without
 * articles is listed with zeros rather than left out.
 */
final class Volume {

    static final String NO_OUTLET = "(unknown outlet)";
    static final List<String> BY_PERIOD = List.of("period", "period_start", "articles", "quotes", "outlets");
    static final List<String> BY_SIDE_THEME = List.of("period", "side", "theme", "quotes", "articles");
    static final List<String> BY_OUTLET = List.of("outlet", "articles", "quotes", "first_date", "last_date",
            "undated_articles");

    /** One period's counts. */
    record PeriodRow(String period, LocalDate start, int articles, int quotes, int outlets) {
    }

    private Volume() {
    }

    static String outlet(Article a) {
        return a == null || a.source().isBlank() ? NO_OUTLET : a.source().strip();
    }

    /** Every calendar period from the first to the last dated article, then {@code undated} if any. */
    static List<PeriodRow> perPeriod(List<IngestResult> inputs, List<Quote> quotes, ReportPeriod period) {
        Map<String, Integer> quotesPer = new HashMap<>();
        Map<String, Article> byId = articles(inputs);
        for (Quote q : quotes) {
            quotesPer.merge(period.label(q.date()), 1, Integer::sum);
        }
        TreeMap<LocalDate, int[]> counts = new TreeMap<>();
        Map<LocalDate, Set<String>> outlets = new HashMap<>();
        int undated = 0;
        Set<String> undatedOutlets = new HashSet<>();
        for (Article a : byId.values()) {
            if (a.date() == null) {
                undated++;
                undatedOutlets.add(outlet(a));
            } else {
                LocalDate s = period.start(a.date());
                counts.computeIfAbsent(s, k -> new int[1])[0]++;
                outlets.computeIfAbsent(s, k -> new HashSet<>()).add(outlet(a));
            }
        }
        List<PeriodRow> out = new ArrayList<>();
        if (!counts.isEmpty()) {
            for (LocalDate d = counts.firstKey(); !d.isAfter(counts.lastKey()); d = period.next(d)) {
                String label = period.label(d);
                int[] c = counts.get(d);
                out.add(new PeriodRow(label, d, c == null ? 0 : c[0], quotesPer.getOrDefault(label, 0),
                        outlets.getOrDefault(d, Set.of()).size()));
            }
        }
        if (undated > 0) {
            out.add(new PeriodRow(ReportPeriod.UNDATED, null, undated,
                    quotesPer.getOrDefault(ReportPeriod.UNDATED, 0), undatedOutlets.size()));
        }
        return out;
    }

    static Map<String, Article> articles(List<IngestResult> inputs) {
        Map<String, Article> out = new java.util.LinkedHashMap<>();
        for (IngestResult r : inputs) {
            if (r.isOk()) {
                out.put(r.article().id(), r.article());
            }
        }
        return out;
    }

    static void writeByPeriod(Path file, List<PeriodRow> rows, boolean excel) throws IOException {
        try (CSVPrinter p = Cells.open(file, excel, BY_PERIOD)) {
            for (PeriodRow r : rows) {
                Cells.row(p, r.period(), Cells.date(r.start()), r.articles(), r.quotes(), r.outlets());
            }
        }
    }

    static void writeBySideTheme(Path file, Summary s, boolean excel) throws IOException {
        try (CSVPrinter p = Cells.open(file, excel, BY_SIDE_THEME)) {
            for (Summary.Row r : s.rows()) {
                Cells.row(p, r.period(), r.side(), r.theme(), r.quotes(), r.articles());
            }
        }
    }

    /** Outlets by number of articles, then name. */
    static void writeByOutlet(Path file, List<IngestResult> inputs, List<Quote> quotes, boolean excel)
            throws IOException {
        Map<String, Article> byId = articles(inputs);
        Map<String, int[]> n = new TreeMap<>(); // articles, quotes, undated
        Map<String, LocalDate[]> range = new HashMap<>();
        for (Article a : byId.values()) {
            String o = outlet(a);
            int[] c = n.computeIfAbsent(o, k -> new int[3]);
            c[0]++;
            if (a.date() == null) {
                c[2]++;
            } else {
                LocalDate[] r = range.computeIfAbsent(o, k -> new LocalDate[] {a.date(), a.date()});
                r[0] = a.date().isBefore(r[0]) ? a.date() : r[0];
                r[1] = a.date().isAfter(r[1]) ? a.date() : r[1];
            }
        }
        for (Quote q : quotes) {
            n.computeIfAbsent(outlet(byId.get(q.article())), k -> new int[3])[1]++;
        }
        List<String> order = new ArrayList<>(n.keySet());
        order.sort((a, b) -> n.get(b)[0] != n.get(a)[0] ? Integer.compare(n.get(b)[0], n.get(a)[0]) : a.compareTo(b));
        try (CSVPrinter p = Cells.open(file, excel, BY_OUTLET)) {
            for (String o : order) {
                int[] c = n.get(o);
                LocalDate[] r = range.get(o);
                Cells.row(p, o, c[0], c[1], r == null ? "" : Cells.date(r[0]), r == null ? "" : Cells.date(r[1]), c[2]);
            }
        }
    }
}
