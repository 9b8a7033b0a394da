package dev.stancekit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.ingest.CorpusReader;
import dev.stancekit.model.IngestResult;
import dev.stancekit.model.Quote;
import dev.stancekit.pipeline.ArticleAnalyzer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random bytes, random HTML and random manifests (hostile paths included) through the reader and
 * the real analyzer, from a fixed seed, for a short fixed budget (rounds stop after about three
 * seconds; the seed makes each round the same). Every input must give exactly one kind of result
 * with a reason, no manifest row may read a file outside its folder, and every quote must lie
 * inside its article's text.
 */
class FuzzTest {

    private static final long SEED = 17L;
    private static final long BUDGET_NANOS = 3_000_000_000L;
    private static final String[] WORDS = {"the", "minister", "said", "\"", "China", "United States", "tariffs",
        "“", "”", "according to", "Beijing", "Washington", ",", ".", "\n\n", "told", "reporters", "<", ">",
        "&amp;", "\u0000", "\t", "é", "中国", "🙂", "=cmd()", "'", "claimed", "warned", "Senator Vance"};
    private static final String[] TAGS = {"p", "div", "script", "style", "h1", "title", "meta", "article",
        "span", "br", "table", "td", "nav", "footer", "iframe", "!--"};
    private static final String[] PATHS = {"../secret.txt", "/etc/passwd", "/proc/self/status", "sub/../../secret.txt",
        "a.txt", "missing.txt", "", "..", "/", "sub", "\u0000", "C:\\\\x.txt", "file:///etc/hosts"};

    @TempDir
    Path dir;

    @Test
    void randomInputsNeverBreakTheReaderOrTheAnalyzer() throws IOException {
        Random rnd = new Random(SEED);
        Files.writeString(dir.resolve("secret.txt"), "Nobody outside may read this sentence, said the keeper.\n");
        ArticleAnalyzer analyzer = StanceKit.defaults().analyzer();
        long start = System.nanoTime();
        int inputs = 0;
        int ok = 0;
        for (int round = 0; System.nanoTime() - start < BUDGET_NANOS && round < 400; round++) {
            Path folder = Files.createDirectories(dir.resolve("r" + round));
            Files.writeString(folder.resolve("a.txt"), text(rnd, 40));
            List<Path> in = new ArrayList<>();
            in.add(write(folder.resolve("bytes" + round + ".txt"), bytes(rnd)));
            in.add(write(folder.resolve("page" + round + ".html"), html(rnd).getBytes(StandardCharsets.UTF_8)));
            in.add(write(folder.resolve("m" + round + ".csv"), csv(rnd).getBytes(StandardCharsets.UTF_8)));
            in.add(write(folder.resolve("m" + round + ".jsonl"), jsonl(rnd).getBytes(StandardCharsets.UTF_8)));
            try (Stream<IngestResult> s = CorpusReader.builder().build().read(in)) {
                for (IngestResult r : (Iterable<IngestResult>) s::iterator) {
                    inputs++;
                    assertNotNull(r.id());
                    assertTrue(r.isOk() || !r.message().isBlank(), "a reason for " + r);
                    if (!r.isOk()) {
                        continue;
                    }
                    ok++;
                    assertFalse(r.article().text().contains("Nobody outside may read"),
                            "a manifest row read a file outside its folder: " + r.path());
                    String text = r.article().text();
                    for (Quote q : analyzer.analyze(r.article())) {
                        assertTrue(q.start() >= 0 && q.end() <= text.length() && q.start() <= q.end(), q.toString());
                        assertEquals(r.article().id(), q.article());
                    }
                }
            }
        }
        assertTrue(inputs >= 4, "inputs fuzzed: " + inputs);
        assertTrue(ok > 0, "some random inputs are articles: " + ok + " of " + inputs);
    }

    private static Path write(Path p, byte[] b) throws IOException {
        return Files.write(p, b);
    }

    private static byte[] bytes(Random rnd) {
        byte[] b = new byte[rnd.nextInt(600)];
        rnd.nextBytes(b);
        if (rnd.nextBoolean()) {
            byte[] t = text(rnd, 60).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < Math.min(b.length, t.length); i++) {
                if (rnd.nextInt(20) > 0) {
                    b[i] = t[i];
                }
            }
        }
        return b;
    }

    private static String text(Random rnd, int words) {
        StringBuilder sb = new StringBuilder();
        int n = rnd.nextInt(words) + 1;
        for (int i = 0; i < n; i++) {
            sb.append(WORDS[rnd.nextInt(WORDS.length)]).append(rnd.nextInt(4) == 0 ? "" : " ");
        }
        return sb.toString();
    }

    private static String html(Random rnd) {
        StringBuilder sb = new StringBuilder(rnd.nextBoolean() ? "<!doctype html><html>" : "");
        int n = rnd.nextInt(30);
        for (int i = 0; i < n; i++) {
            String tag = TAGS[rnd.nextInt(TAGS.length)];
            switch (rnd.nextInt(4)) {
                case 0 -> sb.append('<').append(tag).append(rnd.nextBoolean() ? " class=\"x\"" : "").append('>');
                case 1 -> sb.append("</").append(tag).append('>');
                case 2 -> sb.append("<meta charset=\"").append(rnd.nextBoolean() ? "utf-8" : "bogus").append("\">");
                default -> sb.append(text(rnd, 25));
            }
        }
        return sb.toString();
    }

    private static String csv(Random rnd) {
        StringBuilder sb = new StringBuilder(rnd.nextInt(5) == 0 ? "id,words\n" : "id,title,date,path,text\n");
        int rows = rnd.nextInt(6);
        for (int i = 0; i < rows; i++) {
            String path = PATHS[rnd.nextInt(PATHS.length)];
            String body = rnd.nextBoolean() ? "" : text(rnd, 30);
            String quote = rnd.nextInt(6) == 0 ? "\"" : "";
            sb.append("r").append(i).append(',').append(text(rnd, 3)).append(",2024-0").append(rnd.nextInt(12))
                    .append("-1,").append(path).append(',').append(quote).append('"')
                    .append(body.replace("\"", rnd.nextBoolean() ? "\"\"" : "\"")).append("\"\n");
        }
        return sb.toString();
    }

    private static String jsonl(Random rnd) {
        StringBuilder sb = new StringBuilder();
        int rows = rnd.nextInt(6);
        for (int i = 0; i < rows; i++) {
            String path = PATHS[rnd.nextInt(PATHS.length)].replace("\\", "\\\\").replace("\u0000", "\\u0000");
            String body = text(rnd, 30).replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
                    .replace("\t", "\\t").replace("\u0000", "\\u0000");
            switch (rnd.nextInt(4)) {
                case 0 -> sb.append("{\"id\":\"j").append(i).append("\",\"path\":\"").append(path).append("\"}\n");
                case 1 -> sb.append("{\"id\":\"j").append(i).append("\",\"text\":\"").append(body).append("\"}\n");
                case 2 -> sb.append("{\"id\": ").append(text(rnd, 3)).append("\n");
                default -> sb.append("[").append(rnd.nextInt()).append("]\n");
            }
        }
        return sb.toString();
    }
}
