package dev.stancekit.report;

import java.awt.BasicStroke;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Mean tone over time for one theme on a calendar axis: one point per period with quotes, lines
 * only between adjacent periods (an empty period breaks the line), marker size by the number of
 * quotes the point rests on, and a 95% interval bar where the point rests on enough quotes.
 */
final class TimeChart {

    /** One point: the period's first day and its summary row. */
    record Point(LocalDate start, Summary.Row row) {
    }

    /** The count band of a point: small (no interval), medium, large. */
    enum Band {
        SMALL(0.7, false), MEDIUM(1.0, true), LARGE(1.6, true);

        final double scale;
        final boolean filled;

        Band(double scale, boolean filled) {
            this.scale = scale;
            this.filled = filled;
        }

        static Band of(int quotes, ReportSettings s) {
            return quotes < s.intervalMinQuotes() ? SMALL : quotes < s.countBandLarge() ? MEDIUM : LARGE;
        }
    }

    private TimeChart() {
    }

    /** The dated points of one side and theme, oldest first. */
    static List<Point> points(Summary s, ReportPeriod period, String side, String theme) {
        TreeMap<LocalDate, Summary.Row> byStart = new TreeMap<>();
        for (Summary.Row r : s.rows()) {
            LocalDate start = period.startOf(r.period());
            if (start != null && r.side().equals(side) && r.theme().equals(theme)) {
                byStart.put(start, r);
            }
        }
        List<Point> out = new ArrayList<>();
        byStart.forEach((d, r) -> out.add(new Point(d, r)));
        return out;
    }

    /** Splits points into runs of adjacent periods: a period without quotes ends a run. */
    static List<List<Point>> segments(List<Point> points, ReportPeriod period) {
        List<List<Point>> out = new ArrayList<>();
        List<Point> cur = new ArrayList<>();
        for (Point p : points) {
            if (!cur.isEmpty() && !period.next(cur.get(cur.size() - 1).start()).equals(p.start())) {
                out.add(cur);
                cur = new ArrayList<>();
            }
            cur.add(p);
        }
        if (!cur.isEmpty()) {
            out.add(cur);
        }
        return out;
    }

    /** Whether a point gets an interval bar. */
    static boolean hasInterval(Summary.Row r, ReportSettings set) {
        return r.quotes() >= set.intervalMinQuotes() && r.ci().defined();
    }

    /** The chart, or null unless the theme has quotes in two or more dated periods. */
    static XYChart build(Summary s, ReportPeriod period, String theme, List<String> sides, ReportSettings set) {
        List<List<Point>> perSide = new ArrayList<>();
        java.util.Set<LocalDate> dated = new java.util.HashSet<>();
        for (String side : sides) {
            List<Point> ps = points(s, period, side, theme);
            perSide.add(ps);
            ps.forEach(p -> dated.add(p.start()));
        }
        if (dated.size() < 2) {
            return null;
        }
        XYChart c = new XYChart(1100, 620);
        c.setTitle("Mean tone per " + period.id() + ": " + ChartKit.shorten(s.themes().title(theme), 50));
        c.setXAxisTitle(period.id() + "s on a calendar axis; ring = fewer than " + set.intervalMinQuotes() + " quotes (no interval), "
                + "dot = " + set.intervalMinQuotes() + "\u2013" + (set.countBandLarge() - 1) + ", large dot = "
                + set.countBandLarge() + "+; bar = 95% interval (needs " + set.intervalMinQuotes() + "+ quotes from 2+ articles)");
        c.setYAxisTitle("mean tone (\u22121 \u2026 +1)");
        ChartKit.style(c.getStyler());
        c.getStyler().setAxisTitleFont(c.getStyler().getAxisTitleFont().deriveFont(13f));
        c.getStyler().setYAxisMin(-1.0).setYAxisMax(1.0);
        c.getStyler().setYAxisDecimalPattern("0.0");
        c.getStyler().setMarkerSize(11);
        LocalDate first = dated.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate last = dated.stream().max(LocalDate::compareTo).orElseThrow();
        calendarAxis(c, period, first, last);
        for (int i = 0; i < sides.size(); i++) {
            addSide(c, sides.get(i), s.sides().colour(sides.get(i)), perSide.get(i), period, first, set);
        }
        return c.getSeriesCollection().isEmpty() ? null : c;
    }

    /**
     * An x axis counting periods from {@code first} (one unit per week, month, quarter or year, so
     * that gaps show as gaps), labelled with the period labels, with one period of air at both ends.
     */
    static void calendarAxis(XYChart c, ReportPeriod period, LocalDate first, LocalDate last) {
        // integer bounds: the axis puts its ticks at min + k * step, so they land on whole periods
        c.getStyler().setXAxisMin(-1.0).setXAxisMax(index(period, first, last) + 1);
        c.getStyler().setxAxisTickLabelsFormattingFunction(x -> {
            long i = Math.round(x);
            return Math.abs(x - i) > 1e-6 || i < 0 ? "" : period.label(at(period, first, i));
        });
    }

    /** The number of periods from the period starting on {@code first} to the one starting on {@code start}. */
    static double index(ReportPeriod period, LocalDate first, LocalDate start) {
        return switch (period) {
            case WEEK -> ChronoUnit.WEEKS.between(first, start);
            case MONTH -> ChronoUnit.MONTHS.between(first, start);
            case QUARTER -> ChronoUnit.MONTHS.between(first, start) / 3;
            case YEAR -> ChronoUnit.YEARS.between(first, start);
        };
    }

    static LocalDate at(ReportPeriod period, LocalDate first, long i) {
        return switch (period) {
            case WEEK -> first.plusWeeks(i);
            case MONTH -> first.plusMonths(i);
            case QUARTER -> first.plusMonths(3 * i);
            case YEAR -> first.plusYears(i);
        };
    }

    private static void addSide(XYChart c, String side, java.awt.Color col, List<Point> points, ReportPeriod period,
                                LocalDate first, ReportSettings set) {
        if (points.isEmpty()) {
            return;
        }
        int n = 0;
        for (List<Point> seg : segments(points, period)) {
            XYSeries line = c.addSeries(n == 0 ? side : hidden(side, "line", n), xs(seg, period, first),
                    seg.stream().map(p -> p.row().meanTone()).toList());
            line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            line.setMarker(SeriesMarkers.NONE);
            line.setLineColor(col);
            line.setLineStyle(new BasicStroke(2.5f));
            line.setShowInLegend(n == 0);
            n++;
        }
        for (Point p : points) {
            if (hasInterval(p.row(), set)) {
                double x = index(period, first, p.start());
                XYSeries bar = c.addSeries(hidden(side, "ci", n++), List.of(x, x),
                        List.of(p.row().ci().low(), p.row().ci().high()));
                bar.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
                bar.setMarker(SeriesMarkers.NONE);
                bar.setLineColor(col);
                bar.setLineStyle(new BasicStroke(1.5f));
                bar.setShowInLegend(false);
            }
        }
        for (Band b : Band.values()) {
            List<Point> in = points.stream().filter(p -> Band.of(p.row().quotes(), set) == b).toList();
            if (!in.isEmpty()) {
                XYSeries dots = c.addSeries(hidden(side, b.name(), n++), xs(in, period, first),
                        in.stream().map(p -> p.row().meanTone()).toList());
                dots.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                dots.setMarker(new SizedMarker(b.scale, b.filled));
                dots.setMarkerColor(col);
                dots.setShowInLegend(false);
            }
        }
    }

    private static String hidden(String side, String what, int n) {
        return side + "\u200B#" + what + n;
    }

    private static List<Double> xs(List<Point> ps, ReportPeriod period, LocalDate first) {
        return ps.stream().map(p -> index(period, first, p.start())).toList();
    }
}
