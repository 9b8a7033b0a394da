package dev.stancekit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.stancekit.model.Quote;
import dev.stancekit.model.Article;
import dev.stancekit.model.Speaker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryTest {

    @Test
    void countsSharesAndOrder() {
        Article a = Fixtures.article(1, LocalDate.of(2024, 7, 17));
        Article b = Fixtures.article(2, null);
        List<Quote> qs = List.of(
                Fixtures.quote(a, 1, Fixtures.US_SEC, "x", new String[] {"trade", "trade"}, 0.6),
                Fixtures.quote(a, 2, Fixtures.US_DEPT, "y", new String[] {"trade"}, -0.6),
                Fixtures.quote(b, 1, Fixtures.US_SEC, "z", new String[] {"trade"}, 0.0),
                Fixtures.quote(b, 2, Speaker.NONE, "w", new String[0], 0.1));
        Summary s = Summary.of(qs, ReportPeriod.QUARTER);
        Summary.Row all = s.get("all", "US", "trade");
        assertEquals(3, all.quotes(), "a repeated theme counts once");
        assertEquals(2, all.articles());
        assertEquals(2, all.speakers());
        assertEquals(0.0, all.meanTone(), 1e-12);
        assertEquals(1 / 3.0, all.shareConciliatory(), 1e-12);
        assertEquals(1 / 3.0, all.shareConfrontational(), 1e-12);
        Summary.Row q3 = s.get("2024-Q3", "US", "trade");
        assertEquals(2, q3.quotes());
        assertEquals(Double.NaN, q3.ci().low(), "one article: no interval");
        assertEquals(0, s.get("undated", "unknown", "(none)").speakers());
        assertNull(s.get("2024-Q3", "China", "trade"));
        assertEquals(List.of("2024-Q3", "undated", "all"),
                s.rows().stream().map(Summary.Row::period).distinct().toList());
        assertEquals(List.of("(all)", "trade"), s.rows().stream().filter(r -> r.period().equals("2024-Q3"))
                .map(Summary.Row::theme).toList());
    }
}
