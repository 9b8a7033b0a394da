package dev.stancekit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoreTableTest {

    @Test
    void printsMetricsSideBySideAndBothLists() {
        List<Map<String, String>> gold = List.of(
                Map.of("article", "a", "kind", "direct", "text", "one two three", "speaker", "Kim"),
                Map.of("article", "a", "kind", "indirect", "text", "four five\nsix", "speaker", "Lee"));
        Map<String, Score> scores = new LinkedHashMap<>();
        scores.put("stancekit", new Scorer().score(gold, List.of(Map.of("article", "a", "text", "one two three", "speaker", "Kim"))));
        scores.put("corenlp", new Scorer().score(gold, List.of(Map.of("article", "a", "text", "seven"))));
        String out = ScoreTable.render(scores);
        List<String> lines = out.lines().toList();
        assertEquals(List.of("metric", "stancekit", "corenlp"), List.of(lines.get(0).split("\\s+")));
        assertTrue(lines.contains(String.format("%-16s%11s%11s", "f1", "0.667", "0.000")), out);
        assertTrue(lines.contains(String.format("%-16s%11s%11s", "speaker_acc", "1.000", "n/a")), out);
        assertTrue(out.contains("stancekit missed (1):\n  four five six\n"), out);
        assertTrue(out.contains("corenlp missed (2):\n") && out.contains("corenlp spurious (1):\n  seven\n"), out);
        assertTrue(out.endsWith("corenlp " + scores.get("corenlp").summary() + "\n"), out);
    }
}
