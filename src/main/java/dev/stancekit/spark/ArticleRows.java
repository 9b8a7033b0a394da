package dev.stancekit.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.when;

import dev.stancekit.model.Article;
import dev.stancekit.model.Hashing;
import dev.stancekit.model.IngestResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.AtomicType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The reading half of the job. Inputs become item rows ({@link #ITEM}: a file's bytes or a
 * manifest row's fields); executors read them with the core's reader into read rows ({@link
 * #READ}: one per input, ok with the article's fields, or skipped or error with the reason);
 * repeated texts are then marked as duplicates of their first occurrence, as the CLI does.
 */
final class ArticleRows {

    /**
     * {@code seq} (input order), {@code origin} (file or manifest), whether it is {@code local},
     * its {@code id}, a {@code status} and {@code message} when it is its own result, or the
     * {@code fields} of a Parquet row.
     */
    static final StructType ITEM = new StructType()
            .add("seq", DataTypes.LongType, false)
            .add("origin", DataTypes.StringType, false)
            .add("local", DataTypes.BooleanType, false)
            .add("id", DataTypes.StringType, true)
            .add("status", DataTypes.StringType, true)
            .add("message", DataTypes.StringType, true)
            .add("fields", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, true), true);

    /** Rows of one file get {@code seq = file seq * ROWS + row index}, so manifests keep their order. */
    static final long ROWS = 1L << 32;

    /** One input after reading; the article fields are null unless {@code status} is ok. */
    static final StructType READ = new StructType()
            .add("seq", DataTypes.LongType, false)
            .add("id", DataTypes.StringType, false)
            .add("path", DataTypes.StringType, false)
            .add("status", DataTypes.StringType, false)
            .add("message", DataTypes.StringType, false)
            .add("title", DataTypes.StringType, true)
            .add("date", DataTypes.StringType, true)
            .add("source", DataTypes.StringType, true)
            .add("url", DataTypes.StringType, true)
            .add("text", DataTypes.StringType, true)
            .add("hash", DataTypes.StringType, true)
            .add("text_key", DataTypes.StringType, true);

    private ArticleRows() {
    }

    /** The inputs as item rows: one per file (text, CSV, JSON Lines), or per Parquet row. */
    static Dataset<Row> items(SparkSession spark, InputFormat format, List<String> inputs) {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input given");
        }
        if (format == InputFormat.PARQUET) {
            return manifest(spark.read().parquet(inputs.toArray(String[]::new)), "Parquet input");
        }
        List<Row> rows = new ArrayList<>();
        long seq = 0;
        for (InputFiles.File f : InputFiles.list(inputs, spark.sparkContext().hadoopConfiguration())) {
            IngestResult p = f.problem();
            rows.add(RowFactory.create(seq++, f.where(), f.local(), f.id(), p == null ? null : p.status().label(),
                    p == null ? null : p.message(), null));
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int slices = Math.max(1, Math.min(rows.size(), jsc.defaultParallelism() * 4));
        return spark.createDataFrame(jsc.parallelize(rows, slices), ITEM);
    }

    /** Every column of simple type, as strings keyed by lower-case name, with the input order. */
    private static Dataset<Row> manifest(Dataset<Row> in, String what) {
        List<Column> kv = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (StructField f : in.schema().fields()) {
            String key = f.name().strip().toLowerCase(Locale.ROOT);
            if (f.dataType() instanceof AtomicType && !names.contains(key)) {
                names.add(key);
                kv.add(lit(key));
                kv.add(col("`" + f.name() + "`").cast(DataTypes.StringType));
            }
        }
        if (names.stream().noneMatch(n -> List.of("text", "body", "content", "article").contains(n))) {
            throw new IllegalArgumentException(what + " needs a 'text' column (or body, content, article); it has "
                    + List.of(in.columns()));
        }
        return in.select(monotonically_increasing_id().as("seq"), input_file_name().as("origin"),
                lit(false).as("local"), lit(null).cast(DataTypes.StringType).as("id"),
                lit(null).cast(DataTypes.StringType).as("status"), lit(null).cast(DataTypes.StringType).as("message"),
                map(kv.toArray(Column[]::new)).as("fields"));
    }

    /**
     * The read rows of one item: one, or one per row when the file is a manifest. Local files are
     * read in place by the core reader, as the CLI reads them; files elsewhere are fetched first.
     */
    static List<Row> read(Row item, ReadSettings settings, byte[] hadoopConf) {
        long seq = item.<Long>getAs("seq");
        String origin = item.getAs("origin");
        String id = item.getAs("id");
        String status = item.getAs("status");
        List<IngestResult> results;
        if (status != null) {
            results = List.of(new IngestResult(id, origin, null, IngestResult.Status.valueOf(
                    status.toUpperCase(Locale.ROOT)), item.getAs("message")));
        } else if (id == null) {
            ReadSettings rows = new ReadSettings(InputFormat.PARQUET, settings.resources(), settings.inputRoot(),
                    settings.allowPathsOutside()); // a row handed on as one JSON line, whatever the job's format
            results = List.of(Ingest.row(rows.kit(), item.getJavaMap(item.fieldIndex("fields")),
                    origin, seq + 1, false));
        } else {
            results = Ingest.file(settings, origin, item.<Boolean>getAs("local"), id, hadoopConf);
        }
        List<Row> out = new ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            out.add(toRow(id == null ? seq : seq * ROWS + i, results.get(i)));
        }
        return out;
    }

    static Row toRow(long seq, IngestResult r) {
        Article a = r.article();
        if (a == null) {
            return new GenericRowWithSchema(new Object[] {seq, r.id(), r.path(), r.status().label(), r.message(),
                null, null, null, null, null, null, null}, READ);
        }
        String key = Hashing.textKey(a.text());
        return new GenericRowWithSchema(new Object[] {seq, r.id(), r.path(), r.status().label(), r.message(),
            a.title(), a.date() == null ? null : a.date().toString(), a.source(), a.url(), a.text(), a.hash(), key},
            READ);
    }

    /**
     * Marks an ok input whose text (up to white space) came earlier, in input order, as skipped:
     * "duplicate of FIRST", as the CLI's reader does.
     */
    static Dataset<Row> dedup(Dataset<Row> read) {
        WindowSpec w = Window.partitionBy("text_key").orderBy("seq", "path");
        Column firstId = first(col("id")).over(w);
        Column dup = col("status").equalTo("ok").and(col("text_key").isNotNull()).and(firstId.notEqual(col("id")));
        Column note = concat(lit("duplicate of "), col("dup_of"));
        return read.withColumn("dup_of", when(dup, firstId))
                .withColumn("status", when(col("dup_of").isNotNull(), lit("skipped")).otherwise(col("status")))
                .withColumn("message", when(col("dup_of").isNull(), col("message"))
                        .when(col("message").equalTo(""), note).otherwise(concat(note, lit("; "), col("message"))))
                .drop("dup_of");
    }

    /** The article of an ok read row. */
    static Article toArticle(Row r) {
        String date = r.getAs("date");
        return Article.builder().id(r.getAs("id")).path(r.getAs("path")).title(r.getAs("title"))
                .date(date == null ? null : LocalDate.parse(date)).source(r.getAs("source")).url(r.getAs("url"))
                .text(r.getAs("text")).hash(r.getAs("hash")).build();
    }
}
