package dev.stancekit.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.format_number;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import dev.stancekit.model.Quote;
import dev.stancekit.model.QuoteColumns;
import dev.stancekit.model.Article;
import dev.stancekit.model.IngestResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;

/**
 * The stancekit analysis on Apache Spark, for corpora that outgrow one machine. Reads articles
 * (a folder of text files, a CSV or JSON Lines manifest, or Parquet), runs the core's per-article
 * analysis in {@code mapPartitions} with one analyzer per executor JVM, writes the quotes as
 * Parquet ({@code OUT/quotes.parquet}) and as one CSV file ({@code OUT/quotes-csv/part-*.csv}), and
 * returns every input's status with all quotes, from which the driver writes the same report files
 * as the CLI. Immutable; {@link #main} is the {@code spark-submit} entry point.
 */
public final class StanceSparkJob {

    /** What a run gave: every input with its status, in input order, and all quotes in that order. */
    public record Run(List<IngestResult> inputs, List<Quote> quotes) {
        public Run {
            inputs = List.copyOf(inputs);
            quotes = List.copyOf(quotes);
        }
    }

    private final List<String> inputs;
    private final InputFormat format;
    private final String out;
    private final AnalyzerFactory factory;
    private final int partitions;
    private final String resources;
    private final String inputRoot;
    private final boolean allowPathsOutside;

    private StanceSparkJob(Builder b) {
        this.inputRoot = b.inputRoot;
        this.allowPathsOutside = b.allowPathsOutside;
        this.inputs = List.copyOf(b.inputs);
        this.format = Objects.requireNonNull(b.format, "format");
        this.out = Objects.requireNonNull(b.out, "out");
        this.factory = b.factory != null ? b.factory : new DefaultFactory(b.resources, null);
        this.partitions = b.partitions;
        this.resources = b.resources;
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input given");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The spark-submit entry point; run without arguments for the usage. */
    public static void main(String[] args) {
        System.exit(SparkCommand.execute(args));
    }

    /** Runs the job in this session: analyses, writes the quote files under {@code out}, returns all. */
    public Run run(SparkSession spark) {
        ReadSettings settings = new ReadSettings(format, resources, inputRoot, allowPathsOutside);
        byte[] conf = InputFiles.serialize(spark.sparkContext().hadoopConfiguration());
        Dataset<Row> read = ArticleRows.items(spark, format, inputs)
                .flatMap((FlatMapFunction<Row, Row>) item -> ArticleRows.read(item, settings, conf).iterator(),
                        Encoders.row(ArticleRows.READ));
        int n = partitions > 0 ? partitions : spark.sparkContext().defaultParallelism();
        Dataset<Row> articles = ArticleRows.dedup(read).repartition(n);
        Dataset<Row> results = articles.mapPartitions(new AnalyzePartition(factory),
                Encoders.row(AnalyzePartition.SCHEMA)).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Dataset<Row> quotes = results.select(explode(col("quotes")).as("q")).select("q.*");
            quotes.withColumn("date", col("date").cast(DataTypes.DateType))
                    .write().mode(SaveMode.Overwrite).parquet(out + "/quotes.parquet");
            // in input order, empty cells unquoted: the same rows as the report's quotes.csv
            results.orderBy(col("seq"), col("path")).select(explode(col("quotes")).as("q")).select("q.*")
                    .select(csvColumns()).coalesce(1)
                    .write().mode(SaveMode.Overwrite).option("header", true).option("escape", "\"")
                    .option("emptyValue", "")
                    .csv(out + "/quotes-csv");
            return collect(results.collectAsList());
        } finally {
            results.unpersist();
        }
    }

    /** The quotes.csv columns as quotes.csv writes them: lists joined with ";", flags yes/no, tone to 3 decimals. */
    private static Column[] csvColumns() {
        List<Column> cols = new ArrayList<>();
        for (QuoteColumns.Column c : QuoteColumns.COLUMNS) {
            Column v = col(c.name());
            cols.add(switch (c.type()) {
                case LIST -> concat_ws(";", v).as(c.name());
                case FLAG -> when(v, lit("yes")).otherwise(lit("no")).as(c.name());
                case NUMBER -> format_number(v, 3).as(c.name());
                default -> v;
            });
        }
        return cols.toArray(Column[]::new);
    }

    /** Result rows to inputs and quotes, in input order (manifest order; text files by path). */
    static Run collect(List<Row> rows) {
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.<Row>comparingLong(r -> r.getAs("seq")).thenComparing(r -> r.<String>getAs("path")));
        List<IngestResult> inputs = new ArrayList<>(sorted.size());
        List<Quote> quotes = new ArrayList<>();
        for (Row r : sorted) {
            String id = r.getAs("id");
            String path = r.getAs("path");
            String status = r.getAs("status");
            if (!"ok".equals(status)) {
                inputs.add(new IngestResult(id, path, null, IngestResult.Status.valueOf(status.toUpperCase(
                        java.util.Locale.ROOT)), r.getAs("message")));
                continue;
            }
            String date = r.getAs("date");
            inputs.add(new IngestResult(id, path, Article.builder().id(id).path(path).title(r.getAs("title"))
                    .date(date == null ? null : LocalDate.parse(date)).source(r.getAs("source"))
                    .url(r.getAs("url")).hash(r.getAs("hash")).text("").words(r.<Integer>getAs("words"))
                    .build(), IngestResult.Status.OK, r.getAs("message")));
            for (Row q : QuoteRows.<Row>list(r, "quotes")) {
                quotes.add(QuoteRows.toQuote(q));
            }
        }
        return new Run(inputs, quotes);
    }


    /** Settings of a job; {@code inputs} and {@code out} are required. */
    public static final class Builder {
        private List<String> inputs = List.of();
        private InputFormat format = InputFormat.TEXT;
        private String out;
        private AnalyzerFactory factory;
        private int partitions;
        private String resources;
        private String inputRoot;
        private boolean allowPathsOutside;

        private Builder() {
        }

        /** The folder manifest {@code path} values must point into; default: each manifest's folder. */
        public Builder inputRoot(String dir) {
            inputRoot = dir;
            return this;
        }

        /** Lets manifest {@code path} values point anywhere the executors can read. */
        public Builder allowPathsOutside(boolean v) {
            allowPathsOutside = v;
            return this;
        }

        /**
         * A folder of edited resource CSVs, readable at this path on every executor; used by the
         * reader (boilerplate rules) and by the default analyzer. Default: the bundled resources.
         */
        public Builder resources(String dir) {
            resources = dir;
            return this;
        }

        /** Input files or folders (any Hadoop file system URI: file:, hdfs:, s3a:, ...). */
        public Builder inputs(List<String> v) {
            inputs = List.copyOf(v);
            return this;
        }

        public Builder format(InputFormat v) {
            format = v;
            return this;
        }

        /** Folder (any Hadoop file system URI) for {@code quotes.parquet} and {@code quotes-csv}. */
        public Builder out(String v) {
            out = v;
            return this;
        }

        /** Builds the analyzer on the executors; default: the CLI's analysis with {@link #resources}. */
        public Builder factory(AnalyzerFactory v) {
            factory = v;
            return this;
        }

        /** Partitions of the articles for the analysis; 0 (default) means Spark's default parallelism. */
        public Builder partitions(int v) {
            if (v < 0) {
                throw new IllegalArgumentException("partitions must be >= 0: " + v);
            }
            partitions = v;
            return this;
        }

        public StanceSparkJob build() {
            return new StanceSparkJob(this);
        }
    }
}
