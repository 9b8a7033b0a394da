package dev.stancekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs the benchmark end to end on tiny inputs; checks what is printed, never the timings. */
class BenchCommandTest {

    @TempDir
    Path dir;

    private record Run(int exit, List<String> lines, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new BenchCommand(new PrintStream(bytes, true, StandardCharsets.UTF_8)));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, Arrays.asList(bytes.toString(StandardCharsets.UTF_8).split("\\R")), err.toString());
    }

    private static String line(Run r, String prefix) {
        return r.lines().stream().filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no line '" + prefix + "' in " + r.lines()));
    }

    @Test
    void syntheticRunPrintsStartupWarmupThreadsAndOneLinePerSize() throws Exception {
        Path corpus = CliFixtures.corpus(dir);
        Run r = run(corpus.toString(), "--synthetic", "3,4", "--warmup", "1", "--threads", "2");
        assertEquals(0, r.exit(), r.err());
        assertTrue(line(r, "start-up: ").matches("start-up: models loaded and first article analysed "
                + "\\d+\\.\\d s after JVM start \\(\\d+\\.\\d s in stancekit\\)"), line(r, "start-up: "));
        assertTrue(line(r, "warm-up: ").startsWith("warm-up: 1 articles in "), line(r, "warm-up: "));
        assertTrue(line(r, "threads: ").startsWith("threads: 2; cores: "), line(r, "threads: "));
        String three = line(r, "stancekit synthetic 3: ");
        assertTrue(three.matches("stancekit synthetic 3: 3 articles, [\\d,]+ tokens, [\\d,]+ quotes in .*"), three);
        assertTrue(three.contains("tokens/s") && three.contains("articles/s") && three.contains("peak heap")
                && three.contains("peak RSS") && three.contains("cores busy"), three);
        assertTrue(line(r, "stancekit synthetic 4: ").startsWith("stancekit synthetic 4: 4 articles, "));
        // two sizes: the cost-per-article comparison lines
        assertEquals(2, r.lines().stream().filter(l -> l.startsWith("  cost per article at ")).count(), r.lines().toString());
        assertTrue(r.lines().stream().anyMatch(l -> l.startsWith("  cost per article at 3: ") && l.endsWith("(+0% vs 3)")),
                r.lines().toString());
    }

    @Test
    void plainRunMeasuresTheInputsOnceAndCountsTheirQuotes() throws Exception {
        Path corpus = CliFixtures.corpus(dir);
        Run r = run(corpus.toString(), "--warmup", "1", "--threads", "1");
        assertEquals(0, r.exit(), r.err());
        String ours = line(r, "stancekit: ");
        assertTrue(ours.startsWith("stancekit: 3 articles, "), ours);
        long quotes = Long.parseLong(ours.replaceAll(".* ([\\d,]+) quotes in .*", "$1").replace(",", ""));
        // the invented articles hold four direct quotes; the weather article none
        assertTrue(quotes >= 3 && quotes <= 6, ours);
        assertTrue(r.lines().stream().noneMatch(l -> l.startsWith("  cost per article")), r.lines().toString());
    }

    @Test
    void noReadableArticleIsAUsageError() throws Exception {
        Path empty = dir.resolve("empty");
        Files.createDirectories(empty);
        Files.writeString(empty.resolve("blank.txt"), "   \n");
        Run r = run(empty.toString(), "--warmup", "1");
        assertTrue(r.exit() != 0, r.lines().toString());
    }
}
