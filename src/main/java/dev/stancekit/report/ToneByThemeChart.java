package dev.stancekit.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Mean tone by theme and side over the whole corpus, with 95% bootstrap intervals as horizontal
 * bars. Drawn as an XY chart (themes as rows) because the intervals are asymmetric.
 */
final class ToneByThemeChart {

    static final String NAME = "tone_by_theme";

    private ToneByThemeChart() {
    }

    /** The chart with the bundled settings, or null when there are no quotes. */
    static RowChart build(Summary s) {
        return build(s, ReportSettings.defaults());
    }

    /**
     * The chart, or null when there are no quotes. A mean resting on too few quotes (or on one
     * article) for an interval is drawn as a ring without a bar, so it does not look as solid as one
     * resting on many.
     */
    static RowChart build(Summary s, ReportSettings set) {
        List<String> themes = new ArrayList<>();
        List<String> sides = new ArrayList<>();
        for (Summary.Row r : s.rows()) {
            if (r.period().equals(ReportPeriod.ALL)) {
                if (!themes.contains(r.theme())) {
                    themes.add(r.theme());
                }
                if (!sides.contains(r.side())) {
                    sides.add(r.side());
                }
            }
        }
        if (themes.isEmpty()) {
            return null;
        }
        themes.sort(Summary.Order.THEME);
        sides.sort(s.sides().order());
        int n = themes.size();
        RowChart c = new RowChart(1100, 190 + 64 * n, themes.stream().map(s.themes()::title).toList());
        c.setTitle("Mean tone by theme and side (95% bootstrap CI)");
        c.setXAxisTitle("mean tone  (\u22121 confrontational \u2026 +1 conciliatory); ring = fewer than "
                + set.intervalMinQuotes() + " quotes or one article (no interval)");
        ChartKit.style(c.getStyler());
        c.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        c.getStyler().setPlotGridHorizontalLinesVisible(false);
        c.getStyler().setXAxisDecimalPattern("0.00");
        c.getStyler().setMarkerSize(13);

        double extent = 0.25;
        double step = sides.size() == 1 ? 0 : 0.5 / (sides.size() - 1);
        List<Runnable> cis = new ArrayList<>();
        for (int si = 0; si < sides.size(); si++) {
            String side = sides.get(si);
            Color col = s.sides().colour(side);
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            List<Double> fewX = new ArrayList<>();
            List<Double> fewY = new ArrayList<>();
            for (int ti = 0; ti < n; ti++) {
                Summary.Row r = s.get(ReportPeriod.ALL, side, themes.get(ti));
                if (r == null) {
                    continue;
                }
                double y = (n - 1 - ti) + 0.25 - si * step;
                boolean solid = TimeChart.hasInterval(r, set);
                (solid ? xs : fewX).add(r.meanTone());
                (solid ? ys : fewY).add(y);
                extent = Math.max(extent, Math.abs(r.meanTone()));
                if (solid && r.ci().defined()) {
                    extent = Math.max(extent, Math.max(Math.abs(r.ci().low()), Math.abs(r.ci().high())));
                    final int k = ti;
                    cis.add(() -> {
                        XYSeries ci = c.addSeries(side + " CI " + k, new double[] {r.ci().low(), r.ci().high()},
                                new double[] {y, y});
                        ci.setMarker(SeriesMarkers.NONE).setLineColor(col);
                        ci.setLineStyle(new BasicStroke(3f)).setShowInLegend(false);
                    });
                }
            }
            if (!xs.isEmpty() || !fewX.isEmpty()) {
                XYSeries m = xs.isEmpty() ? c.addSeries(side, fewX, fewY) : c.addSeries(side, xs, ys);
                m.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                m.setMarker(xs.isEmpty() ? new SizedMarker(0.8, false) : SeriesMarkers.CIRCLE).setMarkerColor(col);
            }
            if (!xs.isEmpty() && !fewX.isEmpty()) {
                XYSeries few = c.addSeries(side + " (few quotes)", fewX, fewY);
                few.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                few.setMarker(new SizedMarker(0.8, false)).setMarkerColor(col).setShowInLegend(false);
            }
        }
        cis.forEach(Runnable::run);
        double lim = Math.min(1.0, Math.ceil(extent * 1.1 * 4) / 4);
        c.getStyler().setXAxisMin(-lim).setXAxisMax(lim);
        XYSeries zero = c.addSeries("neutral", new double[] {0, 0}, new double[] {-0.6, n - 0.4});
        zero.setMarker(SeriesMarkers.NONE).setLineColor(Color.DARK_GRAY);
        zero.setLineStyle(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 4f}, 0f)).setShowInLegend(false);
        return c;
    }
}
