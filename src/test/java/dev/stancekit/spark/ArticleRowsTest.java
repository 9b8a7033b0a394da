package dev.stancekit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.Article;
import dev.stancekit.model.Hashing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleRowsTest {

    @TempDir
    Path dir;

    static final ReadSettings TEXT = new ReadSettings(InputFormat.TEXT, null, null, false);

    /** A local file item: the bytes written under the last name of {@code path}, listed with that name as id. */
    Row fileItem(String path, byte[] bytes) {
        try {
            Path f = dir.resolve(String.valueOf(counter++)).resolve(path.substring(path.lastIndexOf('/') + 1));
            Files.createDirectories(f.getParent());
            Files.write(f, bytes);
            return new GenericRowWithSchema(new Object[] {0L, f.toString(), true, f.getFileName().toString(), null,
                null, null}, ArticleRows.ITEM);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int counter;

    static Row rowItem(long seq, String manifest, Map<String, String> fields) {
        return new GenericRowWithSchema(new Object[] {seq, manifest, false, null, null, null,
            scala.jdk.javaapi.CollectionConverters.asScala(fields)}, ArticleRows.ITEM);
    }

    @Test
    void textFileIsReadByTheCoreReaderUnderItsRealNameAndPath() {
        byte[] bytes = "Harbour Talks Resume\n\nMarch 4, 2024\n\nOfficials met at the port on Monday.\n"
                .getBytes(StandardCharsets.UTF_8);
        Row item = fileItem("hdfs://nn/corpus/p1.txt", bytes);
        List<Row> rows = ArticleRows.read(item, TEXT, null);
        assertEquals(1, rows.size());
        Row r = rows.get(0);
        assertEquals("ok", r.getAs("status"));
        Article a = ArticleRows.toArticle(r);
        assertEquals("p1.txt", a.id());
        assertEquals(item.getAs("origin"), a.path());
        assertEquals(Hashing.sha256(bytes), a.hash());
        assertEquals(LocalDate.of(2024, 3, 4), a.date());
        assertTrue(a.text().contains("Officials met at the port on Monday."), a.text());
        assertNotNull(r.getAs("text_key"));
    }

    @Test
    void htmlFileLosesItsMarkup() {
        byte[] html = "<html><head><title>Port deal</title></head><body><p>The envoy arrived on Friday.</p></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        Row r = ArticleRows.read(fileItem("file:/in/page.html", html), TEXT, null).get(0);
        assertEquals("ok", r.getAs("status"));
        assertFalse(r.<String>getAs("text").contains("<p>"), r.<String>getAs("text"));
        assertTrue(r.<String>getAs("text").contains("The envoy arrived on Friday."));
    }

    @Test
    void unsupportedAndEmptyFilesAreReportedNotDropped() {
        Row bin = ArticleRows.read(fileItem("file:/in/photo.jpg", new byte[] {1, 2, 3}), TEXT, null).get(0);
        assertEquals("skipped", bin.getAs("status"));
        assertTrue(bin.<String>getAs("message").contains("unsupported"), bin.<String>getAs("message"));
        Row empty = ArticleRows.read(fileItem("file:/in/empty.txt", new byte[0]), TEXT, null).get(0);
        assertEquals("skipped", empty.getAs("status"));
        assertTrue(empty.<String>getAs("path").endsWith("/empty.txt"), empty.<String>getAs("path"));
    }

    @Test
    void manifestRowUsesTheReadersColumnNamesAndNamesIdlessRows() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("headline", "Grain shipments");
        f.put("published", "2023-09-14");
        f.put("outlet", "Example Wire");
        f.put("body", "Ships left the port before dawn.");
        Row r = ArticleRows.read(rowItem(6, "hdfs://nn/m/list.csv", f), new ReadSettings(InputFormat.CSV, null, null, false), null).get(0);
        assertEquals("ok", r.getAs("status"), r.<String>getAs("message"));
        Article a = ArticleRows.toArticle(r);
        assertEquals("list.csv#7", a.id());
        assertEquals("hdfs://nn/m/list.csv#7", a.path());
        assertEquals("Grain shipments", a.title());
        assertEquals(LocalDate.of(2023, 9, 14), a.date());
        assertEquals("Example Wire", a.source());

        Map<String, String> none = new LinkedHashMap<>();
        none.put("id", "n1");
        none.put("text", null);
        Row bad = ArticleRows.read(rowItem(0, "m.jsonl", none), new ReadSettings(InputFormat.JSONL, null, null, false), null).get(0);
        assertEquals("error", bad.getAs("status"));
        assertEquals("m.jsonl#1", bad.getAs("id"));
        assertTrue(bad.<String>getAs("message").contains("neither text nor path"), bad.<String>getAs("message"));
    }

    @Test
    void randomBytesAlwaysGiveResultsWithAKnownStatus() {
        Random rnd = new Random(11);
        String[] names = {"a.txt", "b.md", "c.html", "d.csv", "e.jsonl", "f.bin", "g"};
        for (int i = 0; i < 150; i++) {
            byte[] b = new byte[rnd.nextInt(200)];
            rnd.nextBytes(b);
            if (rnd.nextBoolean()) {
                b = QuoteRowsTest.randomText(rnd).repeat(rnd.nextInt(5)).getBytes(StandardCharsets.UTF_8);
            }
            String path = "file:/d/" + i + names[i % names.length];
            Row item = fileItem(path, b);
            List<Row> rows = ArticleRows.read(item, TEXT, null);
            assertFalse(rows.isEmpty());
            for (Row r : rows) {
                assertTrue(Set.of("ok", "skipped", "error").contains(r.<String>getAs("status")));
                assertTrue(r.<String>getAs("path").startsWith(item.getAs("origin")), r.<String>getAs("path"));
                assertEquals(r.getAs("status").equals("ok"), r.getAs("text") != null);
            }
        }
    }

    /** The same file as a remote item: fetched through Hadoop's file system and read from memory. */
    static Row remoteItem(Row local) {
        String path = local.getAs("origin");
        return new GenericRowWithSchema(new Object[] {0L, "file://" + path, false, local.getAs("id"), null, null,
            null}, ArticleRows.ITEM);
    }

    @Test
    void filesElsewhereAreReadFromMemoryAsTheLocalFileIsRead() throws IOException {
        byte[] conf = InputFiles.serialize(new org.apache.hadoop.conf.Configuration(false));
        String csv = "id,title,text\nr1,One,\"Ships left the port before dawn.\"\nr2,Two,\n";
        Object[][] cases = {{"p1.txt", "Harbour Talks Resume\n\nMarch 4, 2024\n\nOfficials met at the port.\n", TEXT},
            {"page.html", "<html><head><title>Port deal</title></head><body><p>The envoy arrived.</p></body></html>",
                TEXT},
            {"list.csv", csv, new ReadSettings(InputFormat.CSV, null, null, false)},
            {"empty.txt", "", TEXT}, {"photo.jpg", "\u00ff", TEXT}};
        for (Object[] c : cases) {
            Row local = fileItem((String) c[0], ((String) c[1]).getBytes(StandardCharsets.UTF_8));
            Row remote = remoteItem(local);
            List<Row> want = ArticleRows.read(local, (ReadSettings) c[2], conf);
            List<Row> got = ArticleRows.read(remote, (ReadSettings) c[2], conf);
            assertEquals(want.size(), got.size(), (String) c[0]);
            for (int i = 0; i < want.size(); i++) {
                for (String field : List.of("id", "status", "message", "title", "date", "text", "hash")) {
                    assertEquals(want.get(i).<Object>getAs(field), got.get(i).getAs(field), c[0] + " " + field);
                }
                String path = got.get(i).getAs("path");
                assertTrue(path.startsWith("file://" + local.getAs("origin")), path);
            }
        }
    }
}
