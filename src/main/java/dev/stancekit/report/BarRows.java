package dev.stancekit.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Horizontal bars, one labelled row each, coloured by group, drawn on an XY chart (each bar a thick
 * line from 0) so that bars can be coloured one by one and can point left or right.
 */
final class BarRows {

    /** One bar: its row label, length, and the legend group that gives its colour. */
    record Bar(String label, double value, String group, Color color) {
    }

    private static final int ROW_PX = 34;

    private BarRows() {
    }

    /** The chart, or null without bars. Bars are drawn top to bottom in list order. */
    static RowChart build(String title, String xTitle, List<Bar> bars, String decimals) {
        return build(title, xTitle, bars, decimals, Double.NaN, Double.NaN);
    }

    /** As {@link #build(String, String, List, String)} with a fixed value axis when the bounds are not NaN. */
    static RowChart build(String title, String xTitle, List<Bar> bars, String decimals, double axisMin, double axisMax) {
        if (bars.isEmpty()) {
            return null;
        }
        int n = bars.size();
        RowChart c = new RowChart(1100, 200 + ROW_PX * n, bars.stream().map(Bar::label).toList());
        c.setTitle(title);
        c.setXAxisTitle(xTitle);
        ChartKit.style(c.getStyler());
        c.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        c.getStyler().setPlotGridHorizontalLinesVisible(false);
        c.getStyler().setXAxisDecimalPattern(decimals);
        c.getStyler().setLegendSeriesLineLength(18);
        double min = 0;
        double max = 0;
        Set<String> inLegend = new HashSet<>();
        for (int i = 0; i < n; i++) {
            Bar b = bars.get(i);
            double y = n - 1 - i;
            boolean first = inLegend.add(b.group());
            XYSeries s = c.addSeries(first ? b.group() : b.group() + "\u200B#" + i,
                    new double[] {0, b.value()}, new double[] {y, y});
            s.setMarker(SeriesMarkers.NONE).setLineColor(b.color());
            s.setLineStyle(new BasicStroke(ROW_PX * 0.55f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
            s.setShowInLegend(first);
            min = Math.min(min, b.value());
            max = Math.max(max, b.value());
        }
        double pad = (max - min) * 0.05 + 1e-9;
        c.getStyler().setXAxisMin(min < 0 ? min - pad : 0).setXAxisMax(max > 0 ? max + pad : 0);
        if (!Double.isNaN(axisMin)) {
            c.getStyler().setXAxisMin(axisMin).setXAxisMax(axisMax);
            min = Math.min(min, axisMin);
            max = Math.max(max, axisMax);
        }
        if (min < 0 && max > 0) {
            XYSeries zero = c.addSeries("\u200Bzero", new double[] {0, 0}, new double[] {-0.6, n - 0.4});
            zero.setMarker(SeriesMarkers.NONE).setLineColor(Color.DARK_GRAY).setShowInLegend(false);
            zero.setLineStyle(new BasicStroke(1f));
        }
        return c;
    }
}
