package dev.stancekit.report;

import dev.stancekit.model.Quote;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.knowm.xchart.internal.chartpart.Chart;

/** Every chart of the report with its one-line caption and the section it belongs to. */
final class Figures {

    /** Section of the overview figures (the others belong to a theme). */
    static final String OVERVIEW = "";

    /** A chart, its caption (what it shows and how many quotes it rests on) and its section. */
    record Figure(Chart<?, ?> chart, String caption, String section) {
    }

    private Figures() {
    }

    /** The figures by file stem; a chart without data is left out. */
    static Map<String, Figure> of(Summary s, List<Quote> quotes, Map<String, List<FightinWords.Term>> framing,
                                  List<Volume.PeriodRow> volume, ReportPeriod period, ReportSettings set) {
        Map<String, Figure> out = new LinkedHashMap<>();
        int all = quotes.size();
        int articles = (int) volume.stream().mapToInt(Volume.PeriodRow::articles).sum();
        put(out, "volume_over_time", Charts.volume(volume, period), String.format(Locale.ROOT,
                "Articles and quotes per %s on a calendar axis; rests on %,d articles and %,d quotes.",
                period.id(), articles, all), OVERVIEW);
        long allRows = s.rows().stream().filter(r -> r.period().equals(ReportPeriod.ALL)).count();
        long fewRows = s.rows().stream().filter(r -> r.period().equals(ReportPeriod.ALL) && !TimeChart.hasInterval(r, set)).count();
        put(out, ToneByThemeChart.NAME, ToneByThemeChart.build(s, set), String.format(Locale.ROOT,
                "Mean tone per theme and side over the whole archive; rests on %,d quotes. %d of %d points "
                        + "rest on fewer than %d quotes or on one article: rings, without interval.",
                all, fewRows, allRows, set.intervalMinQuotes()), OVERVIEW);
        RowChart speakers = Charts.speakers(quotes, s.sides());
        long named = quotes.stream().filter(q -> !q.speaker().canonical().isBlank()).count();
        put(out, "quotes_per_speaker", speakers, String.format(Locale.ROOT,
                "The %d most quoted named speakers, coloured by side; %,d of %,d quotes have a named speaker.",
                Charts.TOP_SPEAKERS, named, all), OVERVIEW);
        for (String theme : Summary.distinct(s.rows().stream().map(Summary.Row::theme).toList(), Summary.Order.THEME)) {
            Summary.Row total = null;
            int n = 0;
            int few = 0;
            int points = 0;
            for (Summary.Row r : s.rows()) {
                if (r.theme().equals(theme) && period.startOf(r.period()) != null) {
                    n += r.quotes();
                    points++;
                    few += TimeChart.hasInterval(r, set) ? 0 : 1;
                }
            }
            put(out, "tone_over_time_" + ChartKit.slug(theme), Charts.overTime(s, theme, period, set),
                    String.format(Locale.ROOT, "Mean tone per %s and side, %s; rests on %,d dated quotes in %d points, "
                                    + "%d of them without interval (fewer than %d quotes or one article).",
                            period.id(), s.themes().inSentence(theme), n, points, few, set.intervalMinQuotes()), theme);
        }
        var a = s.sides().side(s.sides().first());
        var b = s.sides().side(s.sides().second());
        framing.forEach((theme, terms) -> {
            int pass = Charts.significant(terms, set).size();
            put(out, "framing_" + ChartKit.slug(theme), Charts.framing(theme, terms, s.sides(), s.themes(), set),
                    String.format(Locale.ROOT, "Words more typical of %s or %s quotes, %s: %d of %d candidate terms "
                                    + "reach |z| \u2265 %s; rests on %,d %s and %s quotes.", a.adjective(), b.adjective(),
                            s.themes().inSentence(theme), pass, terms.size(), fmt(set.framingMinAbsZ()),
                            sideQuotes(quotes, theme, a.id(), b.id()), a.adjective(), b.adjective()), theme);
        });
        return out;
    }

    /** Quotes of the two contrasted sides in a theme ({@link Summary#ALL_THEMES} for all). */
    static int sideQuotes(List<Quote> quotes, String theme, String first, String second) {
        int n = 0;
        for (Quote q : quotes) {
            boolean side = q.side().equals(first) || q.side().equals(second);
            if (side && (theme.equals(Summary.ALL_THEMES) || Summary.themesOf(q).contains(theme))) {
                n++;
            }
        }
        return n;
    }

    static String fmt(double v) {
        return new java.text.DecimalFormat("0.##", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
    }

    private static void put(Map<String, Figure> out, String name, Chart<?, ?> c, String caption, String section) {
        if (c != null) {
            String key = name;
            Set<String> taken = new HashSet<>(out.keySet());
            for (int i = 2; taken.contains(key); i++) {
                key = name + "_" + i;
            }
            out.put(key, new Figure(c, caption, section));
        }
    }
}
