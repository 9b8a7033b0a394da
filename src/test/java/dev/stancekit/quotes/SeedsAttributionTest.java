package dev.stancekit.quotes;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.stancekit.model.QuoteSpan;
import dev.stancekit.resources.Resources;
import dev.stancekit.model.Article;
import dev.stancekit.nlp.AnnotatedText;
import dev.stancekit.nlp.CoreNlpAnnotator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

/**
 * Dev harness: runs CoreNLP and the extractor on the shared seed articles, writes
 * {@code target/quotes-seeds.csv} and scores it with the shared scorer. Skipped when
 * {@code ../shared} or python3 is absent.
 */
class SeedsAttributionTest {

    private static final Path SHARED = Path.of("..", "..", "shared");
    private static final Path SEEDS = SHARED.resolve("corpus/seeds");
    private static final Path GOLD = SHARED.resolve("corpus/seeds-gold.csv");
    private static final Path SCORER = SHARED.resolve("eval/score.py");

    @Test
    void seedsScoreAboveFloor() throws Exception {
        Path shared = Files.isDirectory(SHARED) ? SHARED : Path.of("..", "shared");
        Path seeds = shared.resolve(SHARED.relativize(SEEDS));
        assumeTrue(Files.isDirectory(seeds), "no shared seeds at " + seeds.toAbsolutePath());
        RuleQuoteExtractor ex = RuleQuoteExtractor.create(Resources.bundled());
        Path out = Path.of("target", "quotes-seeds.csv");
        Files.createDirectories(out.getParent());
        List<Path> files;
        try (Stream<Path> s = Files.list(seeds)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder()
                     .setHeader("article", "kind", "text", "speaker", "speaker_mention", "cue").get())) {
            for (Path f : files) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                Article a = Article.of(f.getFileName().toString(), text);
                AnnotatedText doc = CoreNlpAnnotator.shared().annotate(text);
                for (QuoteSpan q : ex.extract(a, doc)) {
                    assertTrue(text.substring(q.start(), q.end()).equals(q.text()));
                    csv.printRecord(a.id(), q.kind().label(), q.text(), q.antecedent(), q.mention(), q.cue());
                }
            }
        }
        Map<String, Double> score = score(shared.resolve(SHARED.relativize(GOLD)),
                shared.resolve(SHARED.relativize(SCORER)), out);
        assumeTrue(score != null, "python3 scorer not available");
        assertTrue(score.get("f1") >= 0.95, "f1 " + score);
        assertTrue(score.get("direct_recall") >= 0.95, "direct recall " + score);
        assertTrue(score.get("indirect_recall") >= 0.90, "indirect recall " + score);
        assertTrue(score.get("speaker_acc") >= 0.90, "speaker accuracy " + score);
    }

    private static Map<String, Double> score(Path gold, Path scorer, Path pred) throws InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("python3", scorer.toString(), gold.toString(), pred.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            return null;
        }
        Map<String, Double> m = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                System.out.println("[seeds] " + line);
                int c = line.indexOf(": ");
                if (c > 0) {
                    try {
                        m.put(line.substring(0, c), Double.parseDouble(line.substring(c + 2).strip()));
                    } catch (NumberFormatException ignored) {
                        // a text line (missed/spurious)
                    }
                }
            }
        } catch (IOException e) {
            return null;
        }
        return p.waitFor() == 0 && m.containsKey("f1") ? m : null;
    }
}
