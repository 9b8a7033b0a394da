package dev.stancekit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.Quote;
import dev.stancekit.model.Article;
import dev.stancekit.model.Speaker;
import dev.stancekit.model.SpeakerType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.internal.chartpart.Chart;

class ChartsTest {

    @TempDir
    Path dir;

    @Test
    void oneChartPerThemeWithDataAndNoneWithout() {
        List<Quote> quotes = Fixtures.quotes(Fixtures.inputs());
        Map<String, Chart<?, ?>> charts = Charts.all(Summary.of(quotes, ReportPeriod.MONTH), quotes, Map.of());
        assertTrue(charts.containsKey("tone_by_theme"));
        assertTrue(charts.containsKey("quotes_per_speaker"));
        for (String t : List.of("all", "none", "trade", "tariffs", "taiwan", "military", "climate")) {
            assertTrue(charts.containsKey("tone_over_time_" + t), t);
        }
        assertFalse(charts.keySet().stream().anyMatch(k -> k.startsWith("framing_")));
        assertTrue(Charts.all(Summary.of(List.of(), ReportPeriod.MONTH), List.of(), Map.of()).isEmpty());
    }

    @Test
    void timeChartNeedsTwoDatedPeriods() {
        Article a = Fixtures.article(1, null);
        Article b = Fixtures.article(2, LocalDate.of(2024, 5, 1));
        Article c = Fixtures.article(3, LocalDate.of(2024, 6, 1));
        List<Quote> qs = List.of(Fixtures.quote(a, 1, Fixtures.US_SEC, "We talk", new String[] {"trade"}, 0.3),
                Fixtures.quote(b, 1, Fixtures.US_SEC, "We talk", new String[] {"trade"}, 0.3),
                Fixtures.quote(c, 1, Fixtures.CN_MIN, "We talk", new String[] {"climate"}, 0.3));
        Summary s = Summary.of(qs, ReportPeriod.MONTH);
        assertNull(Charts.overTime(s, "trade"), "one dated period only");
        assertNotNull(Charts.overTime(s, Summary.ALL_THEMES));
        assertNotNull(ToneByThemeChart.build(s));
        assertEquals("Export controls", ThemeNames.DEFAULT.title("export_controls"), "an id without a label");
        assertEquals("Trade and economy", s.themes().title("trade"), "the label of themes.csv");
    }

    @Test
    void speakersAreTopFifteenByCount() {
        List<Quote> qs = new ArrayList<>();
        Article a = Fixtures.article(1, LocalDate.of(2024, 3, 1));
        for (int s = 0; s < 20; s++) {
            Speaker sp = Speaker.builder().canonical("Speaker " + s).type(SpeakerType.PERSON)
                    .side(s % 2 == 0 ? "US" : "China").inRegistry(true).build();
            for (int k = 0; k <= s; k++) {
                qs.add(Fixtures.quote(a, qs.size() + 1, sp, "Words " + k, new String[0], 0));
            }
        }
        qs.add(Fixtures.quote(a, qs.size() + 1, Speaker.NONE, "Nobody", new String[0], 0));
        RowChart c = Charts.speakers(qs);
        // 15 bars, one legend entry per side
        long bars = c.getSeriesCollection().stream().filter(s -> s.getXData().length == 2).count();
        assertEquals(15, bars);
        assertEquals(2, c.getSeriesCollection().stream().filter(s -> s.isShowInLegend()).count());
        assertNull(Charts.speakers(List.of(Fixtures.quote(a, 1, Speaker.NONE, "x", new String[0], 0))));
    }

    @Test
    void slugsAreFileSafeAndNamesUnique() {
        assertEquals("south_china_sea", ChartKit.slug("South China Sea"));
        assertEquals("taiwan", ChartKit.slug("(Taiwan)"));
        assertTrue(ChartKit.slug("???").matches("x[0-9a-f]+"));
        assertEquals("none", ChartKit.slug(Summary.NO_THEME));
        Article a = Fixtures.article(1, LocalDate.of(2024, 3, 1));
        Article b = Fixtures.article(2, LocalDate.of(2024, 4, 1));
        List<Quote> qs = new ArrayList<>();
        for (Article x : List.of(a, b)) {
            qs.add(Fixtures.quote(x, 1, Fixtures.US_SEC, "x", new String[] {"a b"}, 0));
            qs.add(Fixtures.quote(x, 2, Fixtures.CN_MIN, "y", new String[] {"a-b"}, 0));
        }
        Map<String, Chart<?, ?>> charts = Charts.all(Summary.of(qs, ReportPeriod.MONTH), qs, Map.of());
        assertTrue(charts.containsKey("tone_over_time_a_b") && charts.containsKey("tone_over_time_a_b_2"));
    }

    /** Many themes, long names and weekly periods still render (and can be looked at). */
    @Test
    void busyChartsRender() throws IOException {
        List<Quote> qs = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Article a = Fixtures.article(i, LocalDate.of(2024, 1, 1).plusDays(3L * i));
            String theme = i % 14 == 0 ? "a very long theme name about export controls on chips" : "theme " + (i % 14);
            qs.add(Fixtures.quote(a, 1, Fixtures.US_SEC, "We keep channels open", new String[] {theme}, Math.sin(i)));
            qs.add(Fixtures.quote(a, 2, Fixtures.CN_MIN, "Stop the bullying", new String[] {theme}, Math.cos(i)));
        }
        Path out = Path.of(System.getProperty("stancekit.keep", dir.toString()));
        Files.createDirectories(out);
        Summary s = Summary.of(qs, ReportPeriod.WEEK);
        ChartKit.Saved t = ChartKit.save(ToneByThemeChart.build(s), out, "busy_tone_by_theme");
        ChartKit.Saved w = ChartKit.save(Charts.overTime(s, Summary.ALL_THEMES, ReportPeriod.WEEK, ReportSettings.defaults()),
                out, "busy_over_time");
        assertTrue(t.png().length > 1000 && w.svg().length > 1000);
        assertTrue(Files.exists(out.resolve("busy_over_time.svg")));
    }

    /**
     * Regression: with a real run's shape (15 speakers, long names, many ties) XChart's Y tick
     * search never ended when row names were Y tick labels. A hang guard, not a speed test.
     */
    @Test
    void longSpeakerNamesDoNotHang() {
        int[] counts = {11, 8, 7, 7, 7, 7, 6, 5, 5, 5, 5, 5, 5, 5, 4};
        String[] sides = {"China", "US", "other", "unknown"};
        List<Quote> qs = new ArrayList<>();
        Article a = Fixtures.article(1, LocalDate.of(2024, 3, 1));
        for (int s = 0; s < counts.length; s++) {
            String name = s % 3 == 0 ? "Deputy Director of the Bureau of Coastal Affairs No. " + s
                    : s % 3 == 1 ? "Halvorsen-Quimby " + s : "spokesperson for the Ministry of Inland Waterways " + s;
            Speaker sp = Speaker.builder().canonical(name).type(SpeakerType.PERSON).side(sides[s % sides.length])
                    .inRegistry(true).build();
            for (int k = 0; k < counts[s]; k++) {
                qs.add(Fixtures.quote(a, qs.size() + 1, sp, "Words " + k, new String[] {"a theme with a long name " + s % 4},
                        (k % 5 - 2) / 2.5));
            }
        }
        RowChart c = Charts.speakers(qs);
        ChartKit.Saved saved = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> ChartKit.save(c, dir, "speakers"));
        assertTrue(saved.png().length > 1000 && new String(saved.svg(), StandardCharsets.UTF_8).contains("<svg"));
        assertEquals(1100, c.getWidth(), "painting keeps the chart size");
        // rows top to bottom by count, ties by name, long names shortened with an ellipsis
        assertEquals(15, c.labels().size());
        assertTrue(c.labels().get(0).startsWith("Deputy Director of the Bureau") && c.labels().get(0).endsWith("\u2026"));
        assertEquals(RowChart.MAX_LABEL_CHARS, c.labels().get(14).length());
        assertTrue(c.labels().get(14).startsWith("spokesperson for the Ministry") && c.labels().get(14).endsWith("\u2026"));
        Summary s = Summary.of(qs, ReportPeriod.MONTH);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> ChartKit.save(ToneByThemeChart.build(s), dir, "t"));
        List<FightinWords.Term> terms = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            terms.add(new FightinWords.Term("an unusually long framing phrase " + i, i + 1, 30 - i, (15 - i) / 9.0, (15 - i) / 3.0));
        }
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> ChartKit.save(Charts.framing("all", terms), dir, "f"));
        assertNull(Charts.framing("weak", terms.subList(10, 20)), "no term reaches |z| >= 1.96");
        assertEquals(3, Charts.framing("some", terms.subList(7, 13)).labels().size(), "z 2.67, 2.33, 2.0 pass; 1.67.. do not");
    }
}
