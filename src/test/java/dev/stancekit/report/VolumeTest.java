package dev.stancekit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.Quote;
import dev.stancekit.model.Article;
import dev.stancekit.model.IngestResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Volume: articles and quotes per calendar period, per side and theme, per outlet. */
class VolumeTest {

    @TempDir
    Path dir;

    static Article art(int i, LocalDate d, String outlet) {
        return Article.builder().id("v" + i + ".txt").title("T" + i).date(d).source(outlet).text("x").build();
    }

    @Test
    void periodsWithoutArticlesAreZerosNotGaps() throws IOException {
        List<IngestResult> in = new ArrayList<>();
        in.add(IngestResult.ok(art(1, LocalDate.of(2024, 1, 5), "Harbor Post")));
        in.add(IngestResult.ok(art(2, LocalDate.of(2024, 1, 20), "Harbor Post")));
        in.add(IngestResult.ok(art(3, LocalDate.of(2024, 4, 2), "Inland Daily")));
        in.add(IngestResult.ok(art(4, null, "")));
        in.add(IngestResult.error("bad.txt", "bad.txt", "unreadable"));
        List<Quote> qs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            qs.add(Fixtures.quote(in.get(0).article(), i + 1, Fixtures.US_SEC, "q", new String[] {"trade"}, 0.1));
        }
        qs.add(Fixtures.quote(in.get(2).article(), 1, Fixtures.CN_MIN, "q", new String[] {"taiwan"}, -0.3));
        List<Volume.PeriodRow> rows = Volume.perPeriod(in, qs, ReportPeriod.MONTH);
        assertEquals(List.of("2024-01", "2024-02", "2024-03", "2024-04", "undated"),
                rows.stream().map(Volume.PeriodRow::period).toList());
        assertEquals(List.of(2, 0, 0, 1, 1), rows.stream().map(Volume.PeriodRow::articles).toList());
        assertEquals(List.of(3, 0, 0, 1, 0), rows.stream().map(Volume.PeriodRow::quotes).toList());
        assertEquals(1, rows.get(0).outlets());

        Volume.writeByOutlet(dir.resolve("o.csv"), in, qs, false);
        List<Map<String, String>> outlets = Csv.read(dir.resolve("o.csv")).rows;
        assertEquals("Harbor Post", outlets.get(0).get("outlet"));
        assertEquals("2", outlets.get(0).get("articles"));
        assertEquals("3", outlets.get(0).get("quotes"));
        assertEquals("2024-01-05", outlets.get(0).get("first_date"));
        assertEquals("2024-01-20", outlets.get(0).get("last_date"));
        assertTrue(outlets.stream().anyMatch(r -> r.get("outlet").equals(Volume.NO_OUTLET) && r.get("undated_articles").equals("1")));

        Volume.writeBySideTheme(dir.resolve("s.csv"), Summary.of(qs, ReportPeriod.MONTH), false);
        List<Map<String, String>> st = Csv.read(dir.resolve("s.csv")).rows;
        assertTrue(st.stream().anyMatch(r -> r.get("period").equals("2024-04") && r.get("side").equals("China")
                && r.get("theme").equals("taiwan") && r.get("quotes").equals("1") && r.get("articles").equals("1")));
        assertTrue(Charts.volume(rows, ReportPeriod.MONTH) != null);
    }
}
