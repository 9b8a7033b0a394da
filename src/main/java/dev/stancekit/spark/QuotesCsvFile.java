package dev.stancekit.spark;

import dev.stancekit.model.Quote;
import dev.stancekit.report.QuotesCsv;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Writes the job's {@code quotes-csv/part-00000.csv} on the driver, on any Hadoop file system,
 * through the same writer as the report's {@code quotes.csv} ({@link QuotesCsv}): the same columns,
 * and formula cells defused the same way.
 */
final class QuotesCsvFile {

    static final String PART = "part-00000.csv";

    private QuotesCsvFile() {
    }

    /** Replaces the folder {@code dir} with one CSV file of these quotes, in this order. */
    static void write(Configuration conf, String dir, List<Quote> quotes, boolean excel) throws IOException {
        Path d = new Path(dir);
        FileSystem fs = d.getFileSystem(conf);
        if (fs.exists(d)) {
            fs.delete(d, true);
        }
        fs.mkdirs(d);
        try (Writer w = new OutputStreamWriter(fs.create(new Path(d, PART), true), StandardCharsets.UTF_8)) {
            QuotesCsv.write(w, quotes, excel);
        }
        fs.create(new Path(d, "_SUCCESS"), true).close();
    }
}
