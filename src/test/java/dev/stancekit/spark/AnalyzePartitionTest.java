package dev.stancekit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.Quote;
import dev.stancekit.model.Article;
import dev.stancekit.model.IngestResult;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class AnalyzePartitionTest {

    static Row article(long seq, String id, String text) {
        return ArticleRows.toRow(seq, IngestResult.ok(Article.builder().id(id).date(java.time.LocalDate.of(2023, 11, 2))
                .text(text).build()));
    }

    static List<Row> run(AnalyzerFactory f, List<Row> in) {
        List<Row> out = new ArrayList<>();
        Iterator<Row> it = new AnalyzePartition(f).call(in.iterator());
        while (it.hasNext()) {
            out.add(it.next());
        }
        return out;
    }

    @Test
    void oneResultPerArticleWithTheAnalyzersQuotesAndErrorsInPlace() {
        String good = "\"Tariff talk is a threat,\" said Senator Hale.\n";
        List<Row> out = run(new TestAnalyzers.Exploding(), List.of(article(0, "g", good),
                article(1, "b", "\"This boom will pass,\" said Minister Ren.\n"),
                ArticleRows.toRow(2, IngestResult.skipped("s.bin", "/in/s.bin", "unsupported file type (.bin)"))));
        assertEquals(3, out.size());

        Row g = out.get(0);
        assertEquals("ok", g.getAs("status"));
        List<Quote> want = TestAnalyzers.analyzer().analyze(Article.builder().id("g")
                .date(java.time.LocalDate.of(2023, 11, 2)).text(good).build());
        List<Quote> got = QuoteRows.<Row>list(g, "quotes").stream().map(QuoteRows::toQuote).toList();
        assertEquals(want, got);
        assertEquals(Article.of("g", good).words(), g.<Integer>getAs("words"));

        Row b = out.get(1);
        assertEquals("error", b.getAs("status"));
        assertTrue(b.<String>getAs("message").startsWith("analysis failed: IllegalArgumentException: cannot score"),
                b.<String>getAs("message"));
        assertTrue(QuoteRows.list(b, "quotes").isEmpty());

        Row n = out.get(2);
        assertEquals("skipped", n.getAs("status"));
        assertEquals("s.bin", n.getAs("id"));
        assertEquals("/in/s.bin", n.getAs("path"));
        assertEquals("unsupported file type (.bin)", n.getAs("message"));
    }

    @Test
    void emptyPartitionBuildsNothing() {
        AnalyzerFactory never = () -> {
            throw new AssertionError("built for an empty partition");
        };
        assertFalse(new AnalyzePartition(never).call(List.<Row>of().iterator()).hasNext());
    }

    @Test
    void randomTextsGiveOkResultsWithQuotesInsideTheText() {
        Random rnd = new Random(3);
        List<Row> in = new ArrayList<>();
        String[] parts = {"\"", "said ", "Senator ", "Minister ", "Ada ", " that ", ".", ",", "\n", "é", "中", "trade ", "threat "};
        for (int i = 0; i < 300; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = rnd.nextInt(40); k > 0; k--) {
                b.append(rnd.nextInt(3) == 0 ? QuoteRowsTest.randomText(rnd) : parts[rnd.nextInt(parts.length)]);
            }
            in.add(article(i, "r" + i, b.toString()));
        }
        List<Row> out = run(new TestAnalyzers.Factory("random"), in);
        assertEquals(in.size(), out.size());
        for (int i = 0; i < out.size(); i++) {
            Row r = out.get(i);
            assertEquals("ok", r.getAs("status"), r.<String>getAs("message"));
            String text = in.get(i).getAs("text");
            for (Row q : QuoteRows.<Row>list(r, "quotes")) {
                Quote quote = QuoteRows.toQuote(q);
                assertEquals(quote.text(), text.substring(quote.start(), quote.end()));
            }
        }
    }
}
