package dev.stancekit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RowChartTest {

    private static String randomLabel(Random r) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(4) == 0 ? r.nextInt(200) : r.nextInt(30);
        for (int i = 0; i < n; i++) {
            int cp = switch (r.nextInt(4)) {
                case 0 -> 'a' + r.nextInt(26);
                case 1 -> 0x4E00 + r.nextInt(500);     // CJK
                case 2 -> ' ';
                default -> 0x20 + r.nextInt(0x2FF);
            };
            b.appendCodePoint(cp);
        }
        return b.toString();
    }

    /** Random labels (unicode, blank, very long) and values of any sign always render. */
    @Test
    void randomRowsAlwaysRender() {
        Random r = new Random(42);
        for (int round = 0; round < 25; round++) {
            List<BarRows.Bar> bars = new ArrayList<>();
            int n = 1 + r.nextInt(30);
            for (int i = 0; i < n; i++) {
                double v = r.nextBoolean() ? r.nextInt(50) : r.nextGaussian() * Math.pow(10, r.nextInt(7) - 3);
                bars.add(new BarRows.Bar(randomLabel(r), v, "g" + r.nextInt(3), Color.GRAY));
            }
            RowChart c = BarRows.build("t", "x", bars, r.nextBoolean() ? "0" : "0.0");
            ChartKit.Saved s = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> ChartKit.save(c, null, "c"));
            assertTrue(s.png().length > 500);
            assertEquals(n, c.labels().size());
            assertTrue(c.labels().stream().allMatch(l -> l.length() <= RowChart.MAX_LABEL_CHARS), c.labels().toString());
            assertEquals(1100, c.getWidth());
        }
    }
}
