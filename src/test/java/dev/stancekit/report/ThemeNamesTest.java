package dev.stancekit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.IngestResult;
import dev.stancekit.model.Quote;
import dev.stancekit.resources.Resources;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Charts and report.html name themes by their label in themes.csv; the CSV files keep the ids. */
class ThemeNamesTest {

    @TempDir
    Path dir;

    @Test
    void labelElseReadableId() {
        ThemeNames names = ThemeNames.of(List.of(
                Map.of("id", "harbour_fees", "label", "Harbour  fees and tolls", "phrases", "harbour fee"),
                Map.of("id", "harbour_fees", "label", "Another label", "phrases", "toll"),
                Map.of("id", "kite_flying", "label", "", "phrases", "kite"),
                Map.of("id", "spring_rain", "phrases", "drizzle")));
        assertEquals("Harbour fees and tolls", names.title("harbour_fees"), "the first label of an id, spaces tidied");
        assertEquals("Kite flying", names.title("kite_flying"), "a blank label: the id as words");
        assertEquals("Spring rain", names.title("spring_rain"), "no label column");
        assertEquals("Unknown id", names.title("unknown_id"));
        assertEquals("All themes", names.title(Summary.ALL_THEMES));
        assertEquals("No theme", names.title(Summary.NO_THEME));
        assertEquals("all themes", names.inSentence(Summary.ALL_THEMES));
        assertEquals("Harbour fees and tolls", names.inSentence("harbour_fees"));
        assertEquals("Émigré news", ThemeNames.readable("émigré_news"));
    }

    @Test
    void theBundledLabelsAreUsed() {
        assertEquals("Crisis communication and risk reduction", ThemeNames.DEFAULT.title("crisis_communication"));
        assertEquals("Freedom of navigation and maritime disputes", ThemeNames.DEFAULT.title("navigation"));
    }

    @Test
    void aLongLabelFitsARowOfTheToneChart() throws IOException {
        List<Quote> qs = new ArrayList<>(Fixtures.quotes(Fixtures.inputs()));
        qs.add(Fixtures.quote(Fixtures.inputs().get(0).article(), 98, Fixtures.US_SEC, "Ships pass", new String[] {"navigation"}, 0.1));
        RowChart c = ToneByThemeChart.build(Summary.of(qs, ReportPeriod.MONTH));
        assertTrue(c.labels().contains("Freedom of navigation and maritime disputes"), c.labels().toString());
        assertTrue(c.labels().contains("All themes"), c.labels().toString());
        assertFalse(c.labels().stream().anyMatch(l -> l.contains("_")), c.labels().toString());
        // the wider label column leaves the long X-axis title less room: its font shrinks to fit
        ChartKit.save(c, null, "t");
        java.awt.Font f = c.getStyler().getAxisTitleFont();
        double w = f.getStringBounds(c.getXAxisTitle(), new java.awt.font.FontRenderContext(null, true, true)).getWidth();
        assertTrue(f.getSize2D() >= RowChart.MIN_X_TITLE_PX && f.getSize2D() < 16, "font " + f.getSize2D());
        assertTrue(w <= c.getWidth() - c.column() - 2 * c.getStyler().getChartPadding(), "title " + w + " px");
    }

    @Test
    void theUsersLabelsNameThemesInChartsAndPageButNotInCsvFiles() throws IOException {
        List<IngestResult> inputs = Fixtures.inputs();
        List<Quote> qs = new ArrayList<>(Fixtures.quotes(inputs));
        qs.add(Fixtures.quote(inputs.get(0).article(), 97, Fixtures.CN_MIN, "Fees are up", new String[] {"harbour_fees"}, -0.4));
        qs.add(Fixtures.quote(inputs.get(2).article(), 98, Fixtures.US_SEC, "Fees are down", new String[] {"harbour_fees"}, 0.4));
        Path mine = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(mine.resolve("themes.csv"), "id,label,phrases\n"
                + "harbour_fees,Harbour fees and tolls,harbour fee\ntrade,,tariff\n");
        Path out = dir.resolve("out");
        ReportWriter.builder().resources(Resources.overlay(mine)).build().write(out, inputs, qs);

        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("Theme: Harbour fees and tolls"), "section heading");
        assertTrue(html.contains("<td>Harbour fees and tolls</td>"), "theme table");
        assertTrue(html.contains("\"harbour_fees\":\"Harbour fees and tolls\""), "names for the quote table's script");
        assertTrue(html.contains("Theme: Trade<") || html.contains("Theme: Trade "), "a blank label: the id as words");
        assertFalse(html.contains("Theme: harbour"));

        StringBuilder svgs = new StringBuilder();
        try (var files = Files.list(out)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".svg")).sorted().toList()) {
                svgs.append(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        assertTrue(svgs.indexOf("Harbour fees and tolls") >= 0, "the charts use the label");
        assertTrue(Files.exists(out.resolve("tone_over_time_harbour_fees.png")), "file names keep the id");

        for (String csv : List.of("summary.csv", "theme_tone.csv", "volume_by_side_theme.csv")) {
            String text = Files.readString(out.resolve(csv), StandardCharsets.UTF_8);
            assertTrue(text.contains("harbour_fees"), csv + " keeps the id");
            assertFalse(text.contains("Harbour fees"), csv + " has no label");
        }
    }
}
