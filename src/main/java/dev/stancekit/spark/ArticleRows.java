package dev.stancekit.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;

import dev.stancekit.ingest.Article;
import dev.stancekit.ingest.Hashing;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Reads the job's inputs into article rows: {@code seq, id, path, title, date, source, url, text,
 * hash, error}, all strings but {@code seq} (input order). A row that cannot become an article
 * keeps the reason in {@code error}, so it is reported rather than dropped.
 */
final class ArticleRows {

    static final List<String> FIELDS = List.of("id", "path", "title", "date", "source", "url", "text", "hash");

    static final StructType SCHEMA = schema();

    private ArticleRows() {
    }

    private static StructType schema() {
        StructType s = new StructType().add("seq", DataTypes.LongType, false);
        for (String f : FIELDS) {
            s = s.add(f, DataTypes.StringType, true);
        }
        return s.add("error", DataTypes.StringType, true);
    }

    /** The articles of the inputs, in the shape of {@link #SCHEMA}. */
    static Dataset<Row> read(SparkSession spark, InputFormat format, List<String> inputs) {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input given");
        }
        String[] paths = inputs.toArray(String[]::new);
        return switch (format) {
            case TEXT -> textFiles(spark, inputs);
            case CSV -> normalise(spark.read().option("header", true).option("multiLine", true)
                    .option("escape", "\"").option("mode", "FAILFAST").csv(paths), "CSV manifest");
            case JSONL -> normalise(spark.read().option("mode", "FAILFAST").json(paths), "JSON Lines manifest");
            case PARQUET -> normalise(spark.read().parquet(paths), "Parquet input");
        };
    }

    private static Dataset<Row> textFiles(SparkSession spark, List<String> inputs) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<Row> rows = jsc.binaryFiles(String.join(",", inputs))
                .map(f -> fromFile(f._1(), f._2().toArray()));
        return spark.createDataFrame(rows, SCHEMA);
    }

    /** One text file as an article row; the id is the file name, the seq is set later by sorting. */
    static Row fromFile(String path, byte[] bytes) {
        String id = path.substring(path.lastIndexOf('/') + 1);
        String hash = Hashing.sha256(bytes);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new GenericRowWithSchema(new Object[] {0L, id, path, null, null, null, null, null, hash,
                    "not UTF-8 text: " + e.getMessage()}, SCHEMA);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new GenericRowWithSchema(new Object[] {0L, id, path, null, null, null, null, text, hash, null}, SCHEMA);
    }

    /** Selects the manifest's columns by name (any case), as strings, with the input order as seq. */
    private static Dataset<Row> normalise(Dataset<Row> in, String what) {
        List<String> have = Arrays.asList(in.columns());
        String id = find(have, "id");
        String text = find(have, "text");
        if (text == null || (id == null && find(have, "path") == null)) {
            throw new IllegalArgumentException(what + " needs the columns 'text' and 'id' (or 'path'); it has " + have);
        }
        List<Column> cols = new ArrayList<>();
        cols.add(monotonically_increasing_id().as("seq"));
        for (String f : FIELDS) {
            String c = find(have, f);
            cols.add((c == null ? lit(null) : col("`" + c + "`")).cast(DataTypes.StringType).as(f));
        }
        cols.add(lit(null).cast(DataTypes.StringType).as("error"));
        return in.select(cols.toArray(Column[]::new));
    }

    private static String find(List<String> have, String name) {
        for (String h : have) {
            if (h.strip().toLowerCase(Locale.ROOT).equals(name)) {
                return h;
            }
        }
        return null;
    }

    /**
     * The article of a row.
     *
     * @throws IllegalArgumentException with the reason when the row has no id, no text or a bad date
     */
    static Article toArticle(Row r) {
        String error = r.getAs("error");
        if (error != null) {
            throw new IllegalArgumentException(error);
        }
        String id = blankToNull(r.getAs("id"));
        String path = blankToNull(r.getAs("path"));
        if (id == null && path != null) {
            id = path.substring(path.lastIndexOf('/') + 1);
        }
        if (id == null) {
            throw new IllegalArgumentException("row has no id");
        }
        String text = r.getAs("text");
        if (text == null) {
            throw new IllegalArgumentException("row has no text");
        }
        return Article.builder().id(id).path(path).title(r.getAs("title")).date(date(r.getAs("date")))
                .source(r.getAs("source")).url(r.getAs("url")).text(text).hash(blankToNull(r.getAs("hash")))
                .build();
    }

    /** Where the row came from, for error results: its path, else its id, else its position. */
    static String[] idAndPath(Row r) {
        String id = blankToNull(r.getAs("id"));
        String path = blankToNull(r.getAs("path"));
        String where = path != null ? path : id != null ? id : "row " + r.<Long>getAs("seq");
        return new String[] {id != null ? id : where, where};
    }

    private static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip().length() > 10 ? s.strip().substring(0, 10) : s.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("bad date '" + s + "' (expected yyyy-mm-dd)", e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
