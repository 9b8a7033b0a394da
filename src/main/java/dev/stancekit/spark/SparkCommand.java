package dev.stancekit.spark;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The command line of {@link StanceSparkJob#main}. */
@Command(name = "stancekit-spark", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Analyses a corpus on Apache Spark: quotes as Parquet and CSV, plus the CLI's reports.")
final class SparkCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Input files or folders (file:, hdfs:, s3a: ... URIs or paths).")
    List<String> inputs;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (one article per file), csv, jsonl or parquet. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Folder for quotes.parquet and quotes-csv (any Hadoop file system URI).")
    String out;

    @Option(names = "--report", paramLabel = "DIR",
            description = "Local folder on the driver for the report files. Default: --out when it is local.")
    Path report;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master; default: the one spark-submit gives, else local[*].")
    String master;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Article partitions; 0 = Spark's default parallelism. Default: ${DEFAULT-VALUE}.")
    int partitions;

    @Option(names = "--resources", paramLabel = "DIR",
            description = "Folder of edited resource CSVs, readable on every executor.")
    String resources;

    @Option(names = "--registry", paramLabel = "FILE",
            description = "Speaker registry CSV, readable on every executor.")
    String registry;

    static int execute(String[] args) {
        return new CommandLine(new SparkCommand()).execute(args);
    }

    @Override
    public Integer call() {
        InputFormat fmt = InputFormat.parse(format);
        StanceSparkJob job = StanceSparkJob.builder().inputs(inputs).format(fmt).out(out)
                .partitions(partitions).factory(new DefaultFactory(resources, registry)).build();
        SparkSession.Builder b = SparkSession.builder().appName("stancekit");
        if (master != null) {
            b.master(master);
        } else if (System.getProperty("spark.master") == null) {
            b.master("local[*]");
        }
        SparkSession spark = b.getOrCreate();
        try {
            long t0 = System.nanoTime();
            StanceSparkJob.Run run = job.run(spark);
            long ok = run.inputs().stream().filter(r -> r.isOk()).count();
            System.err.printf("stancekit-spark: %d inputs (%d ok, %d not), %d quotes in %.1f s%n",
                    run.inputs().size(), ok, run.inputs().size() - ok, run.quotes().size(),
                    (System.nanoTime() - t0) / 1e9);
            return 0;
        } finally {
            spark.stop();
        }
    }
}
