package dev.stancekit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.Article;
import dev.stancekit.model.Quote;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYSeries;

class ToneByThemeChartTest {

    @Test
    void meansOnFewQuotesAreRingsWithoutInterval() {
        List<Quote> qs = new ArrayList<>();
        for (int i = 0; i < 12; i++) { // US on trade: 12 quotes from 6 articles, enough for an interval
            Article a = Fixtures.article(i / 2, LocalDate.of(2024, 1 + i / 2, 1));
            qs.add(Fixtures.quote(a, i, Fixtures.US_SEC, "We talk " + i, new String[] {"trade"}, i % 3 * 0.2 - 0.2));
        }
        for (int i = 0; i < 2; i++) { // China on trade: 2 quotes from 2 articles, too few
            Article a = Fixtures.article(20 + i, LocalDate.of(2024, 3, 1));
            qs.add(Fixtures.quote(a, i, Fixtures.CN_MIN, "We talk " + i, new String[] {"trade"}, 0.5 + 0.1 * i));
        }
        Summary s = Summary.of(qs, ReportPeriod.MONTH);
        RowChart c = ToneByThemeChart.build(s, ReportSettings.defaults());
        List<String> names = c.getSeriesCollection().stream().map(XYSeries::getName).toList();
        assertTrue(names.stream().anyMatch(n -> n.startsWith("US CI")), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.startsWith("China CI")), "no interval from 2 quotes: " + names);
        XYSeries china = c.getSeries("China");
        assertTrue(china.getMarker() instanceof SizedMarker, "China's means are drawn as rings");
        assertFalse(c.getSeries("US").getMarker() instanceof SizedMarker);
        assertEquals(2, china.getXData().length, "trade and all themes");
    }
}
