package dev.stancekit.spark;

import dev.stancekit.ingest.CorpusReader;
import dev.stancekit.model.IngestResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;

/**
 * The driver's list of input files and the executors' reading of one. Local inputs (paths or
 * {@code file:} URIs) are listed exactly as the CLI lists them, never following links to
 * folders nor opening FIFOs or devices; other file systems (HDFS, S3, ...) are listed with the
 * Hadoop API, without Hadoop's rule that hides names starting with {@code _} or {@code .}. Ids are
 * the CLI's: file names, with parent folders where names repeat ({@code 2023/a.txt}).
 */
final class InputFiles {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*");

    /** One file to read ({@code problem} null) or an input that is its own result. */
    record File(String where, boolean local, String id, IngestResult problem) {}

    private InputFiles() {
    }

    static boolean isLocal(String input) {
        return input.startsWith("file:") || !SCHEME.matcher(input).matches();
    }

    static Path localPath(String input) {
        return input.startsWith("file:") ? Path.of(URI.create(input)) : Path.of(input);
    }

    /** Every input file, in reading order, with its id. */
    static List<File> list(List<String> inputs, Configuration conf) {
        List<String> where = new ArrayList<>();
        List<Boolean> local = new ArrayList<>();
        List<IngestResult> problems = new ArrayList<>();
        for (String in : inputs) {
            if (isLocal(in)) {
                for (CorpusReader.Listed l : CorpusReader.builder().build().list(List.of(localPath(in)))) {
                    where.add(l.path().toString());
                    local.add(true);
                    problems.add(l.problem());
                }
            } else {
                remote(in, conf, where, local, problems);
            }
        }
        List<Path> forIds = new ArrayList<>();
        for (int i = 0; i < where.size(); i++) {
            forIds.add(local.get(i) ? Path.of(where.get(i)) : Path.of(URI.create(where.get(i)).getPath()));
        }
        List<String> ids = CorpusReader.ids(forIds);
        List<File> out = new ArrayList<>();
        for (int i = 0; i < where.size(); i++) {
            IngestResult p = problems.get(i);
            IngestResult problem = p == null ? null : new IngestResult(ids.get(i), p.path(), null, p.status(), p.message());
            out.add(new File(where.get(i), local.get(i), ids.get(i), problem));
        }
        return out;
    }

    private static void remote(String in, Configuration conf, List<String> where, List<Boolean> local,
                               List<IngestResult> problems) {
        try {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(in);
            FileSystem fs = p.getFileSystem(conf);
            FileStatus[] matched = fs.globStatus(p);
            if (matched == null || matched.length == 0) {
                where.add(in);
                local.add(false);
                problems.add(IngestResult.error(in, in, "not found"));
                return;
            }
            for (FileStatus st : matched) {
                walk(fs, st, where, local, problems);
            }
        } catch (IOException | RuntimeException e) {
            where.add(in);
            local.add(false);
            problems.add(IngestResult.error(in, in, "cannot list: " + e.getMessage()));
        }
    }

    private static void walk(FileSystem fs, FileStatus st, List<String> where, List<Boolean> local,
                             List<IngestResult> problems) throws IOException {
        String uri = st.getPath().toString();
        if (st.isDirectory()) {
            FileStatus[] children = fs.listStatus(st.getPath());
            java.util.Arrays.sort(children, (a, b) -> a.getPath().getName().compareTo(b.getPath().getName()));
            for (FileStatus c : children) {
                walk(fs, c, where, local, problems);
            }
        } else {
            where.add(uri);
            local.add(false);
            problems.add(st.isFile() ? null : IngestResult.skipped(uri, uri, "not a regular file"));
        }
    }

    /** The Hadoop configuration as bytes, to rebuild it on the executors. */
    static byte[] serialize(Configuration conf) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            conf.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The bytes of a file on a Hadoop file system, or null when it holds more than {@code max}. */
    static byte[] readRemote(String uri, byte[] conf, long max) throws IOException {
        Configuration c = new Configuration(false);
        c.readFields(new DataInputStream(new ByteArrayInputStream(conf)));
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(uri);
        try (InputStream in = p.getFileSystem(c).open(p)) {
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            return b.length > max ? null : b;
        }
    }
}
