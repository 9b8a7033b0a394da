package dev.stancekit.report;

import dev.stancekit.model.Quote;
import dev.stancekit.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's quote table: every quote as compact JSON inside the page, and the plain JavaScript
 * ({@code quote-table.js}) that searches, filters by side and theme, sorts by any column and pages
 * through it. Needs no network.
 */
final class QuoteTableHtml {

    /** Longest quote text put into the page; longer quotes end with an ellipsis. */
    static final int MAX_TEXT = 600;

    private QuoteTableHtml() {
    }

    /**
     * @param articles the archived articles by id
     * @param copies   per canonical article id, how many copies (other articles) of it were found
     * @param outlets  per canonical article id, how many outlets carried it (1 when it has no copies)
     * @param themes   the names shown for the theme ids (the data and the filter values keep the ids)
     */
    static void append(StringBuilder b, List<Quote> quotes, Map<String, Article> articles,
                       Map<String, Integer> copies, Map<String, Integer> outlets, ThemeNames themes) {
        b.append("<div class=\"qt-controls\"><input id=\"qt-search\" type=\"search\" placeholder=\"search quotes, ")
                .append("speakers, headlines, outlets\" aria-label=\"search quotes\" size=\"48\">")
                .append("<select id=\"qt-side\" aria-label=\"side\"><option value=\"\">all sides</option></select>")
                .append("<select id=\"qt-theme\" aria-label=\"theme\"><option value=\"\">all themes</option></select>")
                .append("<span id=\"qt-status\" class=\"muted\"></span></div>\n")
                .append("<table id=\"qt\"><thead><tr><th>date</th><th>speaker</th><th>side</th><th>themes</th>")
                .append("<th>tone</th><th>quote</th><th>article \u2014 outlet</th><th>outlets</th></tr></thead>")
                .append("<tbody id=\"qt-body\"></tbody></table>\n")
                .append("<p><button id=\"qt-more\" type=\"button\">show more</button></p>\n")
                .append("<noscript><p class=\"warn\">The quote table needs JavaScript; quotes.csv holds the same rows.</p></noscript>\n");
        b.append("<script type=\"application/json\" id=\"quote-data\">");
        data(b, quotes, articles, copies, outlets, themes);
        b.append("</script>\n<script>").append(script()).append("</script>\n");
    }

    private static void data(StringBuilder b, List<Quote> quotes, Map<String, Article> articles,
                             Map<String, Integer> copies, Map<String, Integer> outlets, ThemeNames themes) {
        Map<String, Integer> index = new HashMap<>();
        b.append("{\"articles\":[");
        for (Quote q : quotes) {
            if (!index.containsKey(q.article())) {
                Article a = articles.get(q.article());
                if (!index.isEmpty()) {
                    b.append(',');
                }
                index.put(q.article(), index.size());
                b.append('[');
                str(b, q.article()).append(',');
                str(b, a == null ? "" : a.title()).append(',');
                str(b, q.date() == null ? "" : q.date().toString()).append(',');
                str(b, a == null ? "" : a.source().strip()).append(','); // no "(unknown outlet)" on every row
                str(b, a == null ? "" : safeUrl(a.url())).append(',');
                b.append(copies.getOrDefault(q.article(), 0)).append(']');
            }
        }
        b.append("],\"quotes\":[");
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            b.append(i == 0 ? "[" : ",[").append(index.get(q.article())).append(',');
            str(b, q.speaker().canonical().isBlank() ? q.speakerMention() : q.speaker().canonical()).append(',');
            str(b, q.side()).append(',');
            str(b, String.join(";", q.themes())).append(',');
            b.append(Cells.num3(q.tone().score())).append(',');
            str(b, q.tone().label().label()).append(',');
            str(b, q.kind().label()).append(',');
            str(b, ChartKit.shorten(q.text(), MAX_TEXT)).append(',');
            b.append(outlets.getOrDefault(q.article(), 1)).append(']');
        }
        b.append("],\"themes\":{");
        Map<String, String> names = new java.util.TreeMap<>();
        for (Quote q : quotes) {
            for (String t : q.themes()) {
                names.computeIfAbsent(t, themes::title);
            }
        }
        String sep = "";
        for (Map.Entry<String, String> e : names.entrySet()) {
            str(b.append(sep), e.getKey()).append(':');
            str(b, e.getValue());
            sep = ",";
        }
        b.append("}}");
    }

    /** Only http(s) links are kept, so that a manifest cannot put a javascript: link into the page. */
    static String safeUrl(String url) {
        String u = url.strip();
        String lower = u.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? u : "";
    }

    /** A JSON string that is also safe inside a script element (no "<", so no "</script>"). */
    static StringBuilder str(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '<' -> b.append("\\u003c");
                case '>' -> b.append("\\u003e");
                case '&' -> b.append("\\u0026");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\u2028' -> b.append("\\u2028");
                case '\u2029' -> b.append("\\u2029");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"');
    }

    static String script() {
        try (InputStream in = QuoteTableHtml.class.getResourceAsStream("quote-table.js")) {
            if (in == null) {
                throw new IllegalStateException("quote-table.js is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
