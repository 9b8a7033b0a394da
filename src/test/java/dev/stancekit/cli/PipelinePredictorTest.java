package dev.stancekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.eval.QuoteCsv;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelinePredictorTest {

    @TempDir
    Path dir;

    @Test
    void predictsQuoteRowsWithTheQuotesCsvColumns() throws Exception {
        Path corpus = CliFixtures.corpus(dir);
        List<Map<String, String>> rows = PipelinePredictor.INSTANCE.predict(List.of(corpus));
        assertFalse(rows.isEmpty());
        for (Map<String, String> row : rows) {
            for (String col : QuoteCsv.PRED_COLUMNS) {
                assertTrue(row.containsKey(col), row.keySet().toString());
            }
            for (String col : List.of("quote_id", "kind", "speaker", "side", "themes", "tone")) {
                assertTrue(row.containsKey(col), "no " + col + " in " + row.keySet());
            }
            assertTrue(row.get("quote_id").startsWith(row.get("article") + "#"), row.toString());
        }
        Set<String> articles = rows.stream().map(r -> r.get("article")).collect(Collectors.toSet());
        assertTrue(articles.contains("harbour.txt"), articles.toString());
        assertFalse(articles.contains("weather.txt"), articles.toString());
        // a direct quote of the invented text comes back word for word
        assertTrue(rows.stream().anyMatch(r -> r.get("text").contains("These ships stir up trouble on our doorstep")),
                rows.toString());
        assertEquals(rows.size(), rows.stream().map(r -> r.get("quote_id")).distinct().count());
    }

    @Test
    void anUnreadableInputIsNamedOnStderr() throws Exception {
        Path corpus = CliFixtures.corpus(dir);
        java.nio.file.Files.write(corpus.resolve("archive.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 0});
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream old = System.err;
        try {
            System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
            PipelinePredictor.INSTANCE.predict(List.of(corpus));
        } finally {
            System.setErr(old);
        }
        assertTrue(err.toString(java.nio.charset.StandardCharsets.UTF_8).contains("archive.txt"), err.toString());
    }
}
