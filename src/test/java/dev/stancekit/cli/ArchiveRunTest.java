package dev.stancekit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder is an archive: weekly runs add up, --prune trims, an unreadable run changes nothing. */
class ArchiveRunTest {

    @TempDir
    Path dir;

    static Set<String> okArticles(Path out) throws Exception {
        return RunCommandTest.read(out.resolve("articles.csv")).stream().filter(r -> r.get("status").equals("ok"))
                .map(r -> r.get("article")).collect(Collectors.toSet());
    }

    @Test
    void weeklyRunsAddUpPruneTrimsAndAFailedRunLeavesReportsAlone() throws Exception {
        Path week1 = Files.createDirectories(dir.resolve("week1"));
        Path week2 = Files.createDirectories(dir.resolve("week2"));
        Files.writeString(week1.resolve("harbour.txt"), CliFixtures.HARBOUR);
        Files.writeString(week1.resolve("orchard.txt"), CliFixtures.ORCHARD);
        Files.writeString(week2.resolve("weather.txt"), CliFixtures.WEATHER);
        Path out = dir.resolve("out");
        assertEquals(0, Main.execute("run", week1.toString(), "--out", out.toString(), "--quiet", "--no-charts"));
        int week1Quotes = RunCommandTest.read(out.resolve("quotes.csv")).size();
        assertEquals(Set.of("harbour.txt", "orchard.txt"), okArticles(out));

        assertEquals(0, Main.execute("run", week2.toString(), "--out", out.toString(), "--quiet", "--no-charts"));
        assertEquals(Set.of("harbour.txt", "orchard.txt", "weather.txt"), okArticles(out), "last week's articles stay");
        List<CSVRecord> quotes = RunCommandTest.read(out.resolve("quotes.csv"));
        assertTrue(quotes.size() >= week1Quotes, "week 1 quotes are still reported");
        assertTrue(quotes.stream().anyMatch(q -> q.get("article").equals("harbour.txt")));
        assertTrue(Files.readString(out.resolve("report.html")).contains("harbour.txt"));

        byte[] html = Files.readAllBytes(out.resolve("report.html"));
        byte[] csv = Files.readAllBytes(out.resolve("quotes.csv"));
        assertEquals(1, Main.execute("run", dir.resolve("no-such-folder").toString(), "--out", out.toString(), "--quiet"));
        assertArrayEquals(html, Files.readAllBytes(out.resolve("report.html")), "no readable input: reports untouched");
        assertArrayEquals(csv, Files.readAllBytes(out.resolve("quotes.csv")));

        assertEquals(0, Main.execute("run", week2.toString(), "--out", out.toString(), "--quiet", "--no-charts", "--prune"));
        assertEquals(Set.of("weather.txt"), okArticles(out), "--prune keeps only this run's inputs");
        assertTrue(RunCommandTest.read(out.resolve("quotes.csv")).stream().allMatch(q -> q.get("article").equals("weather.txt")));
    }
}
