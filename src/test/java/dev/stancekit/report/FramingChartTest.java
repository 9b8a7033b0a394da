package dev.stancekit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Framing charts draw only terms past the stated |z| threshold, on a fixed axis. */
class FramingChartTest {

    static FightinWords.Term term(String t, double z) {
        return new FightinWords.Term(t, 3, 3, z / 3, z);
    }

    @Test
    void onlyTermsPastTheThresholdAreDrawn() {
        List<FightinWords.Term> terms = List.of(term("provocation", 2.5), term("dialogue", 0.1),
                term("hegemony", -3.0), term("meeting", -1.5), term("stability", 1.96));
        RowChart c = Charts.framing("trade", terms, SideTable.DEFAULT, ReportSettings.defaults());
        assertEquals(List.of("provocation", "stability", "hegemony"), c.labels());
        assertEquals(3, Charts.significant(terms, ReportSettings.defaults()).size());
        assertTrue(c.getTitle().contains("|z| \u2265 1.96"), c.getTitle());
    }

    @Test
    void noPassingTermMeansNoChartAndTheHtmlSaysSo() {
        List<FightinWords.Term> weak = List.of(term("dialogue", 0.0), term("talks", -1.2), term("trade", 1.9));
        assertNull(Charts.framing("trade", weak, SideTable.DEFAULT, ReportSettings.defaults()));
        List<dev.stancekit.model.IngestResult> inputs = Fixtures.inputs();
        List<dev.stancekit.model.Quote> quotes = Fixtures.quotes(inputs);
        Summary s = Summary.of(quotes, ReportPeriod.MONTH);
        String html = HtmlReport.render(new HtmlReport.Page(ReportPeriod.MONTH, inputs, quotes, s,
                java.util.Map.of("trade", weak), java.util.Map.of(), List.of(), List.of(),
                Volume.perPeriod(inputs, quotes, ReportPeriod.MONTH), WireCopies.NONE, ReportSettings.defaults()));
        int section = html.indexOf("id=\"theme-trade\"");
        assertTrue(section > 0);
        assertTrue(html.indexOf("no term separates US from Chinese quotes on this theme at |z| \u2265 1.96", section) > section);
    }

    @Test
    void theAxisIsFixedSoTwoRunsCompare() {
        RowChart small = Charts.framing("a", List.of(term("x", 2.1), term("y", -2.2)), SideTable.DEFAULT, ReportSettings.defaults());
        RowChart big = Charts.framing("a", List.of(term("x", 9.0), term("y", -2.2)), SideTable.DEFAULT, ReportSettings.defaults());
        for (RowChart c : List.of(small, big)) {
            assertEquals(-6.0, c.getStyler().getXAxisMin());
            assertEquals(6.0, c.getStyler().getXAxisMax());
        }
        assertEquals("x (z=9.0)", big.labels().get(0), "a bar past the axis is cut and says its z");
        double drawn = big.getSeriesCollection().stream().mapToDouble(s -> s.getXData()[1]).max().orElseThrow();
        assertEquals(6.0, drawn, 1e-9);
    }
}
