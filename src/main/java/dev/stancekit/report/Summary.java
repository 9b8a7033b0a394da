package dev.stancekit.report;

import dev.stancekit.model.Quote;
import dev.stancekit.model.Sides;
import dev.stancekit.model.ToneLabel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The period × side × theme table behind {@code summary.csv}, the charts and the HTML page. A quote
 * counts once in each of its themes ({@link #NO_THEME} when it has none) and once in
 * {@link #ALL_THEMES}; once in its period and once in {@link ReportPeriod#ALL}.
 */
final class Summary {

    static final String NO_THEME = "(none)";
    static final String ALL_THEMES = "(all)";

    /** One row of {@code summary.csv}. */
    record Row(String period, String side, String theme, int quotes, int articles, int speakers,
               double meanTone, Bootstrap.Interval ci, double shareConciliatory,
               double shareConfrontational) {
    }

    private final List<Row> rows;
    private final Sides sides;
    private final ThemeNames themes;
    private final Map<List<String>, Row> index = new java.util.HashMap<>();

    private Summary(List<Row> rows, Sides sides, ThemeNames themes) {
        this.rows = List.copyOf(rows);
        this.sides = sides;
        this.themes = themes;
        rows.forEach(r -> index.put(List.of(r.period, r.side, r.theme), r));
    }

    List<Row> rows() {
        return rows;
    }

    /** The sides: their order, colours and labels, and the pair the report contrasts. */
    Sides sides() {
        return sides;
    }

    /** The names readers see for the theme ids (labels of {@code themes.csv}). */
    ThemeNames themes() {
        return themes;
    }

    /** The row for a group, or null when it has no quotes. */
    Row get(String period, String side, String theme) {
        return index.get(List.of(period, side, theme));
    }

    /** Theme ids of a quote as grouped in the report. */
    static List<String> themesOf(Quote q) {
        return q.themes().isEmpty() ? List.of(NO_THEME) : q.themes();
    }

    static Summary of(List<Quote> quotes, ReportPeriod period) {
        return of(quotes, period, SideTable.DEFAULT);
    }

    static Summary of(List<Quote> quotes, ReportPeriod period, Sides sides) {
        return of(quotes, period, sides, ThemeNames.DEFAULT);
    }

    static Summary of(List<Quote> quotes, ReportPeriod period, Sides sides, ThemeNames themes) {
        Map<List<String>, List<Quote>> groups = new TreeMap<>(Order.key(sides));
        for (Quote q : quotes) {
            List<String> ths = new ArrayList<>(new java.util.LinkedHashSet<>(themesOf(q)));
            ths.add(ALL_THEMES);
            for (String p : List.of(period.label(q.date()), ReportPeriod.ALL)) {
                for (String t : ths) {
                    groups.computeIfAbsent(List.of(p, q.side(), t), k -> new ArrayList<>()).add(q);
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        groups.forEach((k, qs) -> rows.add(row(k.get(0), k.get(1), k.get(2), qs)));
        return new Summary(rows, sides, themes);
    }

    private static Row row(String period, String side, String theme, List<Quote> qs) {
        Set<String> articles = new HashSet<>();
        Set<String> speakers = new HashSet<>();
        List<String> clusters = new ArrayList<>();
        double[] tones = new double[qs.size()];
        double sum = 0;
        int conc = 0;
        int conf = 0;
        for (int i = 0; i < qs.size(); i++) {
            Quote q = qs.get(i);
            articles.add(q.article());
            if (!q.speaker().canonical().isEmpty()) {
                speakers.add(q.speaker().canonical());
            }
            clusters.add(q.article());
            tones[i] = q.tone().score();
            sum += tones[i];
            conc += q.tone().label() == ToneLabel.CONCILIATORY ? 1 : 0;
            conf += q.tone().label() == ToneLabel.CONFRONTATIONAL ? 1 : 0;
        }
        int n = qs.size();
        Bootstrap.Interval ci = Bootstrap.ci95(clusters, tones, period + "|" + side + "|" + theme);
        return new Row(period, side, theme, n, articles.size(), speakers.size(), sum / n, ci,
                conc / (double) n, conf / (double) n);
    }

    /** Sort orders used everywhere in the report. */
    static final class Order {
        static final Comparator<String> PERIOD = Comparator
                .comparingInt((String p) -> p.equals(ReportPeriod.ALL) ? 2 : p.equals(ReportPeriod.UNDATED) ? 1 : 0)
                .thenComparing(Comparator.naturalOrder());
        /** Sides in the order of the bundled sides.csv. */
        static final Comparator<String> SIDE = SideTable.DEFAULT.order();
        static final Comparator<String> THEME = Comparator
                .comparingInt((String t) -> t.equals(ALL_THEMES) ? 0 : t.equals(NO_THEME) ? 2 : 1)
                .thenComparing(Comparator.naturalOrder());
        static Comparator<List<String>> key(Sides sides) {
            return Comparator.comparing((List<String> k) -> k.get(0), PERIOD)
                    .thenComparing(k -> k.get(1), sides.order())
                    .thenComparing(k -> k.get(2), THEME);
        }

        private Order() {
        }
    }

    /** Distinct values in report order. */
    static List<String> distinct(java.util.Collection<String> values, Comparator<String> order) {
        java.util.TreeSet<String> set = new java.util.TreeSet<>(order);
        set.addAll(values);
        return new ArrayList<>(set);
    }
}
