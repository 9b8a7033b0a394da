package dev.stancekit.spark;

import dev.stancekit.Quote;
import dev.stancekit.quotes.QuoteKind;
import dev.stancekit.speakers.Speaker;
import dev.stancekit.speakers.SpeakerType;
import dev.stancekit.tone.Tone;
import dev.stancekit.tone.ToneLabel;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * A {@link Quote} as a Spark row: the columns of {@code quotes.csv} in its order, with themes and
 * tone cues as arrays and the tone as a number, then the two speaker fields the CSV leaves out
 * ({@code speaker_role}, {@code speaker_in_registry}), so that a row gives back the same quote.
 */
final class QuoteRows {

    /** The columns of {@code quotes.csv}, in order. */
    static final List<String> CSV_COLUMNS = List.of("quote_id", "article", "date", "kind", "text", "cue",
            "speaker", "speaker_mention", "speaker_type", "side", "themes", "tone", "tone_label",
            "tone_cues", "start", "end", "side_evidence");

    static final StructType SCHEMA = new StructType()
            .add("quote_id", DataTypes.StringType, false)
            .add("article", DataTypes.StringType, false)
            .add("date", DataTypes.StringType, true)
            .add("kind", DataTypes.StringType, false)
            .add("text", DataTypes.StringType, false)
            .add("cue", DataTypes.StringType, false)
            .add("speaker", DataTypes.StringType, false)
            .add("speaker_mention", DataTypes.StringType, false)
            .add("speaker_type", DataTypes.StringType, false)
            .add("side", DataTypes.StringType, false)
            .add("themes", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("tone", DataTypes.DoubleType, false)
            .add("tone_label", DataTypes.StringType, false)
            .add("tone_cues", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("start", DataTypes.IntegerType, false)
            .add("end", DataTypes.IntegerType, false)
            .add("side_evidence", DataTypes.StringType, false)
            .add("speaker_role", DataTypes.StringType, false)
            .add("speaker_in_registry", DataTypes.BooleanType, false);

    private QuoteRows() {
    }

    static Row toRow(Quote q) {
        Speaker s = q.speaker();
        return new GenericRowWithSchema(new Object[] {q.id(), q.article(), q.date() == null ? null : q.date().toString(),
                q.kind().label(), q.text(), q.cue(), s.canonical(), q.speakerMention(), s.type().label(),
                s.side(), q.themes().toArray(String[]::new), q.tone().score(), q.tone().label().label(),
                q.tone().cues().toArray(String[]::new), q.start(), q.end(), s.evidence(), s.role(),
                s.inRegistry()}, SCHEMA);
    }

    /**
     * An array field as a list, whether the row came from Spark (a Scala sequence) or was built
     * in Java (an array or a list). Scala sequences are converted by Spark's own {@link
     * Row#getList}, so no class of one Scala version is named here: the jar runs on Spark builds
     * for Scala 2.12 and 2.13 alike.
     */
    @SuppressWarnings("unchecked")
    static <T> List<T> list(Row r, String field) {
        int i = r.fieldIndex(field);
        Object v = r.get(i);
        if (v == null) {
            return List.of();
        }
        if (v instanceof scala.collection.Seq<?>) {
            return r.getList(i);
        }
        if (v instanceof Object[] array) {
            return (List<T>) Arrays.asList(array);
        }
        if (v instanceof List<?> l) {
            return (List<T>) l;
        }
        throw new IllegalArgumentException("field " + field + " is no list: " + v.getClass().getName());
    }

    static Quote toQuote(Row r) {
        String date = r.getAs("date");
        Speaker s = new Speaker(r.getAs("speaker"), SpeakerType.parse(r.getAs("speaker_type")),
                r.getAs("side"), r.getAs("speaker_role"), r.<Boolean>getAs("speaker_in_registry"),
                r.getAs("side_evidence"));
        Tone tone = new Tone(r.<Double>getAs("tone"), ToneLabel.parse(r.getAs("tone_label")),
                list(r, "tone_cues"));
        return new Quote(r.getAs("quote_id"), r.getAs("article"), date == null ? null : LocalDate.parse(date),
                QuoteKind.parse(r.getAs("kind")), r.getAs("text"), r.getAs("cue"), r.getAs("speaker_mention"),
                s, list(r, "themes"), tone, r.<Integer>getAs("start"), r.<Integer>getAs("end"));
    }
}
