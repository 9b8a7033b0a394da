package dev.stancekit.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Incremental runs into an existing output folder, and runs killed with SIGKILL. */
class IncrementalRunTest {

    @TempDir
    Path tmp;

    @Test
    void secondRunReusesUnchangedArticlesAndRedoesChangedOnes() throws IOException {
        Path corpus = copyCorpus(4);
        Path clean = tmp.resolve("clean");
        assertEquals(0, Main.execute("run", corpus.toString(), "--out", clean.toString(), "-q"));
        Path out = tmp.resolve("out");
        assertEquals(0, Main.execute("run", corpus.toString(), "--out", out.toString(), "-q"));
        Path cache = out.resolve(".stancekit").resolve("cache");
        assertEquals(4, count(cache));

        assertEquals(0, Main.execute("run", corpus.toString(), "--out", out.toString(), "-q"));
        assertEquals(4, count(cache), "nothing analysed again");
        assertSameOutputs(clean, out);

        Path changed;
        try (Stream<Path> s = Files.list(corpus)) {
            changed = s.sorted().findFirst().orElseThrow();
        }
        Files.writeString(changed, Files.readString(changed)
                + "\n\n\"We will keep every channel open,\" the spokesperson said.\n");
        assertEquals(0, Main.execute("run", corpus.toString(), "--out", out.toString(), "-q", "--no-charts"));
        assertEquals(4, count(cache), "the changed article analysed again, its old entry pruned");
        assertTrue(Files.readString(out.resolve("quotes.csv")).contains("We will keep every channel open,"));

        assertEquals(0, Main.execute("run", corpus.toString(), "--out", out.toString(), "-q", "--no-charts", "--full"));
        assertEquals(4, count(cache), "--full starts the cache afresh");
    }

    @Test
    void runKilledAtAnyMomentThenRestartedGivesTheCleanRunsOutputs() throws Exception {
        Path corpus = copyCorpus(6);
        Path clean = tmp.resolve("clean");
        assertEquals(0, Main.execute("run", corpus.toString(), "--out", clean.toString(), "-q"));

        Path out = tmp.resolve("killed");
        for (long killAfterMs : new long[] {1500, 6000, 12000}) {
            Process p = cli(corpus, out).start();
            if (p.waitFor(killAfterMs, TimeUnit.MILLISECONDS)) {
                continue; // finished before the kill: the next restart still has to agree
            }
            p.destroyForcibly().waitFor(); // SIGKILL on Unix
        }
        Process last = cli(corpus, out).start();
        assertTrue(last.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, last.exitValue());
        assertSameOutputs(clean, out);
        try (Stream<Path> s = Files.list(out)) {
            assertTrue(s.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary files left");
        }
    }

    private ProcessBuilder cli(Path corpus, Path out) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx2g", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "run", corpus.toString(), "--out", out.toString(), "-q", "--threads", "1"));
        return new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(tmp.resolve("child.log").toFile()));
    }

    private Path copyCorpus(int n) throws IOException {
        Path corpus = tmp.resolve("corpus");
        Files.createDirectories(corpus);
        try (Stream<Path> s = Files.list(Path.of("resources", "sample-corpus"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().limit(n).toList()) {
                Files.copy(p, corpus.resolve(p.getFileName()));
            }
        }
        return corpus;
    }

    /**
     * Every output file (tables, HTML, charts and their data) of {@code got} has the bytes of the
     * same file in {@code want}, and neither folder has a file the other lacks; the cache is not
     * output.
     */
    static void assertSameOutputs(Path want, Path got) throws IOException {
        List<String> names = outputs(want);
        assertTrue(names.containsAll(List.of("quotes.csv", "speakers.csv", "articles.csv", "report.html")), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.endsWith(".svg")), "charts written: " + names);
        assertEquals(names, outputs(got));
        for (String n : names) {
            byte[] a = Files.readAllBytes(want.resolve(n));
            byte[] b = Files.readAllBytes(got.resolve(n));
            assertArrayEquals(a, b, () -> n + " differs from the clean run's: " + firstDifference(a, b));
        }
    }

    private static String firstDifference(byte[] a, byte[] b) {
        int i = 0;
        while (i < a.length && i < b.length && a[i] == b[i]) {
            i++;
        }
        int from = Math.max(0, i - 60);
        return "at byte " + i + ": wanted …" + new String(a, from, Math.min(a.length, i + 60) - from,
                java.nio.charset.StandardCharsets.UTF_8) + "… got …" + new String(b, from,
                Math.min(b.length, i + 60) - from, java.nio.charset.StandardCharsets.UTF_8) + "…";
    }

    private static List<String> outputs(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> !n.startsWith(".stancekit/")).sorted().toList();
        }
    }

    private static long count(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.toString().endsWith(".csv")).count();
        }
    }

}
