package dev.stancekit.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.ChartEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/** Colours, fonts and file output shared by all charts. */
final class ChartKit {

    static final Color US = new Color(0x1F, 0x5F, 0xBF);
    static final Color CHINA = new Color(0xC6, 0x28, 0x28);
    static final Color OTHER = new Color(0x6E, 0x6E, 0x6E);
    static final Color UNKNOWN = new Color(0xD9, 0xA4, 0x41);
    private static final List<Color> EXTRA = List.of(new Color(0x2E, 0x8B, 0x57),
            new Color(0x8E, 0x44, 0xAD), new Color(0xD3, 0x8B, 0x1C));
    static final Color GRID = new Color(0xE4, 0xE4, 0xE4);

    /** A chart written to disk: its file stem and the PNG and SVG bytes. */
    record Saved(String name, String title, byte[] png, byte[] svg) {
    }

    static {
        // Charts are only rendered to files; never ask for a display (a user's explicit setting wins).
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private ChartKit() {
    }

    static Color color(String side) {
        return switch (side) {
            case "US" -> US;
            case "China" -> CHINA;
            case "other" -> OTHER;
            case "unknown" -> UNKNOWN;
            default -> EXTRA.get(Math.floorMod(side.hashCode(), EXTRA.size()));
        };
    }

    /** Readable defaults: white background, 15-18 px fonts, light grid, legend outside. */
    static void style(AxesChartStyler s) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(false);
        s.setPlotGridLinesColor(GRID);
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
        s.setChartTitleBoxVisible(false);
        s.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        s.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
        s.setLegendBorderColor(Color.WHITE);
        s.setChartPadding(16);
        s.setAxisTickMarksStroke(new BasicStroke(1f));
        s.setLocale(Locale.ROOT);
    }

    /** A file-safe stem for a theme id. */
    static String slug(String s) {
        String t = s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{IsAlphabetic}\\p{IsDigit}]+", "_")
                .replaceAll("^_+|_+$", "");
        t = t.isEmpty() ? "x" + Integer.toHexString(s.hashCode()) : t;
        return t.length() > 60 ? t.substring(0, 60) : t;
    }

    /** Shortens a label to {@code max} characters with an ellipsis. */
    static String shorten(String s, int max) {
        String t = s.strip().replaceAll("\\s+", " ");
        return t.length() <= max ? t : t.substring(0, max - 1) + "\u2026";
    }

    /** Renders the chart; writes {@code name.png} and {@code name.svg} into {@code dir} unless null. */
    static Saved save(Chart<?, ?> chart, Path dir, String name) throws IOException {
        byte[] png = ChartEncoder.getBytes(chart, "png");
        byte[] svg = ChartEncoder.getBytes(chart, "svg");
        return write(new Saved(name, chart.getTitle(), png, svg), dir);
    }

    /** Writes {@code name.png} and {@code name.svg} into {@code dir} unless null; returns {@code s}. */
    static Saved write(Saved s, Path dir) throws IOException {
        if (dir != null) {
            Files.write(dir.resolve(s.name() + ".png"), s.png());
            Files.write(dir.resolve(s.name() + ".svg"), s.svg());
        }
        return s;
    }
}
