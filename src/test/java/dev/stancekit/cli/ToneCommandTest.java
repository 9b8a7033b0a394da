package dev.stancekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.tone.LexiconToneScorer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ToneCommandTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new ToneCommand(
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))));
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int exit = cmd.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static List<CSVRecord> rows(String csv) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
    }

    @Test
    void scoresArgumentsAsCsvWithHeader() throws IOException {
        Run r = run("", "The talks were constructive and candid, a sign of mutual respect.",
                "They warned of a red line, in a dangerous provocation.");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("text,tone,tone_label,target,speech_act,tone_cues"), r.out());
        List<CSVRecord> rows = rows(r.out());
        assertEquals(2, rows.size());
        assertEquals("conciliatory", rows.get(0).get("tone_label"));
        assertEquals("confrontational", rows.get(1).get("tone_label"));
        for (CSVRecord row : rows) {
            assertTrue(row.get("tone").matches("-?\\d\\.\\d{3}"), row.get("tone"));
            double tone = Double.parseDouble(row.get("tone"));
            assertEquals(LexiconToneScorer.label(tone).label(), row.get("tone_label"));
            for (String cue : row.get("tone_cues").split(";")) {
                String span = cue.contains(": ") ? cue.substring(cue.indexOf(": ") + 2) : cue;
                // the learned model's cue lists the words and pairs that moved it, comma-separated
                for (String part : cue.startsWith("model ") ? span.split(", ") : new String[] {span}) {
                    assertTrue(row.get("text").toLowerCase().contains(part), cue);
                }
            }
        }
        assertTrue(List.of(rows.get(1).get("tone_cues").split(";")).contains("red line"), r.out());
    }

    @Test
    void showsTheTargetAndSpeechActAndTakesTheSpeakersSide() throws IOException {
        String text = "We urge the US side to stop sending wrong signals.";
        CSVRecord unknown = rows(run("", text).out()).get(0);
        assertEquals("other", unknown.get("target"));
        assertEquals("demand", unknown.get("speech_act"));
        assertEquals("confrontational", unknown.get("tone_label"));
        assertTrue(unknown.get("tone_cues").contains("demand: urge"), unknown.get("tone_cues"));
        CSVRecord own = rows(run("", "--side", "US", text).out()).get(0);
        assertEquals("own", own.get("target"), "the US side is the speaker's own when the speaker is American");
        CSVRecord third = rows(run("", "The Houthis must stop attacking ships in the Red Sea.").out()).get(0);
        assertEquals("third", third.get("target"));
        assertEquals("neutral", third.get("tone_label"), "a demand on a third party is no stance toward the pair");
    }

    @Test
    void readsOneTextPerLineFromStdinWhenNoArguments() throws IOException {
        Run r = run("We welcome the progress.\n\nThey oppose the sanctions, \"firmly\".\n", new String[0]);
        assertEquals(0, r.exit(), r.err());
        List<CSVRecord> rows = rows(r.out());
        assertEquals(3, rows.size(), "a blank line is kept as an empty, neutral row");
        assertEquals("", rows.get(1).get("text"));
        assertEquals("0.000", rows.get(1).get("tone"));
        assertEquals("They oppose the sanctions, \"firmly\".", rows.get(2).get("text"));
    }

    @Test
    void vaderFlagDropsTheDiplomaticLexicon() throws IOException {
        String text = "Beijing urged Washington to refrain from provocation and coercion.";
        double combined = Double.parseDouble(rows(run("", text).out()).get(0).get("tone"));
        double vader = Double.parseDouble(rows(run("", "--vader", text).out()).get(0).get("tone"));
        assertTrue(combined < -0.2, "combined " + combined);
        assertTrue(vader > combined, "vader " + vader);
    }

    @Test
    void resourcesFolderOverridesTheLexicon(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("tone-lexicon.csv"),
                "phrase,weight,kind,set,note\nflotilla,3.5,term,diplomatic,test\n");
        String text = "A flotilla arrived.";
        assertEquals("0.000", rows(run("", text).out()).get(0).get("tone"));
        CSVRecord row = rows(run("", "--resources", dir.toString(), text).out()).get(0);
        assertEquals("conciliatory", row.get("tone_label"));
        assertEquals("flotilla", row.get("tone_cues"));
    }

    @Test
    void badResourcesFolderIsAUsageError(@TempDir Path dir) {
        Run r = run("", "--resources", dir.resolve("missing").toString(), "text");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("not a folder"), r.err());
    }

    @Test
    void helpDescribesTheOutput() {
        Run r = run("", "--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("tone_cues") && r.out().contains("--vader"), r.out());
    }

    @Test
    void byteOrderMarkOnStdinIsNotPartOfTheText() throws IOException {
        Run r = run("\uFEFFA good start.\r\nA bad end.\r\n", new String[0]);
        List<CSVRecord> rows = rows(r.out());
        assertEquals("A good start.", rows.get(0).get("text"));
        assertEquals("A bad end.", rows.get(1).get("text"));
    }

    @Test
    void formatNeverPrintsNegativeZero() {
        assertEquals("0.000", ToneCommand.format(-0.0001));
        assertEquals("-0.250", ToneCommand.format(-0.25));
    }
}
