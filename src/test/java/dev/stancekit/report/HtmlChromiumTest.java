package dev.stancekit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.Quote;
import dev.stancekit.model.IngestResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads report.html in headless Chromium and reads the page after its script ran: the quote table
 * fills, and a search, a side filter and a theme filter (preset through the address, the same code
 * path as typing) narrow it to the right rows. Skipped when no Chromium is installed.
 */
class HtmlChromiumTest {

    @TempDir
    Path dir;

    static String chromium() {
        for (String c : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(c))) {
                return c;
            }
        }
        return null;
    }

    static String dom(String chromium, Path page, String hash) throws IOException, InterruptedException {
        return dom(chromium, page, hash, 1280);
    }

    static String dom(String chromium, Path page, String hash, int width) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--user-data-dir=" + page.getParent().resolve("profile"), "--virtual-time-budget=5000",
                "--window-size=" + width + ",900", "--dump-dom", page.toUri() + hash).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("chromium did not finish");
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    static int matching(String dom) {
        Matcher m = Pattern.compile("data-matching=\"(\\d+)\"").matcher(dom);
        assertTrue(m.find(), "the script ran and wrote its status");
        return Integer.parseInt(m.group(1));
    }

    static int rows(String dom) {
        int body = dom.indexOf("id=\"qt-body\"");
        int end = dom.indexOf("</tbody>", body);
        return dom.substring(body, end).split("<tr>", -1).length - 1;
    }

    @Test
    void quoteTableSearchesAndFilters() throws Exception {
        String chromium = chromium();
        Assumptions.assumeTrue(chromium != null, "chromium is not installed");
        List<IngestResult> inputs = Fixtures.inputs();
        List<Quote> quotes = new ArrayList<>(Fixtures.quotes(inputs));
        quotes.add(Fixtures.quote(inputs.get(0).article(), 99, Fixtures.CN_MIN,
                "Quotes with </script><b>markup</b> stay text", new String[] {"trade"}, -0.9));
        Path page = dir.resolve("report.html");
        ReportWriter.builder().charts(false).build().write(dir, inputs, quotes);

        String all = dom(chromium, page, "");
        assertEquals(quotes.size(), matching(all));
        assertEquals(Math.min(100, quotes.size()), rows(all), "the first page of rows is drawn");
        assertTrue(all.contains("&lt;/script&gt;&lt;b&gt;markup&lt;/b&gt; stay text"), "quote text is text, not markup");

        long china = quotes.stream().filter(q -> q.side().equals("China")).count();
        assertEquals(china, matching(dom(chromium, page, "#side=China")));
        long trade = quotes.stream().filter(q -> q.themes().contains("trade")).count();
        assertEquals(trade, matching(dom(chromium, page, "#theme=trade")));
        assertTrue(all.contains("<option value=\"trade\">Trade and economy</option>"),
                "the theme filter shows the label of themes.csv and filters on the id");
        long markup = quotes.stream().filter(q -> q.text().toLowerCase().contains("markup")).count();
        assertEquals(1, markup);
        String searched = dom(chromium, page, "#q=MARKUP%20stay");
        assertEquals(1, matching(searched));
        assertEquals(1, rows(searched));
        long harlowTrade = quotes.stream().filter(q -> q.speaker().canonical().equals("Jane Harlow")
                && q.themes().contains("trade")).count();
        assertTrue(harlowTrade > 0 && harlowTrade < trade);
        assertEquals(harlowTrade, matching(dom(chromium, page, "#q=harlow&theme=trade")));
        String linked = dom(chromium, page, "#q=markup");
        assertTrue(linked.contains(">Story number 0</a>") || linked.contains(">Story number 0<"),
                "the article is named by its headline");
    }

    @Test
    void noPartOfThePageIsWiderThanANarrowWindow() throws Exception {
        String chromium = chromium();
        Assumptions.assumeTrue(chromium != null, "chromium is not installed");
        List<IngestResult> inputs = new ArrayList<>(Fixtures.inputs());
        String longWord = "https://news.example.org/" + "a-very-long-path-segment-without-spaces".repeat(8);
        dev.stancekit.model.Article wide = dev.stancekit.model.Article.builder().id("x".repeat(120) + ".txt")
                .title("Headline" + "Without".repeat(30) + "Spaces").date(java.time.LocalDate.of(2024, 2, 2))
                .source("").url(longWord)
                .text("Body of the story with words.").build();
        inputs.add(new IngestResult(wide.id(), wide.path(), wide, IngestResult.Status.OK,
                "date '03/04/2024' is ambiguous (day/month or month/day?); date taken from " + longWord));
        List<Quote> quotes = new ArrayList<>(Fixtures.quotes(inputs));
        quotes.add(Fixtures.quote(wide, 1, Fixtures.US_SEC, "We said " + longWord + " and more",
                new String[] {"export_controls"}, 0.2));
        ReportWriter.builder().charts(false).build().write(dir, inputs, quotes);
        Path page = dir.resolve("report.html");
        String html = Files.readString(page);
        assertTrue(html.contains("id=\"notes\"") && html.contains("03/04/2024&#39; is ambiguous"),
                "the note on the ambiguous date is in the page");
        Path measured = dir.resolve("measured.html");
        Files.writeString(measured, html.replace("</body>", "<script>window.addEventListener('load',function(){"
                + "setTimeout(function(){document.body.setAttribute('data-overflow',"
                + "document.documentElement.scrollWidth-document.documentElement.clientWidth);},300);});</script></body>"));
        for (int width : new int[] {1280, 700}) {
            Matcher m = Pattern.compile("data-overflow=\"(-?\\d+)\"").matcher(dom(chromium, measured, "", width));
            assertTrue(m.find(), "the measuring script ran");
            assertEquals(0, Integer.parseInt(m.group(1)), "pixels wider than a " + width + " px window");
        }
        String row = dom(chromium, page, "#q=we%20said");
        assertEquals(1, matching(row));
        String body = row.substring(row.indexOf("id=\"qt-body\""), row.indexOf("</tbody>", row.indexOf("id=\"qt-body\"")));
        assertTrue(body.contains("<td>Export controls</td>"), "a theme without a label is shown as words: " + body);
        assertFalse(body.contains("unknown outlet"), "an unknown outlet is left out, not repeated on every row");
    }
}
