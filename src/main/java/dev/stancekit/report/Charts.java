package dev.stancekit.report;

import dev.stancekit.model.Quote;
import dev.stancekit.model.Sides;
import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Builds every chart of the report by file stem; a chart without data is left out. */
final class Charts {

    static final int TOP_SPEAKERS = 15;
    static final int FRAMING_TERMS = 12;

    private Charts() {
    }

    static Map<String, Chart<?, ?>> all(Summary s, List<Quote> quotes,
                                        Map<String, List<FightinWords.Term>> framing) {
        Map<String, Chart<?, ?>> out = new LinkedHashMap<>();
        Figures.of(s, quotes, framing, List.of(), ReportPeriod.MONTH, ReportSettings.defaults())
                .forEach((k, f) -> out.put(k, f.chart()));
        return out;
    }

    /**
     * Mean tone per dated period and side for one theme on a calendar axis (see {@link TimeChart});
     * null unless it has quotes in two periods.
     */
    static XYChart overTime(Summary s, String theme) {
        return overTime(s, theme, ReportPeriod.MONTH, ReportSettings.defaults());
    }

    static XYChart overTime(Summary s, String theme, ReportPeriod period, ReportSettings set) {
        List<String> sides = new ArrayList<>(Summary.distinct(s.rows().stream().filter(r -> r.theme().equals(theme))
                .map(Summary.Row::side).toList(), Summary.Order.SIDE));
        sides.sort(s.sides().order());
        return TimeChart.build(s, period, theme, sides, set);
    }

    /** Articles and quotes per calendar period (zeros drawn: a period without articles has none). */
    static XYChart volume(List<Volume.PeriodRow> rows, ReportPeriod period) {
        List<Volume.PeriodRow> dated = rows.stream().filter(r -> r.start() != null).toList();
        if (dated.size() < 2) {
            return null;
        }
        XYChart c = new XYChart(1100, 520);
        c.setTitle("Articles and quotes per " + period.id());
        c.setXAxisTitle(period.id() + "s on a calendar axis");
        c.setYAxisGroupTitle(0, "quotes");
        c.setYAxisGroupTitle(1, "articles");
        c.getStyler().setYAxisGroupPosition(1, org.knowm.xchart.style.Styler.YAxisPosition.Right);
        ChartKit.style(c.getStyler());
        TimeChart.calendarAxis(c, period, dated.get(0).start(), dated.get(dated.size() - 1).start());
        c.getStyler().setYAxisMin(0, 0.0);
        c.getStyler().setYAxisMin(1, 0.0);
        c.getStyler().setYAxisDecimalPattern("#,##0");
        c.getStyler().setMarkerSize(dated.size() > 60 ? 4 : 8);
        List<Double> xs = dated.stream().map(r -> TimeChart.index(period, dated.get(0).start(), r.start())).toList();
        org.knowm.xchart.XYSeries q = c.addSeries("quotes", xs, dated.stream().map(r -> (Number) r.quotes()).toList());
        q.setLineColor(ChartKit.OTHER);
        q.setMarkerColor(ChartKit.OTHER);
        q.setMarker(SeriesMarkers.CIRCLE);
        org.knowm.xchart.XYSeries a = c.addSeries("articles (right axis)", xs, dated.stream().map(r -> (Number) r.articles()).toList());
        a.setYAxisGroup(1);
        a.setLineColor(ChartKit.UNKNOWN);
        a.setMarkerColor(ChartKit.UNKNOWN);
        a.setMarker(SeriesMarkers.SQUARE);
        a.setLineStyle(new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 5f}, 0f));
        q.setLineStyle(new BasicStroke(2.5f));
        return c;
    }

    /** The speakers with most quotes, coloured by side; null without named speakers. */
    static RowChart speakers(List<Quote> quotes) {
        return speakers(quotes, SideTable.DEFAULT);
    }

    static RowChart speakers(List<Quote> quotes, Sides sides) {
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
                        sides.colour(side.get(e.getKey()))))
                .toList();
        return BarRows.build("Quotes per speaker (top " + TOP_SPEAKERS + ")", "quotes", bars, "0");
    }

    /**
     * Diverging bars: z-scores of the terms more typical of US (right) or Chinese (left) quotes,
     * only those with |z| at or above the settings' threshold, on a fixed axis of
     * ±{@code framing_axis_max_z} so that charts of two runs compare; a longer bar is cut at the
     * edge and its z printed in its label. Null when no term passes the threshold.
     */
    static RowChart framing(String theme, List<FightinWords.Term> terms) {
        return framing(theme, terms, SideTable.DEFAULT, ThemeNames.DEFAULT, ReportSettings.defaults());
    }

    /** As above, for the contrast pair of {@code sides}: the first side right, the second left. */
    static RowChart framing(String theme, List<FightinWords.Term> terms, Sides sides, ReportSettings set) {
        return framing(theme, terms, sides, ThemeNames.DEFAULT, set);
    }

    /**
     * As above, for the contrast pair of {@code sides} (the first side right, the second left), the
     * theme named as {@code names} says.
     */
    static RowChart framing(String theme, List<FightinWords.Term> terms, Sides sides, ThemeNames names,
                            ReportSettings set) {
        Sides.Side a = sides.side(sides.first());
        Sides.Side b = sides.side(sides.second());
        List<FightinWords.Term> pass = significant(terms, set);
        List<FightinWords.Term> us = pass.stream().filter(t -> t.z() > 0)
                .sorted(Comparator.comparingDouble(FightinWords.Term::z).reversed()).limit(FRAMING_TERMS).toList();
        List<FightinWords.Term> cn = pass.stream().filter(t -> t.z() < 0)
                .sorted(Comparator.comparingDouble(FightinWords.Term::z)).limit(FRAMING_TERMS)
                .sorted(Comparator.comparingDouble(FightinWords.Term::z).reversed()).toList();
        double max = set.framingAxisMaxZ();
        List<BarRows.Bar> bars = new ArrayList<>();
        for (FightinWords.Term t : us) {
            bars.add(new BarRows.Bar(label(t, max), Math.min(t.z(), max), "more typical of " + a.adjective() + " quotes",
                    a.colour()));
        }
        for (FightinWords.Term t : cn) {
            bars.add(new BarRows.Bar(label(t, max), Math.max(t.z(), -max), "more typical of " + b.adjective() + " quotes",
                    b.colour()));
        }
        if (bars.isEmpty()) {
            return null;
        }
        String z = new java.text.DecimalFormat("0.##", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT))
                .format(set.framingMinAbsZ());
        return BarRows.build("Framing: " + ChartKit.shorten(names.title(theme), 50) + " (" + a.label() + " vs " + b.label()
                        + ", |z| \u2265 " + z + ")",
                "z-score of log-odds ratio (informative Dirichlet prior); axis fixed at \u00B1"
                        + (int) Math.round(max), bars, "0.0", -max, max);
    }

    /** The terms whose |z| reaches the threshold. */
    static List<FightinWords.Term> significant(List<FightinWords.Term> terms, ReportSettings set) {
        return terms.stream().filter(t -> Math.abs(t.z()) >= set.framingMinAbsZ()).toList();
    }

    private static String label(FightinWords.Term t, double max) {
        return Math.abs(t.z()) > max ? t.term() + String.format(java.util.Locale.ROOT, " (z=%.1f)", t.z()) : t.term();
    }
}
