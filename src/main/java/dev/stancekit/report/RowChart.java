package dev.stancekit.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.AxesChartStyler;

/**
 * An XY chart whose rows (y = 0 at the bottom … n − 1 at the top) carry text labels drawn in a
 * column left of the plot.
 *
 * <p>The labels are painted here, not by XChart: XChart 4.0.3 searches tick spacings in an
 * unbounded loop ({@code AxisTickCalculator_.calculate}) until its tick labels "fit", and a tick
 * label longer than 20 characters among the first three ticks never fits, so a Y-axis formatting
 * function that returns a long name (e.g. a speaker's) hangs the rendering forever. Here XChart
 * only sees a plain numeric Y axis, with its tick labels hidden.
 */
final class RowChart extends XYChart {

    static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
    static final int MAX_LABEL_CHARS = 48;
    private static final int GAP = 10;
    private static final int MAX_COLUMN = 420;
    /** Smallest font the X-axis title is shrunk to so that it fits beside a wide label column. */
    static final float MIN_X_TITLE_PX = 11f;
    /** Room kept free beside the X-axis title, for the plot's inner margins. */
    private static final int TITLE_SLACK = 40;

    private final List<String> labels;
    private final int column;

    /**
     * @param labels row labels, top row first; the Y axis must span −0.6 … n − 0.4 (set here)
     */
    RowChart(int width, int height, List<String> labels) {
        super(width, height);
        this.labels = labels.stream().map(l -> ChartKit.shorten(l, MAX_LABEL_CHARS)).toList();
        FontRenderContext frc = new FontRenderContext(null, true, true);
        double widest = 0;
        for (String l : this.labels) {
            widest = Math.max(widest, LABEL_FONT.getStringBounds(l.isEmpty() ? " " : l, frc).getWidth());
        }
        this.column = (int) Math.min(MAX_COLUMN, Math.ceil(widest) + 2 * GAP);
        AxesChartStyler s = getStyler();
        s.setYAxisTicksVisible(false);
        s.setYAxisTitleVisible(false);
        s.setYAxisMin(-0.6).setYAxisMax(this.labels.size() - 0.4);
    }

    /** The row labels as drawn, top row first. */
    List<String> labels() {
        return labels;
    }

    @Override
    public void paint(Graphics2D g, int width, int height) {
        fitXAxisTitle(width - column);
        Graphics2D inner = (Graphics2D) g.create();
        try {
            inner.setColor(getStyler().getChartBackgroundColor());
            inner.fillRect(0, 0, width, height);
            inner.translate(column, 0);
            super.paint(inner, width - column, height);
        } finally {
            inner.dispose();
            setWidth(width);
            setHeight(height);
        }
        paintLabels(g);
    }

    /**
     * XChart centres the X-axis title under the plot, which the label column narrows: a long title
     * beside long row labels would run past the right edge. Its font is made smaller (down to
     * {@link #MIN_X_TITLE_PX}) until it fits the width the plot gets.
     */
    private void fitXAxisTitle(int plotWidth) {
        String title = getXAxisTitle();
        if (title == null || title.isBlank()) {
            return;
        }
        AxesChartStyler s = getStyler();
        double room = plotWidth - 2.0 * s.getChartPadding() - TITLE_SLACK;
        FontRenderContext frc = new FontRenderContext(null, true, true);
        Font f = s.getAxisTitleFont();
        while (f.getSize2D() > MIN_X_TITLE_PX && f.getStringBounds(title, frc).getWidth() > room) {
            f = f.deriveFont(Math.max(MIN_X_TITLE_PX, f.getSize2D() - 1f));
        }
        s.setAxisTitleFont(f);
    }

    /** The width left of the plot that the row labels take. */
    int column() {
        return column;
    }

    private void paintLabels(Graphics2D g) {
        Rectangle2D pb = plot.getBounds();
        double tickSpace = getStyler().getPlotContentSize() * pb.getHeight();
        double margin = (pb.getHeight() - tickSpace) / 2;
        double min = -0.6;
        double max = labels.size() - 0.4;
        Graphics2D t = (Graphics2D) g.create();
        try {
            t.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            t.setFont(LABEL_FONT);
            t.setColor(Color.BLACK);
            double right = column + pb.getX() - GAP;
            for (int i = 0; i < labels.size(); i++) {
                double v = labels.size() - 1 - i;
                double y = pb.getY() + pb.getHeight() - (margin + (v - min) / (max - min) * tickSpace);
                String l = labels.get(i);
                Rectangle2D b = t.getFontMetrics().getStringBounds(l, t);
                double x = Math.max(2, right - b.getWidth());
                t.drawString(l, (float) x, (float) (y + t.getFontMetrics().getAscent() / 2.0 - 2));
            }
        } finally {
            t.dispose();
        }
    }
}
