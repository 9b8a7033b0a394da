package dev.stancekit.report;

import dev.stancekit.briefing.PodiumContrast;
import dev.stancekit.model.Quote;
import dev.stancekit.model.IngestResult;
import dev.stancekit.model.Article;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@code report.html}: one self-contained page (inline CSS, charts as base64 PNG). */
final class HtmlReport {

    static final int TOP_QUOTES = 3;
    /** Inputs with a note listed in the page; all are in articles.csv. */
    static final int NOTES = 200;
    private static final String CSS = "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;"
            + "max-width:1180px;margin:24px auto;padding:0 16px;color:#222;line-height:1.45;overflow-wrap:break-word}"
            + ".scroll{overflow-x:auto;max-width:100%}td a,td.id{overflow-wrap:anywhere}"
            + "figure{margin:8px 0;max-width:100%}details summary{cursor:pointer;margin:6px 0}"
            + "h1{margin-bottom:4px}h2{margin-top:36px;border-bottom:2px solid #ddd;padding-bottom:4px}"
            + ".cards{display:flex;flex-wrap:wrap;gap:12px}.card{background:#f5f7fa;border-radius:8px;"
            + "padding:10px 16px;min-width:120px}.card b{display:block;font-size:1.6em}"
            + "table{border-collapse:collapse;width:100%;font-size:0.95em}th,td{border-bottom:1px solid #e3e3e3;"
            + "padding:6px 8px;text-align:left;vertical-align:top}th{background:#f0f2f5}td.n{text-align:right;"
            + "font-variant-numeric:tabular-nums}img{max-width:100%;height:auto;border:1px solid #eee;margin:8px 0}"
            + ".us{color:#1f5fbf}.china{color:#c62828}.q{font-style:italic}.muted{color:#666;font-size:0.9em}"
            + "table.themes th.n{text-align:right}table.themes th.g,table.themes td.g{border-left:2px solid #d0d4da}"
            + "table.themes th[colspan]{text-align:center}table.themes tr:nth-child(even) td{background:#fafbfc}"
            + "td.d{white-space:nowrap}figcaption{color:#444;font-size:0.92em;margin-bottom:18px}nav.toc ol{columns:2}"
            + ".qt-controls{display:flex;gap:8px;align-items:center;flex-wrap:wrap;margin:8px 0}#qt th{cursor:pointer}"
            + "#qt th[aria-sort=ascending]::after{content:' \\25B2'}#qt th[aria-sort=descending]::after{content:' \\25BC'}"
            + "th.n{text-align:right}.note{background:#f5f7fa;padding:6px 10px;border-left:4px solid #9aa5b1}"
            + "td.d{white-space:nowrap}.warn{color:#8a4b00;background:#fff4e0;padding:6px 10px;border-left:4px solid #d9a441}";

    private HtmlReport() {
    }

    /** Everything one page shows. */
    record Page(ReportPeriod period, List<IngestResult> inputs, List<Quote> quotes, Summary summary,
                Map<String, List<FightinWords.Term>> framing, Map<String, Figures.Figure> figures,
                List<ChartKit.Saved> charts, List<String> warnings, List<Volume.PeriodRow> volume,
                WireCopies copies, ReportSettings settings) {
    }

    /** A page without framing terms, captions, volume or copies (for tests of the basic layout). */
    static String render(ReportPeriod period, List<IngestResult> inputs, List<Quote> quotes, Summary s,
                         List<ChartKit.Saved> charts, List<String> warnings) {
        return render(new Page(period, inputs, quotes, s, Map.of(), Map.of(), charts, warnings,
                Volume.perPeriod(inputs, quotes, period), WireCopies.NONE, ReportSettings.defaults()));
    }

    static String render(Page p) {
        StringBuilder b = new StringBuilder(1 << 16);
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
                .append("<title>stancekit report</title><style>").append(CSS).append("</style></head><body>\n");
        b.append("<h1>stancekit report</h1><p class=\"muted\">How US and Chinese speakers are quoted: ")
                .append("tone from \u22121 (confrontational) to +1 (conciliatory); periods by ")
                .append(p.period().id()).append(". Covers every article in the archive of this output folder.</p>\n");
        headline(b, p.inputs(), p.quotes());
        List<String> themes = HtmlSections.themes(p);
        HtmlSections.contents(b, p, themes);
        b.append("<h2 id=\"overview\">Overview</h2>\n");
        for (String w : p.warnings()) {
            b.append("<p class=\"warn\">Warning: ").append(esc(w)).append("</p>\n");
        }
        if (p.charts().isEmpty() && p.warnings().isEmpty()) {
            b.append("<p>No charts: there are no quotes.</p>\n");
        }
        HtmlSections.figures(b, p, Figures.OVERVIEW, p.figures().isEmpty());
        b.append("<h3>US vs China by theme</h3>\n");
        themeTable(b, p.summary());
        HtmlSections.volume(b, p);
        podiums(b, PodiumContrast.of(p.quotes(), p.period()::label), p.summary().themes());
        for (String t : themes) {
            HtmlSections.theme(b, p, t);
        }
        b.append("<h2 id=\"quotes\">All quotes</h2>\n<p class=\"muted\">Type to search; click a column to sort. ")
                .append("Each headline links to its article. A wire story carried by several outlets is listed once; ")
                .append("\u201Coutlets\u201D counts the outlets that carried it.</p>\n");
        QuoteTableHtml.append(b, p.quotes(), Volume.articles(p.inputs()), p.copies().copyCounts(),
                p.copies().outletCounts(), p.summary().themes());
        b.append("<h2 id=\"extremes\">Most conciliatory and most confrontational quotes</h2>\n");
        extremes(b, p.quotes(), Volume.articles(p.inputs()));
        HtmlSections.copies(b, p);
        problems(b, p.inputs());
        notes(b, p.inputs());
        b.append("</body></html>\n");
        return scrollable(b.toString());
    }

    /** Every table in a container that scrolls sideways, so that no table widens the page. */
    static String scrollable(String html) {
        return html.replace("<table", "<div class=\"scroll\"><table").replace("</table>", "</table></div>");
    }

    /** Inputs analysed with a remark (an ambiguous date, a breadcrumb title, a decoding note); the first NOTES in the page. */
    private static void notes(StringBuilder b, List<IngestResult> inputs) {
        List<IngestResult> noted = inputs.stream().filter(r -> r.isOk() && !r.message().isBlank()).toList();
        if (noted.isEmpty()) {
            return;
        }
        b.append("<h2 id=\"notes\">Inputs analysed with a note</h2>\n<p class=\"muted\">").append(noted.size())
                .append(noted.size() == 1 ? " input was" : " inputs were")
                .append(" analysed with a remark, e.g. a date that could not be read (the article then counts as undated).")
                .append(noted.size() > NOTES ? " The first " + NOTES + " are listed; all are in articles.csv (column message)." : "")
                .append("</p>\n<details").append(noted.size() <= 10 ? " open" : "").append("><summary>show the ")
                .append(Math.min(NOTES, noted.size())).append(" notes</summary>\n<table><tr><th>input</th><th>note</th></tr>\n");
        for (IngestResult r : noted.subList(0, Math.min(NOTES, noted.size()))) {
            b.append("<tr><td class=\"id\">").append(esc(r.id())).append("</td><td>").append(esc(r.message()))
                    .append("</td></tr>\n");
        }
        b.append("</table></details>\n");
    }

    private static void headline(StringBuilder b, List<IngestResult> inputs, List<Quote> quotes) {
        long ok = inputs.stream().filter(IngestResult::isOk).count();
        long skipped = inputs.stream().filter(r -> r.status() == IngestResult.Status.SKIPPED).count();
        long error = inputs.stream().filter(r -> r.status() == IngestResult.Status.ERROR).count();
        long speakers = quotes.stream().map(q -> q.speaker().canonical()).filter(n -> !n.isBlank()).distinct().count();
        List<LocalDate> dates = inputs.stream().filter(IngestResult::isOk).map(r -> r.article().date())
                .filter(Objects::nonNull).sorted().toList();
        long undated = inputs.stream().filter(r -> r.isOk() && r.article().date() == null).count();
        String range = dates.isEmpty() ? "no dates" : dates.get(0).equals(dates.get(dates.size() - 1))
                ? dates.get(0).toString() : dates.get(0) + " \u2013 " + dates.get(dates.size() - 1);
        b.append("<div class=\"cards\">");
        card(b, "articles ok", ok);
        card(b, "skipped", skipped);
        card(b, "errors", error);
        card(b, "quotes", quotes.size());
        card(b, "speakers", speakers);
        card(b, "outlets", inputs.stream().filter(IngestResult::isOk).map(r -> Volume.outlet(r.article())).distinct().count());
        b.append("<div class=\"card\"><b>").append(esc(range)).append("</b>period")
                .append(undated > 0 ? " (+" + undated + " undated)" : "").append("</div></div>\n");
    }

    private static void card(StringBuilder b, String label, long n) {
        b.append("<div class=\"card\"><b>").append(n).append("</b>").append(esc(label)).append("</div>");
    }

    private static void themeTable(StringBuilder b, Summary s) {
        List<String> themes = Summary.distinct(s.rows().stream().filter(r -> r.period().equals(ReportPeriod.ALL))
                .map(Summary.Row::theme).toList(), Summary.Order.THEME);
        if (themes.isEmpty()) {
            b.append("<p>No quotes.</p>\n");
            return;
        }
        b.append("<table class=\"themes\"><tr><th rowspan=\"2\">theme</th>")
                .append("<th colspan=\"3\" class=\"us g\">").append(esc(s.sides().side(s.sides().first()).label()))
                .append("</th><th colspan=\"3\" class=\"china g\">").append(esc(s.sides().side(s.sides().second()).label()))
                .append("</th></tr>\n<tr>");
        for (int i = 0; i < 2; i++) {
            b.append("<th class=\"n g\">quotes</th><th class=\"n\">mean tone</th><th class=\"n\">95% interval</th>");
        }
        b.append("</tr>\n");
        for (String t : themes) {
            if (s.get(ReportPeriod.ALL, s.sides().first(), t) == null && s.get(ReportPeriod.ALL, s.sides().second(), t) == null) {
                continue;
            }
            b.append("<tr><td>").append(esc(s.themes().title(t))).append("</td>");
            for (String side : List.of(s.sides().first(), s.sides().second())) {
                Summary.Row r = s.get(ReportPeriod.ALL, side, t);
                if (r == null) {
                    b.append("<td class=\"n g\">0</td><td class=\"n\">\u2013</td><td class=\"n\">\u2013</td>");
                } else {
                    b.append("<td class=\"n g\">").append(r.quotes()).append("</td><td class=\"n\">")
                            .append(Cells.num3(r.meanTone())).append("</td><td class=\"n\">")
                            .append(r.ci().defined() ? Cells.num3(r.ci().low()) + " \u2026 " + Cells.num3(r.ci().high())
                                    : "n/a (1 article)").append("</td>");
                }
            }
            b.append("</tr>\n");
        }
        b.append("</table>\n<p class=\"muted\">95% percentile bootstrap intervals resampling articles.</p>\n");
    }

    /** What each briefing podium said per period and theme (only when some input is a transcript). */
    private static void podiums(StringBuilder b, List<PodiumContrast.Row> rows, ThemeNames themes) {
        if (rows.isEmpty()) {
            return;
        }
        b.append("<h3 id=\"podiums\">Podiums: what each side said at its briefings</h3>\n<table><tr><th>period</th><th>theme</th>")
                .append("<th>side</th><th>speakers</th><th>statements</th><th>mean tone</th><th>most pointed</th></tr>\n");
        for (PodiumContrast.Row r : rows) {
            b.append("<tr><td>").append(esc(r.period())).append("</td><td>").append(esc(themes.title(r.theme())))
                    .append("</td><td>").append(esc(r.side())).append("</td><td>").append(esc(r.speakers()))
                    .append("</td><td>").append(r.statements()).append("</td><td>")
                    .append(String.format(java.util.Locale.ROOT, "%+.2f", r.meanTone())).append("</td><td>\u201C")
                    .append(esc(ChartKit.shorten(r.example(), 300))).append("\u201D</td></tr>\n");
        }
        b.append("</table>\n");
    }

    private static void extremes(StringBuilder b, List<Quote> quotes, Map<String, Article> articles) {
        List<String> sides = Summary.distinct(quotes.stream().map(Quote::side).toList(), Summary.Order.SIDE);
        if (sides.isEmpty()) {
            b.append("<p>No quotes.</p>\n");
        }
        for (String side : sides) {
            List<Quote> qs = quotes.stream().filter(q -> q.side().equals(side)).toList();
            Comparator<Quote> byTone = Comparator.comparingDouble((Quote q) -> q.tone().score()).thenComparing(Quote::id);
            b.append("<h3>").append(esc(side)).append("</h3>\n<table><tr><th>tone</th><th>quote</th><th>speaker</th>")
                    .append("<th>date</th><th>article</th></tr>\n");
            b.append("<tr><th colspan=\"5\">most conciliatory</th></tr>\n");
            qs.stream().sorted(byTone.reversed()).limit(TOP_QUOTES).forEach(q -> quoteRow(b, q, articles));
            List<Quote> low = qs.stream().sorted(byTone)
                    .limit(Math.max(0, Math.min(TOP_QUOTES, qs.size() - TOP_QUOTES))).toList();
            if (!low.isEmpty()) {
                b.append("<tr><th colspan=\"5\">most confrontational</th></tr>\n");
                low.forEach(q -> quoteRow(b, q, articles));
            }
            b.append("</table>\n");
        }
    }

    private static void quoteRow(StringBuilder b, Quote q, Map<String, Article> articles) {
        b.append("<tr><td class=\"n\">").append(Cells.num3(q.tone().score())).append("<br><span class=\"muted\">")
                .append(q.tone().label().label()).append("</span></td><td class=\"q\">\u201C")
                .append(esc(ChartKit.shorten(q.text(), 400))).append("\u201D</td><td>")
                .append(esc(q.speaker().canonical().isBlank() ? q.speakerMention() : q.speaker().canonical()))
                .append("</td><td class=\"d\">").append(q.date() == null ? "undated" : q.date()).append("</td><td>")
                .append(articleLink(articles.get(q.article()), q.article())).append("</td></tr>\n");
    }

    private static void problems(StringBuilder b, List<IngestResult> inputs) {
        List<IngestResult> bad = inputs.stream().filter(r -> !r.isOk()).toList();
        if (bad.isEmpty()) {
            return;
        }
        b.append("<h2 id=\"problems\">Inputs not analysed</h2>\n<table><tr><th>input</th><th>status</th><th>reason</th></tr>\n");
        for (IngestResult r : bad) {
            b.append("<tr><td>").append(esc(r.id())).append("</td><td>").append(r.status().label())
                    .append("</td><td>").append(esc(r.message())).append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    /** The article's headline (else its id) linked to its URL when it has an http(s) one, and its outlet. */
    static String articleLink(Article a, String id) {
        String text = esc(a == null || a.title().isBlank() ? id : a.title());
        String url = a == null ? "" : QuoteTableHtml.safeUrl(a.url());
        String link = url.isEmpty() ? text : "<a href=\"" + esc(url) + "\" rel=\"noopener\">" + text + "</a>";
        return a == null || a.source().isBlank() ? link : link + "<br><span class=\"muted\">" + esc(a.source().strip()) + "</span>";
    }

    /** Escapes text for HTML content and attribute values. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
