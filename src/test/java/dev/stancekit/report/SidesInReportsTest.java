package dev.stancekit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.Article;
import dev.stancekit.model.IngestResult;
import dev.stancekit.model.Quote;
import dev.stancekit.model.Sides;
import dev.stancekit.model.Speaker;
import dev.stancekit.model.SpeakerType;
import dev.stancekit.resources.Resources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sides.csv drives the colours and order of every chart and table, and the framing contrast. */
class SidesInReportsTest {

    @TempDir
    Path dir;

    private static List<Quote> withTaiwan(List<IngestResult> inputs) {
        List<Quote> qs = new ArrayList<>(Fixtures.quotes(inputs));
        Speaker tw = Speaker.builder().canonical("Lin Meiyu").type(SpeakerType.PERSON).side("Taiwan").role("Minister")
                .inRegistry(true).evidence("registry").build();
        Article a = inputs.get(0).article();
        qs.add(Fixtures.quote(a, 90, tw, "We will defend our way of life.", new String[] {"taiwan"}, -0.3));
        qs.add(Fixtures.quote(a, 91, tw, "We welcome every visit of friends.", new String[] {"taiwan"}, 0.5));
        return qs;
    }

    private static String charts(Path out) throws IOException {
        StringBuilder all = new StringBuilder();
        try (var s = Files.list(out)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".svg")).sorted().toList()) {
                all.append(Files.readString(p));
            }
        }
        return all.toString();
    }

    @Test
    void aSideAddedInTheUsersSidesCsvGetsItsOwnColourInTheCharts() throws IOException {
        List<IngestResult> inputs = Fixtures.inputs();
        List<Quote> qs = withTaiwan(inputs);
        Path mine = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(mine.resolve("sides.csv"), "id,label,adjective,colour,order\nTaiwan,Taiwan,Taiwanese,#00A86B,3\n");

        Path bundled = dir.resolve("bundled");
        ReportWriter.builder().build().write(bundled, inputs, qs);
        Path custom = dir.resolve("custom");
        ReportWriter.builder().resources(Resources.overlay(mine)).build().write(custom, inputs, qs);

        String colour = "rgb(0,168,107)";
        assertFalse(charts(bundled).contains(colour), "not in the bundled sides");
        assertTrue(charts(custom).contains(colour), "Taiwan's colour in the charts");
        // the bundled sides keep their colours
        assertTrue(charts(custom).contains("rgb(31,95,191)"), "US colour");
    }

    @Test
    void sidesSortByTheirOrderAndTheContrastPairIsAnOption() throws IOException {
        Path mine = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(mine.resolve("sides.csv"), "id,label,colour,order\nTaiwan,Taiwan,#00A86B,0\n");
        Sides sides = SideTable.load(Resources.overlay(mine), "Taiwan", "China");
        assertEquals(List.of("Taiwan", "US", "China", "other", "unknown"),
                sides.listed().stream().map(Sides.Side::id).toList());
        List<IngestResult> inputs = Fixtures.inputs();
        Summary s = Summary.of(withTaiwan(inputs), ReportPeriod.MONTH, sides);
        assertEquals("Taiwan", s.rows().get(0).side(), "Taiwan sorts first");

        Path out = dir.resolve("out");
        ReportWriter.builder().resources(Resources.overlay(mine)).contrast("Taiwan", "China").build()
                .write(out, inputs, withTaiwan(inputs));
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("class=\"us g\">Taiwan</th>"), "the contrast table heads with Taiwan");
    }

    @Test
    void aSideNoRowListsStillGetsAStableColourOfItsOwn() {
        Sides sides = SideTable.DEFAULT;
        assertEquals(sides.colour("Philippines"), sides.colour("Philippines"));
        assertFalse(sides.colour("Philippines").equals(sides.colour("US")));
        assertEquals("US", sides.first());
        assertEquals("China", sides.second());
    }
}
