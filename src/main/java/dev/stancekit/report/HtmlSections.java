package dev.stancekit.report;

import static dev.stancekit.report.HtmlReport.esc;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The contents list, figure blocks, volume tables, theme sections and wire-copy list of report.html. */
final class HtmlSections {

    /** Outlets listed in the page; the rest are in volume_by_outlet.csv. */
    static final int TOP_OUTLETS = 25;
    /** Wire-copy clusters listed in the page; the rest are in copies.csv. */
    static final int TOP_CLUSTERS = 30;
    /** This many or more consecutive periods without articles are one row of the volume table. */
    static final int EMPTY_RUN = 3;

    private HtmlSections() {
    }

    /** Themes that get a section: every theme with quotes, in report order, without (all). */
    static List<String> themes(HtmlReport.Page p) {
        List<String> out = new ArrayList<>(Summary.distinct(p.summary().rows().stream()
                .filter(r -> r.period().equals(ReportPeriod.ALL)).map(Summary.Row::theme).toList(), Summary.Order.THEME));
        out.remove(Summary.ALL_THEMES);
        return out;
    }

    static String anchor(String theme) {
        return "theme-" + ChartKit.slug(theme);
    }

    static void contents(StringBuilder b, HtmlReport.Page p, List<String> themes) {
        b.append("<nav class=\"toc\"><h2>Contents</h2><ol><li><a href=\"#overview\">Overview</a> (volume, tone by theme, ")
                .append("speakers, US vs China table)</li><li><a href=\"#volume\">Volume per period and outlet</a></li>");
        for (String t : themes) {
            int n = p.summary().rows().stream().filter(r -> r.period().equals(ReportPeriod.ALL) && r.theme().equals(t))
                    .mapToInt(Summary.Row::quotes).sum();
            b.append("<li><a href=\"#").append(anchor(t)).append("\">Theme: ").append(esc(p.summary().themes().title(t)))
                    .append("</a> <span class=\"muted\">(").append(String.format(Locale.ROOT, "%,d", n))
                    .append(" quotes)</span></li>");
        }
        b.append("<li><a href=\"#quotes\">All quotes (search, sort)</a></li>")
                .append("<li><a href=\"#extremes\">Most conciliatory and most confrontational quotes</a></li>");
        if (!p.copies().clusters().isEmpty()) {
            b.append("<li><a href=\"#copies\">Wire copies</a></li>");
        }
        if (p.inputs().stream().anyMatch(r -> !r.isOk())) {
            b.append("<li><a href=\"#problems\">Inputs not analysed</a></li>");
        }
        if (p.inputs().stream().anyMatch(r -> r.isOk() && !r.message().isBlank())) {
            b.append("<li><a href=\"#notes\">Inputs analysed with a note</a></li>");
        }
        b.append("</ol></nav>\n");
    }

    /**
     * The figures of one section with their captions; with {@code unsectioned} (no figure
     * metadata) every saved chart goes into the overview.
     */
    static void figures(StringBuilder b, HtmlReport.Page p, String section, boolean unsectioned) {
        for (ChartKit.Saved c : p.charts()) {
            Figures.Figure f = p.figures().get(c.name());
            boolean here = f == null ? unsectioned && section.equals(Figures.OVERVIEW) : f.section().equals(section);
            if (here) {
                b.append("<figure><img alt=\"").append(esc(c.title())).append("\" src=\"data:image/png;base64,")
                        .append(Base64.getEncoder().encodeToString(c.png())).append("\">");
                if (f != null) {
                    b.append("<figcaption>").append(esc(f.caption())).append("</figcaption>");
                }
                b.append("</figure>\n");
            }
        }
    }

    static void volume(StringBuilder b, HtmlReport.Page p) {
        b.append("<h2 id=\"volume\">Volume per period and outlet</h2>\n");
        List<Volume.PeriodRow> rows = p.volume();
        if (rows.isEmpty()) {
            b.append("<p>No articles.</p>\n");
            return;
        }
        b.append("<p class=\"muted\">Every calendar period from the first to the last dated article; a period ")
                .append("without articles shows 0, and a run of ").append(EMPTY_RUN).append(" or more such periods ")
                .append("is one row. Per period (zeros included), side and theme: volume_by_period.csv, ")
                .append("volume_by_side_theme.csv.</p>\n")
                .append("<table><tr><th>period</th><th class=\"n\">articles</th><th class=\"n\">quotes</th>")
                .append("<th class=\"n\">outlets</th></tr>\n");
        for (int i = 0; i < rows.size(); i++) {
            Volume.PeriodRow r = rows.get(i);
            int j = i;
            while (j < rows.size() && rows.get(j).articles() == 0 && rows.get(j).start() != null) {
                j++;
            }
            if (j - i >= EMPTY_RUN) {
                b.append("<tr class=\"gap\"><td class=\"d\">").append(esc(r.period())).append(" \u2026 ")
                        .append(esc(rows.get(j - 1).period())).append("</td><td class=\"n\" colspan=\"3\">")
                        .append(j - i).append(" ").append(p.period().id()).append("s without articles</td></tr>\n");
                i = j - 1;
                continue;
            }
            b.append("<tr><td class=\"d\">").append(esc(r.period())).append("</td><td class=\"n\">").append(r.articles())
                    .append("</td><td class=\"n\">").append(r.quotes()).append("</td><td class=\"n\">")
                    .append(r.outlets()).append("</td></tr>\n");
        }
        b.append("</table>\n");
        Map<String, int[]> outlets = new java.util.TreeMap<>();
        Map<String, Integer> perArticle = new java.util.HashMap<>();
        p.quotes().forEach(q -> perArticle.merge(q.article(), 1, Integer::sum));
        Volume.articles(p.inputs()).values().forEach(a -> {
            int[] c = outlets.computeIfAbsent(Volume.outlet(a), k -> new int[2]);
            c[0]++;
            c[1] += perArticle.getOrDefault(a.id(), 0);
        });
        List<Map.Entry<String, int[]>> top = outlets.entrySet().stream()
                .sorted((x, y) -> Integer.compare(y.getValue()[0], x.getValue()[0])).limit(TOP_OUTLETS).toList();
        b.append("<h3>Outlets</h3><p class=\"muted\">").append(top.size()).append(" of ").append(outlets.size())
                .append(" outlets, most articles first (all in volume_by_outlet.csv). Quotes of wire copies count ")
                .append("with the first outlet that ran the story.</p>\n<table><tr><th>outlet</th><th class=\"n\">articles</th>")
                .append("<th class=\"n\">quotes</th></tr>\n");
        for (Map.Entry<String, int[]> e : top) {
            b.append("<tr><td>").append(esc(e.getKey())).append("</td><td class=\"n\">").append(e.getValue()[0])
                    .append("</td><td class=\"n\">").append(e.getValue()[1]).append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    static void theme(StringBuilder b, HtmlReport.Page p, String theme) {
        b.append("<h2 id=\"").append(anchor(theme)).append("\">Theme: ").append(esc(p.summary().themes().title(theme)))
                .append("</h2>\n<table><tr><th>side</th><th class=\"n\">quotes</th><th class=\"n\">articles</th>")
                .append("<th class=\"n\">speakers</th><th class=\"n\">mean tone</th><th class=\"n\">95% interval</th></tr>\n");
        for (Summary.Row r : p.summary().rows()) {
            if (r.period().equals(ReportPeriod.ALL) && r.theme().equals(theme)) {
                b.append("<tr><td>").append(esc(r.side())).append("</td><td class=\"n\">").append(r.quotes())
                        .append("</td><td class=\"n\">").append(r.articles()).append("</td><td class=\"n\">")
                        .append(r.speakers()).append("</td><td class=\"n\">").append(Cells.num3(r.meanTone()))
                        .append("</td><td class=\"n\">").append(interval(r, p.settings())).append("</td></tr>\n");
            }
        }
        b.append("</table>\n");
        figures(b, p, theme, false);
        List<FightinWords.Term> terms = p.framing().get(theme);
        if (terms != null && Charts.significant(terms, p.settings()).isEmpty()) {
            var sides = p.summary().sides();
            var a = sides.side(sides.first());
            var c = sides.side(sides.second());
            b.append("<p class=\"note\">Framing: no term separates ").append(esc(a.adjective())).append(" from ")
                    .append(esc(c.adjective())).append(" quotes on this theme at |z| \u2265 ")
                    .append(Figures.fmt(p.settings().framingMinAbsZ())).append(" (").append(terms.size())
                    .append(" candidate terms, ").append(Figures.sideQuotes(p.quotes(), theme, a.id(), c.id()))
                    .append(" ").append(esc(a.adjective())).append(" and ").append(esc(c.adjective()))
                    .append(" quotes), so no framing chart is drawn.</p>\n");
        }
    }

    static String interval(Summary.Row r, ReportSettings set) {
        if (!TimeChart.hasInterval(r, set)) {
            return r.quotes() < set.intervalMinQuotes() ? "n/a (fewer than " + set.intervalMinQuotes() + " quotes)"
                    : "n/a (1 article)";
        }
        return Cells.num3(r.ci().low()) + " \u2026 " + Cells.num3(r.ci().high());
    }

    static void copies(StringBuilder b, HtmlReport.Page p) {
        Map<String, List<WireCopies.Member>> cl = p.copies().clusters();
        if (cl.isEmpty()) {
            return;
        }
        Map<String, dev.stancekit.model.Article> arts = Volume.articles(p.inputs());
        b.append("<h2 id=\"copies\">Wire copies</h2>\n<p class=\"muted\">").append(cl.size())
                .append(" stories were carried by more than one outlet (near-identical text); each is counted once, ")
                .append("under its earliest article. ").append(Math.min(TOP_CLUSTERS, cl.size()))
                .append(" shown, most copies first; all in copies.csv.</p>\n<table><tr><th>canonical article</th>")
                .append("<th>copies (outlet, similarity)</th></tr>\n");
        cl.entrySet().stream().sorted((x, y) -> Integer.compare(y.getValue().size(), x.getValue().size()))
                .limit(TOP_CLUSTERS).forEach(e -> {
                    dev.stancekit.model.Article a = arts.get(e.getKey());
                    b.append("<tr><td>").append(esc(a == null || a.title().isBlank() ? e.getKey() : a.title()))
                            .append("<br><span class=\"muted\">").append(esc(Volume.outlet(a))).append("</span></td><td>");
                    for (WireCopies.Member m : e.getValue().subList(1, e.getValue().size())) {
                        b.append(esc(m.id())).append(" (").append(esc(m.outlet())).append(", ")
                                .append(String.format(Locale.ROOT, "%.2f", m.similarity())).append(")<br>");
                    }
                    b.append("</td></tr>\n");
                });
        b.append("</table>\n");
    }
}
