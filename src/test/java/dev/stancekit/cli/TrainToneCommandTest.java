package dev.stancekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code stancekit train-tone} on gold and predictions written here. */
class TrainToneCommandTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return new Run(cmd.execute(args), out.toString(), err.toString());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Path gold() throws IOException {
        StringBuilder b = new StringBuilder("article,kind,text,speaker,side,themes,tone\n");
        for (int i = 0; i < 6; i++) {
            b.append("a").append(i).append(".txt,direct,the harbour plan is a vexing trespass,X,US,,-1\n");
            b.append("a").append(i).append(".txt,direct,we welcome the river accord warmly,Y,China,,1\n");
        }
        return write("gold.csv", b.toString());
    }

    private Path pred(String cue) throws IOException {
        StringBuilder b = new StringBuilder("article,kind,text,tone,tone_label,tone_cues\n");
        for (int i = 0; i < 6; i++) {
            b.append("a").append(i).append(".txt,direct,the harbour plan is a vexing trespass,0.000,neutral,").append(cue).append('\n');
            b.append("a").append(i).append(".txt,direct,we welcome the river accord warmly,0.400,conciliatory,welcome\n");
        }
        return write("pred.csv", b.toString());
    }

    @Test
    void writesAModelFromMatchedGoldAndPredictions() throws IOException {
        Path out = dir.resolve("tone-model.csv");
        Run r = run("train-tone", "--gold", gold().toString(), "--pred", pred("description").toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("from 12 matched quotes with a gold tone from 6 articles"), r.out());
        String model = Files.readString(out);
        assertTrue(model.contains("\nword:vexing,"), "a word of six articles is learnt");
        assertTrue(model.contains("\nrule:neutral,"));
    }

    @Test
    void refusesPredictionsMadeWithTheLearnedModelOn() throws IOException {
        Path out = dir.resolve("tone-model.csv");
        Run r = run("train-tone", "--gold", gold().toString(), "--pred",
                pred("model confrontational 0.91: vexing").toString(), "--out", out.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("made with the learned tone model on"), r.err());
        assertTrue(Files.notExists(out));
    }

    @Test
    void neverOverwritesAnExistingFile() throws IOException {
        Path out = write("tone-model.csv", "mine\n");
        Run r = run("train-tone", "--gold", gold().toString(), "--pred", pred("description").toString(), "--out", out.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("exists"), r.err());
        assertEquals("mine\n", Files.readString(out));
    }
}
