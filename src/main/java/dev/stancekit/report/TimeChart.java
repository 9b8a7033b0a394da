package dev.stancekit.report;

import java.awt.BasicStroke;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
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
        c.setTitle("Mean tone per " + period.id() + ": " + ChartKit.shorten(Charts.themeTitle(theme), 50));
        c.setXAxisTitle("calendar; ring = fewer than " + set.intervalMinQuotes() + " quotes (no interval), "
                + "dot = " + set.intervalMinQuotes() + "\u2013" + (set.countBandLarge() - 1) + ", large dot = "
                + set.countBandLarge() + "+; bar = 95% interval");
        c.setYAxisTitle("mean tone (\u22121 \u2026 +1)");
        ChartKit.style(c.getStyler());
        c.getStyler().setAxisTitleFont(c.getStyler().getAxisTitleFont().deriveFont(13f));
        c.getStyler().setYAxisMin(-1.0).setYAxisMax(1.0);
        c.getStyler().setYAxisDecimalPattern("0.0");
        c.getStyler().setMarkerSize(11);
        c.getStyler().setTimezone(TimeZone.getTimeZone(ZoneOffset.UTC));
        c.getStyler().setDatePattern(period == ReportPeriod.YEAR ? "yyyy" : "yyyy-MM");
        LocalDate first = dated.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate last = dated.stream().max(LocalDate::compareTo).orElseThrow();
        // half a period of air on both sides so the first and last points are not on the frame
        c.getStyler().setXAxisMin((double) millis(first) - (millis(period.next(first)) - millis(first)) / 2.0);
        c.getStyler().setXAxisMax((double) millis(last) + (millis(period.next(last)) - millis(last)) / 2.0);
        for (int i = 0; i < sides.size(); i++) {
            addSide(c, sides.get(i), perSide.get(i), period, set);
        }
        return c.getSeriesCollection().isEmpty() ? null : c;
    }

    private static void addSide(XYChart c, String side, List<Point> points, ReportPeriod period, ReportSettings set) {
        if (points.isEmpty()) {
            return;
        }
        java.awt.Color col = ChartKit.color(side);
        int n = 0;
        for (List<Point> seg : segments(points, period)) {
            XYSeries line = c.addSeries(n == 0 ? side : hidden(side, "line", n), dates(seg),
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
                XYSeries bar = c.addSeries(hidden(side, "ci", n++), List.of(date(p.start()), date(p.start())),
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
                XYSeries dots = c.addSeries(hidden(side, b.name(), n++), dates(in),
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

    private static List<Date> dates(List<Point> ps) {
        return ps.stream().map(p -> date(p.start())).toList();
    }

    static Date date(LocalDate d) {
        return new Date(millis(d));
    }

    private static long millis(LocalDate d) {
        return d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
