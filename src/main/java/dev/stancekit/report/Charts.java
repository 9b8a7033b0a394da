package dev.stancekit.report;

import dev.stancekit.model.Quote;
import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Builds every chart of the report by file stem; a chart without data is left out. */
final class Charts {

    static final int TOP_SPEAKERS = 15;
    static final int FRAMING_TERMS = 12;
    static final int MIN_FRAMING_TERMS = 3;

    private Charts() {
    }

    static Map<String, Chart<?, ?>> all(Summary s, List<Quote> quotes,
                                        Map<String, List<FightinWords.Term>> framing) {
        Map<String, Chart<?, ?>> out = new LinkedHashMap<>();
        put(out, ToneByThemeChart.NAME, ToneByThemeChart.build(s));
        put(out, "quotes_per_speaker", speakers(quotes));
        for (String theme : Summary.distinct(s.rows().stream().map(Summary.Row::theme).toList(), Summary.Order.THEME)) {
            put(out, "tone_over_time_" + ChartKit.slug(theme), overTime(s, theme));
        }
        framing.forEach((theme, terms) -> put(out, "framing_" + ChartKit.slug(theme), framing(theme, terms)));
        return out;
    }

    private static void put(Map<String, Chart<?, ?>> out, String name, Chart<?, ?> c) {
        if (c != null) {
            String key = name;
            for (int i = 2; out.containsKey(key); i++) {
                key = name + "_" + i;
            }
            out.put(key, c);
        }
    }

    /** A theme id as shown to readers: "all themes", "no theme", underscores as spaces. */
    static String themeTitle(String theme) {
        return theme.equals(Summary.ALL_THEMES) ? "all themes"
                : theme.equals(Summary.NO_THEME) ? "no theme" : theme.replace('_', ' ');
    }

    /** Mean tone per dated period and side for one theme; null unless it has quotes in two periods. */
    static CategoryChart overTime(Summary s, String theme) {
        List<String> periods = new ArrayList<>();
        List<String> sides = new ArrayList<>();
        java.util.Set<String> withData = new java.util.HashSet<>();
        for (Summary.Row r : s.rows()) {
            if (!r.period().equals(ReportPeriod.ALL) && !r.period().equals(ReportPeriod.UNDATED)) {
                if (!periods.contains(r.period())) {
                    periods.add(r.period());
                }
                if (r.theme().equals(theme)) {
                    withData.add(r.period());
                    if (!sides.contains(r.side())) {
                        sides.add(r.side());
                    }
                }
            }
        }
        if (withData.size() < 2) {
            return null;
        }
        periods.sort(Summary.Order.PERIOD);
        sides.sort(Summary.Order.SIDE);
        CategoryChart c = new CategoryChart(1100, 620);
        c.setTitle("Mean tone over time: " + ChartKit.shorten(themeTitle(theme), 50));
        c.setXAxisTitle("period");
        c.setYAxisTitle("mean tone (\u22121 \u2026 +1)");
        ChartKit.style(c.getStyler());
        c.getStyler().setDefaultSeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        c.getStyler().setYAxisMin(-1.0).setYAxisMax(1.0);
        c.getStyler().setYAxisDecimalPattern("0.0");
        c.getStyler().setMarkerSize(10);
        c.getStyler().setOverlapped(true);
        c.getStyler().setXAxisLabelRotation(periods.size() > 10 ? 45 : 0);
        c.getStyler().setXAxisTickMarkSpacingHint(28); // label every period that fits, not every other
        if (periods.size() > 40) {
            c.getStyler().setXAxisMaxLabelCount(40);
        }
        for (String side : sides) {
            List<Double> ys = new ArrayList<>();
            for (String p : periods) {
                Summary.Row r = s.get(p, side, theme);
                ys.add(r == null ? null : r.meanTone());
            }
            CategorySeries ser = c.addSeries(side, periods, ys);
            ser.setLineColor(ChartKit.color(side));
            ser.setMarkerColor(ChartKit.color(side));
            ser.setMarker(SeriesMarkers.CIRCLE);
            ser.setLineStyle(new BasicStroke(2.5f));
        }
        return c;
    }

    /** The speakers with most quotes, coloured by side; null without named speakers. */
    static RowChart speakers(List<Quote> quotes) {
        Map<String, Integer> count = new HashMap<>();
        Map<String, String> side = new HashMap<>();
        for (Quote q : quotes) {
            String name = q.speaker().canonical();
            if (!name.isBlank()) {
                count.merge(name, 1, Integer::sum);
                side.putIfAbsent(name, q.side());
            }
        }
        List<BarRows.Bar> bars = count.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_SPEAKERS)
                .map(e -> new BarRows.Bar(e.getKey(), e.getValue(), side.get(e.getKey()),
                        ChartKit.color(side.get(e.getKey()))))
                .toList();
        return BarRows.build("Quotes per speaker (top " + TOP_SPEAKERS + ")", "quotes", bars, "0");
    }

    /**
     * Diverging bars: z-scores of the terms most typical of US (right) and Chinese (left) quotes;
     * null with fewer than {@link #MIN_FRAMING_TERMS} terms (too few to compare).
     */
    static RowChart framing(String theme, List<FightinWords.Term> terms) {
        List<FightinWords.Term> us = terms.stream().filter(t -> t.z() > 0).limit(FRAMING_TERMS).toList();
        List<FightinWords.Term> cn = terms.stream().filter(t -> t.z() < 0)
                .sorted(Comparator.comparingDouble(FightinWords.Term::z)).limit(FRAMING_TERMS)
                .sorted(Comparator.comparingDouble(FightinWords.Term::z).reversed()).toList();
        List<BarRows.Bar> bars = new ArrayList<>();
        us.forEach(t -> bars.add(new BarRows.Bar(t.term(), t.z(), "more typical of US quotes", ChartKit.US)));
        cn.forEach(t -> bars.add(new BarRows.Bar(t.term(), t.z(), "more typical of Chinese quotes", ChartKit.CHINA)));
        if (bars.size() < MIN_FRAMING_TERMS) {
            return null;
        }
        return BarRows.build("Framing: " + ChartKit.shorten(themeTitle(theme), 50) + " (US vs China)",
                "z-score of log-odds ratio (informative Dirichlet prior)", bars, "0.0");
    }
}
