package dev.stancekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stancekit.eval.Predictor;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvaluateCommandTest {

    private static final String GOLD = "article,kind,text,speaker,side,themes,tone\n"
            + "n1.txt,direct,\"The bridge will open in May, on time and on budget\",Ana Ruiz,US,infrastructure,1\n"
            + "n1.txt,indirect,the council would review the fares next year,Tom Ng,other,,\n"
            + "n2.txt,partial,a historic day,Ana Ruiz,US,,0\n";

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    private Run run(EvaluateCommand cmd, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(cmd);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path file(String name, String text) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void scoresAPredictionCsv() throws Exception {
        Path gold = file("gold.csv", GOLD);
        Path pred = file("pred.csv", "\uFEFFarticle,kind,text,speaker,side,tone_label\n"
                + "dir/N1.TXT,direct,\"“The bridge will open in May, on time and on budget,”\",Ruiz,US,positive\n"
                + "n2.txt,direct,nothing to see here,Bo,China,neutral\n");
        Run r = run(new EvaluateCommand(), "--gold", gold.toString(), "--pred", pred.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("gold: 3\npredicted: 2\nmatched: 1\nprecision: 0.500\n"
                + "recall: 0.333\nf1: 0.400\ndirect_recall: 0.500\nindirect_recall: 0.000\n"
                + "speaker_acc: 1.000\nside_acc: 1.000\ntheme_f1: 0.000\ntone_acc: 1.000\n"), r.out());
        assertTrue(r.out().contains("\nmissed: a historic day\n"), r.out());
        assertTrue(r.out().contains("\nspurious: nothing to see here\n"), r.out());
        assertTrue(r.out().endsWith("summary: f1=0.400 speaker_acc=1.000 side_acc=1.000 "
                + "theme_f1=0.000 tone_acc=1.000 end_to_end=0.333\n"), r.out());

        Run j = run(new EvaluateCommand(), "--gold", gold.toString(), "--pred", pred.toString(),
                "--json", "--min-dice", "0.9");
        assertEquals(0, j.code(), j.err());
        Map<?, ?> m = new ObjectMapper().readValue(j.out(), Map.class);
        assertEquals(1, m.get("matched"));
        assertEquals(List.of("nothing to see here"), m.get("spurious"));
    }

    @Test
    void scoresTheAnalysisOfInputsThroughThePredictor() throws Exception {
        Path gold = file("gold.csv", GOLD);
        Path article = file("n2.txt", "irrelevant body");
        List<List<Path>> seen = new ArrayList<>();
        Predictor ours = inputs -> {
            seen.add(inputs);
            return List.of(Map.of("article", "n2", "text", "A historic day!", "speaker", "Ms Ana Ruiz"));
        };
        Run r = run(new EvaluateCommand(ours), "--gold", gold.toString(), article.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of(List.of(article)), seen);
        assertTrue(r.out().contains("matched: 1\n") && r.out().contains("speaker_acc: 1.000\n"), r.out());
    }

    @Test
    void reportsUsageAndInputErrors() throws Exception {
        Path gold = file("gold.csv", GOLD);
        Run none = run(new EvaluateCommand(), "--gold", gold.toString());
        assertEquals(2, none.code());
        assertTrue(none.err().contains("nothing to score"), none.err());
        assertEquals(2, run(new EvaluateCommand(), "--pred", gold.toString()).code());
        assertEquals(2, run(new EvaluateCommand(), "--gold", gold.toString(), "--pred",
                gold.toString(), "--baseline", "spacy").code());
        assertEquals(2, run(new EvaluateCommand(), "--gold", gold.toString(), "--pred",
                gold.toString(), "--min-dice", "2").code());

        Run missing = run(new EvaluateCommand(), "--gold", gold.toString(), "--pred",
                tmp.resolve("nope.csv").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("nope.csv"), missing.err());

        Run badCols = run(new EvaluateCommand(), "--gold", gold.toString(), "--pred",
                file("p.csv", "file,quote\na,b\n").toString());
        assertEquals(1, badCols.code());
        assertTrue(badCols.err().contains("missing column(s) article, text"), badCols.err());

        Run badTone = run(new EvaluateCommand(), "--gold",
                file("g2.csv", "article,kind,text,tone\na,direct,x y,positive\n").toString(),
                "--pred", gold.toString());
        assertEquals(1, badTone.code());
        assertTrue(badTone.err().contains("tone 'positive' is not an integer"), badTone.err());

        Run unwired = run(new EvaluateCommand(), "--gold", gold.toString(), tmp.toString());
        assertEquals(1, unwired.code());
        assertTrue(unwired.err().contains("analysis pipeline not wired"), unwired.err());

        Run failing = run(new EvaluateCommand(in -> {
            throw new IllegalStateException("model missing");
        }), "--gold", gold.toString(), tmp.toString());
        assertEquals(1, failing.code());
        assertTrue(failing.err().contains("model missing"), failing.err());
    }

    @Test
    void baselineNeedsALargeHeap() throws Exception {
        Path gold = file("gold.csv", GOLD);
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Runtime.getRuntime().maxMemory() < dev.stancekit.eval.CoreNlpBaseline.REQUIRED_HEAP,
                "this JVM is large enough to load the baseline, which unit tests must not do");
        Run r = run(new EvaluateCommand(), "--gold", gold.toString(), "--baseline", "corenlp");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("-Xmx10g"), r.err());
    }
}
