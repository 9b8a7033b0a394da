package dev.stancekit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.Quote;
import dev.stancekit.resources.Resources;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FramingTest {

    @TempDir
    Path dir;

    @Test
    void bundledStopwordsLoad() throws IOException {
        Set<String> sw = Framing.stopwords(Resources.bundled());
        assertTrue(sw.contains("the") && sw.contains("said"));
        assertFalse(sw.contains("must"), "modal verbs carry stance and are kept");
        assertFalse(sw.stream().anyMatch(w -> w.startsWith("#")));
    }

    @Test
    void perThemeUsVersusChina() throws IOException {
        List<Quote> quotes = Fixtures.quotes(Fixtures.inputs());
        FightinWords fw = new FightinWords(Framing.stopwords(Resources.bundled()));
        Map<String, List<FightinWords.Term>> f = Framing.of(quotes, fw);
        assertEquals("(all)", f.keySet().iterator().next());
        assertFalse(f.containsKey("(none)"), "no US or Chinese quote lacks a theme in the fixture");
        List<FightinWords.Term> taiwan = f.get("taiwan");
        assertTrue(taiwan.stream().anyMatch(t -> t.term().equals("provocative") && t.z() > 0));
        assertTrue(taiwan.stream().anyMatch(t -> t.term().equals("internal affair") && t.z() < 0));
        Path file = dir.resolve("framing.csv");
        Framing.write(file, f, false);
        Csv csv = Csv.read(file);
        assertEquals(Framing.HEADER, csv.header);
        Map<String, String> row = csv.where("term", "internal affair").stream()
                .filter(r -> r.get("theme").equals("taiwan")).findFirst().orElseThrow();
        assertEquals("0", row.get("count_us"));
        assertTrue(Integer.parseInt(row.get("count_china")) > 0);
        assertTrue(row.get("z").startsWith("-"), "negative z stays a plain number: " + row);
        assertTrue(Double.parseDouble(row.get("log_odds")) < 0);
    }
}
