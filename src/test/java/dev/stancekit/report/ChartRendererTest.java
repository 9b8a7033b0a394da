package dev.stancekit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Chart;

class ChartRendererTest {

    @TempDir
    Path dir;

    /** A chart whose layout never finishes (until its thread is interrupted). */
    private static final class StuckChart extends XYChart {
        StuckChart() {
            super(400, 300);
            setTitle("stuck");
            addSeries("s", new double[] {0, 1}, new double[] {0, 1});
        }

        @Override
        public void paint(Graphics2D g, int width, int height) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static XYChart ok(String title) {
        XYChart c = new XYChart(400, 300);
        c.setTitle(title);
        c.addSeries("s", new double[] {0, 1, 2}, new double[] {2, 0, 1});
        return c;
    }

    @Test
    void aChartThatNeverFinishesIsSkippedWithAWarning() throws IOException {
        Map<String, Chart<?, ?>> charts = new LinkedHashMap<>();
        charts.put("first", ok("first"));
        charts.put("stuck", new StuckChart());
        charts.put("last", ok("last"));
        ChartRenderer.Result r = ChartRenderer.render(charts, dir, Duration.ofMillis(300));
        assertEquals(List.of("first", "last"), r.saved().stream().map(ChartKit.Saved::name).toList());
        assertEquals(1, r.warnings().size());
        assertTrue(r.warnings().get(0).contains("stuck"), r.warnings().get(0));
        assertTrue(Files.exists(dir.resolve("last.png")));
        assertFalse(Files.exists(dir.resolve("stuck.png")));
    }

    @Test
    void aChartThatFailsIsSkippedAndAnUnwritableFolderIsAnError() throws IOException {
        XYChart broken = new XYChart(400, 300);
        broken.addSeries("s", new double[] {0, 1}, new double[] {0, 1});
        broken.getStyler().setDefaultSeriesRenderStyle(null);
        Map<String, Chart<?, ?>> charts = new LinkedHashMap<>();
        charts.put("broken", broken);
        charts.put("fine", ok("fine"));
        ChartRenderer.Result r = ChartRenderer.render(charts, null, Duration.ofSeconds(60));
        assertEquals(List.of("fine"), r.saved().stream().map(ChartKit.Saved::name).toList());
        assertTrue(r.warnings().get(0).startsWith("chart broken skipped"), r.warnings().get(0));
        Path file = Files.writeString(dir.resolve("plain.txt"), "x");
        assertThrows(IOException.class, () -> ChartRenderer.render(Map.of("fine", ok("fine")), file, Duration.ofSeconds(60)));
    }
}
