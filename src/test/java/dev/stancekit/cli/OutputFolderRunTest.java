package dev.stancekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.store.OutputFolder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The output folder under concurrency and failure: runs in other processes, a folder that
 * cannot be written, a folder inside the inputs. The inputs need no analysis (empty files are
 * skipped), so the child JVMs stay small and never load CoreNLP.
 */
class OutputFolderRunTest {

    @TempDir
    Path dir;

    private Path skippedOnly(int n) throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (int i = 0; i < n; i++) {
            Files.writeString(corpus.resolve(String.format("empty-%04d.txt", i)), "");
        }
        return corpus;
    }

    private static Process start(Path log, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static int exit(Process p) throws InterruptedException {
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "child run did not end");
        return p.exitValue();
    }

    @Test
    void aRunInAnotherProcessExitsWithCode3WhileTheFolderIsHeld() throws Exception {
        Path corpus = skippedOnly(3);
        Path out = dir.resolve("out");
        Path log = dir.resolve("child.log");
        try (OutputFolder held = OutputFolder.open(out, false, 0)) {
            int code = exit(start(log, "run", corpus.toString(), "--out", out.toString()));
            String said = Files.readString(log);
            assertEquals(OutputFolder.EXIT_BUSY, code, said);
            assertTrue(said.contains("is in use by another stancekit run (pid " + ProcessHandle.current().pid()), said);
            assertFalse(Files.exists(out.resolve("articles.csv")), "the held folder was not touched");
        }
        assertEquals(0, exit(start(log, "run", corpus.toString(), "--out", out.toString(), "--quiet")),
                Files.readString(log));
        assertEquals(4, Files.readAllLines(out.resolve("articles.csv")).size());
    }

    @Test
    void twoRunProcessesIntoOneFolderAtOnceLeaveOneWholeReport() throws Exception {
        Path corpus = skippedOnly(1500);
        Path out = dir.resolve("out");
        List<Process> runs = new ArrayList<>();
        List<Path> logs = new ArrayList<>();
        for (String wait : List.of("--wait", "--threads=2")) {
            Path log = dir.resolve("run" + runs.size() + ".log");
            logs.add(log);
            runs.add(start(log, "run", corpus.toString(), "--out", out.toString(), "--quiet", wait));
        }
        int first = exit(runs.get(0));
        int second = exit(runs.get(1));
        String said = Files.readString(logs.get(0)) + Files.readString(logs.get(1));
        assertEquals(0, first, "the waiting run always completes: " + said);
        assertTrue(second == 0 || second == OutputFolder.EXIT_BUSY, "exit " + second + ": " + said);
        if (second == OutputFolder.EXIT_BUSY) {
            assertTrue(said.contains("in use by another stancekit run"), said);
        }
        List<String> articles = Files.readAllLines(out.resolve("articles.csv"));
        assertEquals(1501, articles.size());
        assertEquals(articles.size(), articles.stream().distinct().count(), "no row written twice");
        for (String f : List.of("summary.csv", "quotes.csv", "report.html")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        assertFalse(Files.exists(out.resolve(".stancekit").resolve("staging")), "no staging left");
    }

    @Test
    void anUnwritableFolderExitsWith4BeforeReadingAndLeavesNoStaging() throws Exception {
        Path corpus = skippedOnly(2);
        Path out = dir.resolve("out");
        Files.createDirectories(out.resolve("report.html"));
        Files.writeString(out.resolve("report.html").resolve("keep.txt"), "a folder where a report goes");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        CommandLine cl = Main.commandLine();
        cl.setErr(new java.io.PrintWriter(err, true));
        int code = cl.execute("run", corpus.toString(), "--out", out.toString(), "--quiet");
        assertEquals(OutputFolder.EXIT_UNWRITABLE, code, bytes.toString(StandardCharsets.UTF_8));
        assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("cannot write the output folder"));
        assertFalse(Files.exists(out.resolve(".stancekit").resolve("staging")), "no staging left");

        Path file = Files.writeString(dir.resolve("file"), "x");
        assertEquals(OutputFolder.EXIT_UNWRITABLE, Main.execute("run", corpus.toString(), "--out",
                file.resolve("out").toString(), "--quiet"));
    }

    @Test
    void anOutputFolderInsideTheInputIsNotReadBack() throws Exception {
        Path corpus = skippedOnly(2);
        Path out = corpus.resolve("report");
        for (int i = 0; i < 2; i++) {
            assertEquals(0, Main.execute("run", corpus.toString(), "--out", out.toString(), "--quiet"));
            assertEquals(3, Files.readAllLines(out.resolve("articles.csv")).size(), "run " + (i + 1));
        }
    }
}
