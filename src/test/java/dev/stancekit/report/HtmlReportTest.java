package dev.stancekit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.Quote;
import dev.stancekit.model.IngestResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    @Test
    void selfContainedEscapedPage() {
        List<IngestResult> inputs = new ArrayList<>(Fixtures.inputs());
        List<Quote> quotes = new ArrayList<>(Fixtures.quotes(inputs));
        quotes.add(Fixtures.quote(inputs.get(0).article(), 99, Fixtures.US_SEC,
                "<script>alert('x')</script> & more", new String[] {"trade"}, 1.0));
        Summary s = Summary.of(quotes, ReportPeriod.MONTH);
        String html = HtmlReport.render(ReportPeriod.MONTH, inputs, quotes, s,
                List.of(new ChartKit.Saved("c", "A \"chart\"", new byte[] {1, 2, 3}, new byte[0])), List.of());
        assertFalse(html.contains("<script>alert"), "quote text never becomes markup");
        assertTrue(html.contains("\\u003cscript\\u003ealert"), "in the quote table's data it is escaped JSON");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more"));
        assertTrue(html.contains("alt=\"A &quot;chart&quot;\""));
        assertTrue(html.contains("data:image/png;base64,AQID"));
        assertFalse(html.contains("src=\"http") || html.contains("<script src") || html.contains("<link"),
                "no network: no external script, style or image");
        assertTrue(html.contains("<a href=\"https://news.example.org/story-0\" rel=\"noopener\">Story number 0</a>"),
                "a quote links to its article, named by its headline");
        assertTrue(html.contains("<b>12</b>articles ok"));
        assertTrue(html.contains("<b>1</b>skipped") && html.contains("<b>1</b>errors"));
        assertTrue(html.contains("<b>" + quotes.size() + "</b>quotes"));
        assertTrue(html.contains("2024-01-03 \u2013 2024-06-03"));
        assertTrue(html.contains("(+1 undated)"));
        assertTrue(html.contains("broken.pdf") && html.contains("=cannot read"));
        // the most conciliatory US quote is listed first in the US table
        int us = html.indexOf("<h3>US</h3>");
        assertTrue(us > 0 && html.indexOf("&lt;script&gt;", us) > us);
        assertEquals(1, html.split("<h3>US</h3>", -1).length - 1);
    }

    @Test
    void emptyInputStillRenders() {
        String html = HtmlReport.render(ReportPeriod.WEEK, List.of(), List.of(), Summary.of(List.of(), ReportPeriod.WEEK),
                List.of(), List.of());
        assertTrue(html.contains("No quotes") && html.contains("no dates"));
        String warned = HtmlReport.render(ReportPeriod.WEEK, List.of(), List.of(), Summary.of(List.of(), ReportPeriod.WEEK),
                List.of(), List.of("chart <x> skipped: not rendered within 60.0 s"));
        assertTrue(warned.contains("<p class=\"warn\">Warning: chart &lt;x&gt; skipped"), warned);
        assertFalse(warned.contains("No charts: there are no quotes"));
    }
}
