package dev.stancekit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.Quote;
import dev.stancekit.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/** Tone over time on a calendar axis: gaps stay gaps, points show what they rest on. */
class TimeChartTest {

    @TempDir
    Path dir;

    /** US quotes in 2023-02 (one article, 1 quote), 2023-03 (two articles, 8 quotes) and 2023-06 (40 quotes). */
    static List<Quote> gappy() {
        List<Quote> qs = new ArrayList<>();
        Article feb = Fixtures.article(1, LocalDate.of(2023, 2, 10));
        qs.add(Fixtures.quote(feb, 1, Fixtures.US_SEC, "We talk", new String[] {"trade"}, 0.5));
        for (int k = 0; k < 2; k++) {
            Article mar = Fixtures.article(10 + k, LocalDate.of(2023, 3, 5 + k));
            for (int i = 0; i < 4; i++) {
                qs.add(Fixtures.quote(mar, i + 1, Fixtures.US_SEC, "We talk " + i, new String[] {"trade"}, 0.1 * i - k * 0.3));
            }
        }
        for (int k = 0; k < 8; k++) {
            Article jun = Fixtures.article(20 + k, LocalDate.of(2023, 6, 1 + k));
            for (int i = 0; i < 5; i++) {
                qs.add(Fixtures.quote(jun, i + 1, Fixtures.US_SEC, "We warn " + i, new String[] {"trade"}, -0.1 * i));
            }
        }
        return qs;
    }

    @Test
    void periodsSitOnTheCalendarAndEmptyPeriodsBreakTheLine() {
        Summary s = Summary.of(gappy(), ReportPeriod.MONTH);
        List<TimeChart.Point> ps = TimeChart.points(s, ReportPeriod.MONTH, "US", "trade");
        assertEquals(List.of(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 3, 1), LocalDate.of(2023, 6, 1)),
                ps.stream().map(TimeChart.Point::start).toList());
        List<List<TimeChart.Point>> segs = TimeChart.segments(ps, ReportPeriod.MONTH);
        assertEquals(2, segs.size(), "March and June are not adjacent");
        assertEquals(2, segs.get(0).size());
        assertEquals(4.0, TimeChart.index(ReportPeriod.MONTH, ps.get(0).start(), ps.get(2).start()),
                "June is four months after February on the axis");
        assertEquals(2.0, TimeChart.index(ReportPeriod.WEEK, LocalDate.of(2023, 12, 25), LocalDate.of(2024, 1, 8)));
        assertEquals(1.0, TimeChart.index(ReportPeriod.QUARTER, LocalDate.of(2023, 10, 1), LocalDate.of(2024, 1, 1)));
    }

    @Test
    void pointsShowTheirQuoteCountsAndIntervalsOnlyWhereEnoughQuotes() {
        ReportSettings set = ReportSettings.defaults();
        Summary s = Summary.of(gappy(), ReportPeriod.MONTH);
        XYChart c = TimeChart.build(s, ReportPeriod.MONTH, "trade", List.of("US"), set);
        assertNotNull(c);
        List<XYSeries> series = new ArrayList<>(c.getSeriesCollection());
        long lines = series.stream().filter(x -> !x.getName().matches(".*#(ci|SMALL|MEDIUM|LARGE)\\d+")
                && x.getXData().length > 1).count();
        assertEquals(1, lines, "only Feb-Mar is a line; June stands alone");
        List<XYSeries> bars = series.stream().filter(x -> x.getName().contains("#ci")).toList();
        assertEquals(2, bars.size(), "March (8 quotes, 2 articles) and June (40 quotes) get intervals; February (1) not");
        assertTrue(bars.stream().noneMatch(b -> b.getXData()[0] == 0.0), "no interval at February");
        assertEquals(TimeChart.Band.SMALL, TimeChart.Band.of(1, set));
        assertEquals(TimeChart.Band.MEDIUM, TimeChart.Band.of(8, set));
        assertEquals(TimeChart.Band.LARGE, TimeChart.Band.of(40, set));
        assertTrue(series.stream().anyMatch(x -> x.getName().contains("#SMALL") && x.getXData().length == 1
                && x.getXData()[0] == 0.0), "February is a small ring");
        assertTrue(series.stream().anyMatch(x -> x.getName().contains("#LARGE")));
        assertEquals("2023-06", c.getStyler().getxAxisTickLabelsFormattingFunction().apply(4.0));
        assertEquals("", c.getStyler().getxAxisTickLabelsFormattingFunction().apply(4.5));
        assertNull(TimeChart.build(Summary.of(gappy().subList(0, 1), ReportPeriod.MONTH), ReportPeriod.MONTH, "trade",
                List.of("US"), set), "one period is no time series");
    }

    @Test
    void rendersForLooking() throws IOException {
        Path out = Path.of(System.getenv().getOrDefault("STANCEKIT_KEEP", dir.toString()));
        Files.createDirectories(out);
        Summary s = Summary.of(gappy(), ReportPeriod.MONTH);
        ChartKit.Saved saved = ChartKit.save(Charts.overTime(s, "trade", ReportPeriod.MONTH, ReportSettings.defaults()),
                out, "gappy_over_time");
        assertTrue(saved.png().length > 1000);
        assertFalse(new String(saved.svg(), java.nio.charset.StandardCharsets.UTF_8).isEmpty());
    }
}
