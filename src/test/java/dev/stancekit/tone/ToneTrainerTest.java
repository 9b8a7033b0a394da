package dev.stancekit.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.Tone;
import dev.stancekit.model.ToneLabel;
import dev.stancekit.tone.ToneTrainer.Example;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Fitting tone-model.csv on invented examples. */
class ToneTrainerTest {

    private static final Tone NEUTRAL = new Tone(0, ToneLabel.NEUTRAL, List.of("description: day"));

    /** "zorblat" quotes are confrontational, "quimble" ones conciliatory, the rest neutral, over many articles; "onceword" is in one article only. */
    private static List<Example> examples() {
        List<Example> ex = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            ex.add(new Example("they zorblat the talks " + i, NEUTRAL, ToneLabel.CONFRONTATIONAL, "a" + i));
            ex.add(new Example("a quimble offer " + i, NEUTRAL, ToneLabel.CONCILIATORY, "b" + i));
            ex.add(new Example("the meeting is on day " + i, NEUTRAL, ToneLabel.NEUTRAL, "c" + i));
        }
        ex.add(new Example("onceword onceword", NEUTRAL, ToneLabel.CONFRONTATIONAL, "solo"));
        return ex;
    }

    private static String file(List<Example> ex) throws IOException {
        StringWriter w = new StringWriter();
        ToneTrainer.write(ToneTrainer.train(ex, ToneTrainer.DEFAULTS), "invented examples", w);
        return w.toString();
    }

    private static ToneModel read(String csv) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#').get()
                .parse(new StringReader(csv))) {
            rows.add(r.toMap());
        }
        return ToneModel.fromRows(rows);
    }

    @Test
    void learnsWhichWordsGoWithWhichLabelAndTheFileReadsBack() throws IOException {
        ToneModel m = read(file(examples()));
        assertEquals(ToneLabel.CONFRONTATIONAL, m.correct("we zorblat it", NEUTRAL, 0.6).label());
        assertEquals(ToneLabel.CONCILIATORY, m.correct("a quimble", NEUTRAL, 0.6).label());
        assertEquals(ToneLabel.NEUTRAL, m.correct("the meeting", NEUTRAL, 0.0).label());
    }

    @Test
    void aWordOfASingleArticleIsNotLearnt() throws IOException {
        String csv = file(examples());
        assertFalse(csv.contains("onceword"), "a phrase of one article stays out of the file");
        assertTrue(csv.contains("word:zorblat,"));
    }

    @Test
    void theSameExamplesGiveTheSameFile() throws IOException {
        assertEquals(file(examples()), file(examples()));
    }

    @Test
    void theFileSaysHowItWasMade() throws IOException {
        String csv = file(examples());
        assertTrue(csv.startsWith("# The learned tone correction"), csv.substring(0, 80));
        assertTrue(csv.contains("# invented examples\n"));
        assertTrue(csv.contains("\nfeature,confrontational,neutral,conciliatory\n"));
    }
}
