package dev.stancekit.spark;

import dev.stancekit.model.IngestResult;
import dev.stancekit.report.ReportPeriod;
import dev.stancekit.report.ReportWriter;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import dev.stancekit.store.OutputFolder;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The command line of {@link StanceSparkJob#main}. */
@Command(name = "stancekit-spark", mixinStandardHelpOptions = true, sortOptions = false,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input was read and analysed", "1:some inputs failed (articles.csv, status=error)",
            "2:usage error, or a Spark, Scala or Java version the job cannot run on",
            "3:the report folder is in use by another run", "4:the report folder cannot be written"},
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

    @Option(names = "--registry", paramLabel = "DIR",
            description = "Folder with your speakers.csv / organizations.csv, readable on every executor.")
    String registry;

    @Option(names = "--input-root", paramLabel = "DIR",
            description = "Manifest 'path' values must point inside this folder. Default: each manifest's own folder.")
    String inputRoot;

    @Option(names = "--allow-paths-outside",
            description = "Let manifest 'path' values point anywhere the executors can read.")
    boolean allowPathsOutside;

    @Option(names = "--period", paramLabel = "PERIOD", defaultValue = "month",
            description = "Reporting period: week, month, quarter or year. Default: ${DEFAULT-VALUE}.")
    String period;

    @Option(names = "--excel", description = "Start every report CSV with a UTF-8 byte order mark (for Excel).")
    boolean excel;

    @Option(names = "--no-charts", description = "Do not write the chart files (report.html keeps its charts).")
    boolean noCharts;

    /** The report folder when {@code out} is on the local file system. */
    static Path localFolder(String out) {
        if (out.startsWith("file:")) {
            return Path.of(URI.create(out));
        }
        if (out.matches("^[A-Za-z][A-Za-z0-9+.-]+:.*")) {
            throw new CommandLine.ParameterException(new CommandLine(new SparkCommand()),
                    "--out " + out + " is not a local folder: give the report folder with --report");
        }
        return Path.of(out);
    }

    static int execute(String[] args) {
        return new CommandLine(new SparkCommand()).execute(args);
    }

    @Override
    public Integer call() throws IOException {
        String platform = SparkCompat.problem();
        if (platform != null) {
            System.err.println("stancekit-spark: " + platform);
            return 2;
        }
        InputFormat fmt = InputFormat.parse(format);
        ReportPeriod p = ReportPeriod.parse(period);
        Path reportDir = report != null ? report : localFolder(out);
        StanceSparkJob job = StanceSparkJob.builder().inputs(inputs).format(fmt).out(out).resources(resources)
                .partitions(partitions).factory(new DefaultFactory(resources, registry))
                .inputRoot(inputRoot).allowPathsOutside(allowPathsOutside).build();
        try (OutputFolder folder = OutputFolder.open(reportDir, false, OutputFolder.DEFAULT_MIN_FREE)) {
            return run(job, p, reportDir);
        } catch (OutputFolder.Failure f) {
            System.err.println("stancekit-spark: " + f.getMessage());
            return f.exitCode();
        }
    }

    /** The job and the reports, with the report folder held (see {@link OutputFolder}). */
    private int run(StanceSparkJob job, ReportPeriod p, Path reportDir) throws IOException {
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
            try {
                ReportWriter.builder().period(p).excel(excel).charts(!noCharts).html(true).build()
                        .write(reportDir, run.inputs(), run.quotes());
            } catch (IOException | java.io.UncheckedIOException e) {
                throw OutputFolder.unwritable(reportDir, e);
            }
            long errors = run.inputs().stream().filter(r -> r.status() == IngestResult.Status.ERROR).count();
            long skipped = run.inputs().stream().filter(r -> r.status() == IngestResult.Status.SKIPPED).count();
            System.err.printf("stancekit-spark: %d inputs: %d ok, %d skipped, %d error; %d quotes in %.1f s -> %s%n",
                    run.inputs().size(), run.inputs().size() - errors - skipped, skipped, errors,
                    run.quotes().size(), (System.nanoTime() - t0) / 1e9, reportDir.resolve("report.html"));
            run.inputs().stream().filter(r -> r.status() == IngestResult.Status.ERROR)
                    .forEach(r -> System.err.println("error: " + r.path() + ": " + r.message()));
            return errors > 0 ? 1 : 0;
        } finally {
            spark.stop();
        }
    }
}
