package dev.stancekit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.Quote;
import dev.stancekit.model.IngestResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TablesTest {

    @TempDir
    Path dir;

    final List<IngestResult> inputs = Fixtures.inputs();
    final List<Quote> quotes = Fixtures.quotes(inputs);

    @Test
    void articlesListEveryInputWithStatus() throws IOException {
        Path f = dir.resolve("articles.csv");
        Tables.articles(f, inputs, quotes, false);
        Csv csv = Csv.read(f);
        assertEquals(Tables.ARTICLES, csv.header);
        assertEquals(inputs.size(), csv.rows.size());
        Map<String, String> first = csv.rows.get(0);
        assertEquals("a0.txt", first.get("article"));
        assertEquals("Story number 0", first.get("title"));
        assertEquals("2024-01-03", first.get("date"));
        assertEquals("Example Times", first.get("source"));
        assertEquals(String.valueOf(inputs.get(0).article().words()), first.get("words"));
        assertEquals(String.valueOf(quotes.stream().filter(q -> q.article().equals("a0.txt")).count()),
                first.get("quotes"));
        assertEquals("ok", first.get("status"));
        assertEquals("", csv.where("article", "a11.txt").get(0).get("date"));
        Map<String, String> dup = csv.where("article", "dup.txt").get(0);
        assertEquals("skipped", dup.get("status"));
        assertEquals("duplicate of a1.txt", dup.get("message"));
        Map<String, String> err = csv.where("article", "broken.pdf").get(0);
        assertEquals("error", err.get("status"));
        assertEquals("'=cannot read: not a PDF", err.get("message"));
        assertEquals("", err.get("quotes"));
    }

    @Test
    void summaryGroupsByPeriodSideTheme() throws IOException {
        Path f = dir.resolve("summary.csv");
        Summary s = Summary.of(quotes, ReportPeriod.MONTH);
        Tables.summary(f, s, false);
        Csv csv = Csv.read(f);
        assertEquals(Tables.SUMMARY, csv.header);
        List<Quote> usTradeJan = quotes.stream().filter(q -> q.side().equals("US") && q.themes().contains("trade")
                && q.date() != null && q.date().getMonthValue() == 1).toList();
        Map<String, String> row = csv.rows.stream().filter(r -> r.get("period").equals("2024-01")
                && r.get("side").equals("US") && r.get("theme").equals("trade")).findFirst().orElseThrow();
        assertEquals(String.valueOf(usTradeJan.size()), row.get("quotes"));
        double mean = usTradeJan.stream().mapToDouble(q -> q.tone().score()).average().orElseThrow();
        assertEquals(Cells.num3(mean), row.get("mean_tone"));
        assertEquals(String.valueOf(usTradeJan.stream().map(Quote::article).distinct().count()), row.get("articles"));

        // the "all" period covers every quote once per theme, including undated ones
        int allQuotes = csv.rows.stream().filter(r -> r.get("period").equals("all") && r.get("theme").equals("(all)"))
                .mapToInt(r -> Integer.parseInt(r.get("quotes"))).sum();
        assertEquals(quotes.size(), allQuotes);
        assertTrue(!csv.where("period", "undated").isEmpty());
        assertTrue(csv.rows.stream().anyMatch(r -> r.get("theme").equals("(none)") && r.get("side").equals("other")));
        for (Map<String, String> r : csv.rows) {
            if (!r.get("ci_low").isEmpty()) {
                double lo = Double.parseDouble(r.get("ci_low"));
                double hi = Double.parseDouble(r.get("ci_high"));
                double m = Double.parseDouble(r.get("mean_tone"));
                assertTrue(lo <= m + 0.001 && m <= hi + 0.001, r.toString());
            } else {
                assertEquals("1", r.get("articles"), "CI missing only with one article: " + r);
            }
            double c = Double.parseDouble(r.get("share_conciliatory")) + Double.parseDouble(r.get("share_confrontational"));
            assertTrue(c <= 1.0005);
        }
        // periods in order, undated then all last
        List<String> periods = csv.rows.stream().map(r -> r.get("period")).distinct().toList();
        assertEquals(List.of("2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06", "undated", "all"), periods);
    }

    @Test
    void themeToneIsOneRowPerQuoteAndTheme() throws IOException {
        Path f = dir.resolve("theme_tone.csv");
        Tables.themeTone(f, quotes, ReportPeriod.QUARTER, false);
        Csv csv = Csv.read(f);
        assertEquals(Tables.THEME_TONE, csv.header);
        int expected = quotes.stream().mapToInt(q -> Math.max(1, q.themes().size())).sum();
        assertEquals(expected, csv.rows.size());
        Quote two = quotes.stream().filter(q -> q.themes().size() == 2).findFirst().orElseThrow();
        List<Map<String, String>> rows = csv.where("quote_id", two.id());
        assertEquals(two.themes(), rows.stream().map(r -> r.get("theme")).toList());
        assertEquals(ReportPeriod.QUARTER.label(two.date()), rows.get(0).get("period"));
        Quote none = quotes.stream().filter(q -> q.themes().isEmpty()).findFirst().orElseThrow();
        assertEquals("(none)", csv.where("quote_id", none.id()).get(0).get("theme"));
        // a negative plain number stays numeric, text starting with it is defused
        assertTrue(csv.rows.stream().anyMatch(r -> r.get("tone").startsWith("-") && !r.get("tone").startsWith("'")));
    }
}
