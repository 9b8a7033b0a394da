package dev.stancekit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stancekit.model.IngestResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs every code cell of every notebook through JShell against a freshly written report. */
class NotebooksTest {

    static final Path NOTEBOOKS = Path.of("notebooks");

    @TempDir
    static Path reports;

    @BeforeAll
    static void writeReport() throws IOException {
        List<IngestResult> inputs = Fixtures.inputs();
        ReportWriter.builder().period(ReportPeriod.MONTH).charts(false).html(false).excel(true).build()
                .write(reports, inputs, Fixtures.quotes(inputs));
    }

    static List<Path> notebooks() throws IOException {
        try (Stream<Path> s = Files.list(NOTEBOOKS)) {
            return s.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
        }
    }

    /** Runs a notebook's code cells in order; returns what they printed. */
    static String run(Path notebook) throws IOException {
        JsonNode nb = new ObjectMapper().readTree(notebook.toFile());
        assertEquals(4, nb.get("nbformat").asInt(), notebook + " nbformat");
        assertEquals("java", nb.at("/metadata/kernelspec/name").asText());
        assertEquals("Java (JJava)", nb.at("/metadata/kernelspec/display_name").asText());
        assertEquals("java", nb.at("/metadata/kernelspec/language").asText());
        assertEquals("java", nb.at("/metadata/language_info/name").asText());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setProperty("stancekit.reports", reports.toString());
        PrintStream stdout = System.out;
        // the local execution engine runs snippets in this JVM, so they print to System.out
        try (PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
             JShell js = JShell.builder().executionEngine("local").out(ps).err(ps).build()) {
            System.setOut(ps);
            int cellNo = 0;
            for (JsonNode cell : nb.get("cells")) {
                cellNo++;
                if (!cell.get("cell_type").asText().equals("code")) {
                    continue;
                }
                String src = cell.get("source").isArray()
                        ? java.util.stream.StreamSupport.stream(cell.get("source").spliterator(), false)
                                .map(JsonNode::asText).collect(Collectors.joining())
                        : cell.get("source").asText();
                SourceCodeAnalysis sca = js.sourceCodeAnalysis();
                String rest = src;
                while (!rest.isBlank()) {
                    SourceCodeAnalysis.CompletionInfo ci = sca.analyzeCompletion(rest);
                    if (!ci.completeness().isComplete()) {
                        fail(notebook + " cell " + cellNo + ": incomplete code: " + rest);
                    }
                    for (SnippetEvent e : js.eval(ci.source())) {
                        if (e.status() == Snippet.Status.REJECTED) {
                            String why = js.diagnostics(e.snippet()).map(d -> d.getMessage(null))
                                    .collect(Collectors.joining("; "));
                            fail(notebook + " cell " + cellNo + " rejected: " + e.snippet().source() + " -> " + why);
                        }
                        if (e.exception() != null) {
                            String ex = e.exception() instanceof jdk.jshell.EvalException ee
                                    ? ee.getExceptionClassName() + ": " + ee.getMessage() + " at "
                                            + java.util.Arrays.toString(java.util.Arrays.copyOf(ee.getStackTrace(),
                                                    Math.min(4, ee.getStackTrace().length)))
                                    : String.valueOf(e.exception());
                            fail(notebook + " cell " + cellNo + " threw " + ex + " in "
                                    + e.snippet().source() + "\noutput so far:\n" + out.toString(StandardCharsets.UTF_8));
                        }
                    }
                    rest = ci.remaining();
                }
            }
        } finally {
            System.setOut(stdout);
            System.clearProperty("stancekit.reports");
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void atLeastTwoNotebooks() throws IOException {
        assertTrue(notebooks().size() >= 2, notebooks().toString());
    }

    @Test
    void speakerTrendRunsAndFindsTheMostQuotedSpeaker() throws IOException {
        String out = run(NOTEBOOKS.resolve("speaker_tone_trend.ipynb"));
        assertTrue(out.contains("reading " + reports.toAbsolutePath()), out);
        // the fixture's four named speakers have 24 quotes each; ties go to the first name
        assertTrue(out.contains("Speaker: Chinese spokesperson (China), 24 quotes"), out);
        assertTrue(out.contains("2024-06"), out);
        assertTrue(out.contains("Trend: "), out);
    }

    @Test
    void divergenceRanksTariffsFirst() throws IOException {
        String out = run(NOTEBOOKS.resolve("theme_divergence.ipynb"));
        // US tariff quotes are confrontational and Chinese ones conciliatory in the fixture
        assertTrue(out.contains("Most divergent theme: tariffs"), out);
        assertFalse(out.contains("(all)"), out);
    }

    @Test
    void everyNotebookRuns() throws IOException {
        for (Path nb : notebooks()) {
            assertFalse(run(nb).isBlank(), nb.toString());
        }
    }
}
