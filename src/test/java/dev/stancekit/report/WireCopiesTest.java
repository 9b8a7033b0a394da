package dev.stancekit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.Quote;
import dev.stancekit.model.Article;
import dev.stancekit.model.IngestResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Wire copies: one story carried by several outlets counts once, with its outlets. */
class WireCopiesTest {

    @TempDir
    Path dir;

    static final String STORY = "The two delegations met in a lakeside town on Tuesday for talks that lasted most "
            + "of the afternoon. Officials on both sides described the exchange as frank and said working groups "
            + "would meet again before the end of the month to discuss shipping lanes, port inspections and a "
            + "hotline between the coast guards. A spokesperson for the ministry said the meeting showed that "
            + "dialogue remained possible despite the tensions of recent weeks. Analysts cautioned that similar "
            + "promises had been made before and that the test would be whether the working groups produced "
            + "anything concrete. Fishing crews in the region said they hoped the talks would end the "
            + "confrontations that had kept boats in harbour for days.";
    static final String OTHER = "Farmers in the northern valley began the harvest early this year after a dry "
            + "summer, and cooperatives said prices for grain had risen for the third month in a row. Local "
            + "officials promised new irrigation channels and a fund for families whose crops failed.";

    static Article art(String id, LocalDate d, String outlet, String text) {
        return Article.builder().id(id).title("t " + id).date(d).source(outlet).url("https://example.org/" + id)
                .text(text).build();
    }

    @Test
    void nearIdenticalTextsClusterAndOthersDoNot() throws IOException {
        String edited = STORY.replace("on Tuesday", "on Tuesday, officials said,").replace("frank", "candid");
        String trimmed = STORY.substring(0, STORY.lastIndexOf("Fishing")); // last paragraph cut
        Map<String, Article> arts = new LinkedHashMap<>();
        arts.put("b.txt", art("b.txt", LocalDate.of(2024, 3, 2), "Harbor Post", edited));
        arts.put("a.txt", art("a.txt", LocalDate.of(2024, 3, 1), "Wire Service", STORY));
        arts.put("c.txt", art("c.txt", LocalDate.of(2024, 3, 2), "Inland Daily", trimmed));
        arts.put("d.txt", art("d.txt", LocalDate.of(2024, 3, 2), "Inland Daily", OTHER));
        Map<String, long[]> sigs = new HashMap<>();
        arts.forEach((id, a) -> sigs.put(id, WireCopies.signature(a.text(), 5)));
        assertTrue(WireCopies.similarity(sigs.get("a.txt"), sigs.get("b.txt")) >= 0.7);
        assertTrue(WireCopies.similarity(sigs.get("a.txt"), sigs.get("d.txt")) < 0.1);
        WireCopies wc = WireCopies.of(sigs, arts, 0.6);
        assertEquals(1, wc.clusters().size());
        assertEquals("a.txt", wc.canonical("b.txt"), "the earliest article is canonical");
        assertEquals("a.txt", wc.canonical("c.txt"));
        assertEquals("d.txt", wc.canonical("d.txt"));
        assertEquals(3, wc.outletCounts().get("a.txt"));
        assertEquals(2, wc.copyCounts().get("a.txt"));

        List<Quote> qs = new ArrayList<>();
        for (String id : List.of("a.txt", "b.txt", "c.txt", "d.txt")) {
            qs.add(Fixtures.quote(arts.get(id), 1, Fixtures.CN_MIN, "Dialogue remains possible", new String[] {"navigation"}, 0.4));
        }
        List<Quote> once = wc.dedupe(qs);
        assertEquals(List.of("a.txt", "d.txt"), once.stream().map(Quote::article).toList());

        assertEquals(WireCopies.SLOTS, WireCopies.decode(WireCopies.encode(sigs.get("a.txt"))).length);
        assertEquals(sigs.get("a.txt")[7], WireCopies.decode(WireCopies.encode(sigs.get("a.txt")))[7]);

        List<IngestResult> in = arts.values().stream().map(a -> IngestResult.ok(a.withoutText())).toList();
        ReportWriter.builder().charts(false).build().write(dir, in, qs, sigs);
        List<Map<String, String>> copies = Csv.read(dir.resolve("copies.csv")).rows;
        assertEquals(3, copies.size());
        assertEquals("canonical", copies.get(0).get("role"));
        assertEquals("Wire Service", copies.get(0).get("outlet"));
        assertTrue(copies.stream().allMatch(r -> r.get("outlets").equals("3")));
        List<Map<String, String>> summary = Csv.read(dir.resolve("summary.csv")).rows;
        assertTrue(summary.stream().anyMatch(r -> r.get("period").equals("all") && r.get("side").equals("China")
                && r.get("theme").equals("(all)") && r.get("quotes").equals("2")), "one quote per story");
        List<Map<String, String>> quotes = Csv.read(dir.resolve("quotes.csv")).rows;
        assertEquals(4, quotes.size(), "quotes.csv keeps every row, with its cluster");
        assertEquals("a.txt", quotes.get(1).get("wire_cluster"));
        assertEquals("3", quotes.get(1).get("outlets"));
        assertEquals("a.txt", Csv.read(dir.resolve("articles.csv")).rows.get(0).get("copy_of"));
        assertFalse(Csv.read(dir.resolve("articles.csv")).rows.get(1).get("copy_of").equals("a.txt"),
                "the canonical article is no copy");
    }
}
