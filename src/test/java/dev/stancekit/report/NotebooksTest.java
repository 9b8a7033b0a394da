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

    /** Runs a notebook's code cells in order on the fixture report; returns what they printed. */
    static String run(Path notebook) throws IOException {
        return run(notebook, reports);
    }

    /** The code cells of a notebook, in order. */
    static List<String> codeCells(Path notebook) throws IOException {
        JsonNode nb = new ObjectMapper().readTree(notebook.toFile());
        List<String> cells = new java.util.ArrayList<>();
        for (JsonNode cell : nb.get("cells")) {
            if (cell.get("cell_type").asText().equals("code")) {
                cells.add(java.util.stream.StreamSupport.stream(cell.get("source").spliterator(), false)
                        .map(JsonNode::asText).collect(Collectors.joining()));
            }
        }
        return cells;
    }

    /** Runs a notebook's code cells in order on the report in {@code reportDir}; returns what they printed. */
    static String run(Path notebook, Path reportDir) throws IOException {
        JsonNode nb = new ObjectMapper().readTree(notebook.toFile());
        assertEquals(4, nb.get("nbformat").asInt(), notebook + " nbformat");
        assertEquals("java", nb.at("/metadata/kernelspec/name").asText());
        assertEquals("Java (JJava)", nb.at("/metadata/kernelspec/display_name").asText());
        assertEquals("java", nb.at("/metadata/kernelspec/language").asText());
        assertEquals("java", nb.at("/metadata/language_info/name").asText());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setProperty("stancekit.reports", reportDir.toString());
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

    @Test
    void eachNotebookSaysHowToRunItAndItsJshellScriptHoldsTheSameCells() throws IOException {
        for (Path nb : notebooks()) {
            String name = nb.getFileName().toString().replace(".ipynb", "");
            String text = Files.readString(nb);
            assertTrue(text.contains("jupyter kernelspec install") && text.contains("jshell notebooks/" + name + ".jsh"),
                    nb + " says how to run it");
            String jsh = Files.readString(NOTEBOOKS.resolve(name + ".jsh"));
            String body = jsh.substring(jsh.indexOf("\n\n") + 2, jsh.lastIndexOf("/exit")).strip();
            assertEquals(String.join("\n\n", codeCells(nb)).strip(), body, name + ".jsh drifted from the notebook");
        }
    }

    @Test
    void periodsWithoutQuotesAreGapsInTablesAndTrends(@TempDir Path gappy) throws IOException {
        // one speaker quoted in January, February and June: March to May are a gap of three months
        Files.writeString(gappy.resolve("theme_tone.csv"), "quote_id,article,date,period,speaker,side,theme,tone,tone_label\n"
                + "q1,a1,2024-01-05,2024-01,Ana Kell,US,trade,-0.500,confrontational\n"
                + "q2,a2,2024-02-05,2024-02,Ana Kell,US,trade,-0.400,confrontational\n"
                + "q3,a3,2024-06-05,2024-06,Ana Kell,US,trade,0.500,conciliatory\n");
        Files.writeString(gappy.resolve("summary.csv"), "period,side,theme,quotes,articles,speakers,mean_tone,ci_low,"
                + "ci_high,share_conciliatory,share_confrontational\n"
                + "2024-01,US,(all),1,1,1,-0.500,,,0,1\n2024-02,US,(all),1,1,1,-0.400,,,0,1\n"
                + "2024-06,US,(all),1,1,1,0.500,,,1,0\n"
                + "2024-01,US,trade,1,1,1,-0.500,,,0,1\n2024-01,China,trade,2,1,1,0.100,,,0,0\n"
                + "2024-06,US,trade,1,1,1,0.500,,,1,0\n2024-06,China,trade,3,1,1,-0.100,,,0,0\n");
        String trend = run(NOTEBOOKS.resolve("speaker_tone_trend.ipynb"), gappy);
        assertTrue(trend.contains("gap: 3 months without quotes of Ana Kell"), trend);
        // slope over calendar months 0, 1, 5 (over evenly spaced steps 0, 1, 2 it would be +0.500)
        assertTrue(trend.contains("Trend: +0.207 per month over 3 dated periods spanning 6 months"), trend);
        String div = run(NOTEBOOKS.resolve("theme_divergence.ipynb"), gappy);
        assertTrue(div.contains("gap: 4 months without quotes of both sides"), div);
        assertTrue(div.contains("+0.000/month"), "|gap| 0.6 in January and June: flat over the calendar\n" + div);
        assertTrue(div.contains("2024-01     -0.600  n=1"), div);
    }

    @Test
    void theReportFolderIsFoundFromTheRepositoryRootWhereverTheNotebookStarts() throws Exception {
        Path root = Path.of("").toAbsolutePath();
        String setup = codeCells(NOTEBOOKS.resolve("speaker_tone_trend.ipynb")).get(0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // a separate JVM started in notebooks/, as Jupyter would start the kernel there
        try (PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
             JShell js = JShell.builder().out(ps).err(ps)
                     .remoteVMOptions("-Duser.dir=" + root.resolve("notebooks")).build()) {
            String rest = setup;
            while (!rest.isBlank()) {
                SourceCodeAnalysis.CompletionInfo ci = js.sourceCodeAnalysis().analyzeCompletion(rest);
                for (SnippetEvent e : js.eval(ci.source())) {
                    assertTrue(e.status() != Snippet.Status.REJECTED && e.exception() == null, e.toString());
                }
                rest = ci.remaining();
            }
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("reading " + root.resolve("reports").resolve("latest")), printed);
    }
}
