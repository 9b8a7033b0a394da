package dev.stancekit.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.ingest.Article;
import dev.stancekit.ingest.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.junit.jupiter.api.Test;

class ArticleRowsTest {

    static Row row(Object... v) {
        return new GenericRowWithSchema(v, ArticleRows.SCHEMA);
    }

    @Test
    void manifestRowBecomesArticleWithItsFields() {
        Article a = ArticleRows.toArticle(row(3L, "k9", null, "A headline", "2024-07-01T08:00:00Z", "Wire",
                "https://example.org/k9", "Body words here.", null, null));
        assertEquals("k9", a.id());
        assertEquals("k9", a.path());
        assertEquals(LocalDate.of(2024, 7, 1), a.date());
        assertEquals("Wire", a.source());
        assertEquals(Hashing.sha256("Body words here."), a.hash());
    }

    @Test
    void idFallsBackToThePathsFileName() {
        Article a = ArticleRows.toArticle(row(0L, " ", "hdfs://nn/corpus/x1.txt", null, null, null, null, "t", "h", null));
        assertEquals("x1.txt", a.id());
        assertEquals("h", a.hash());
    }

    @Test
    void badRowsSayWhatIsWrong() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ArticleRows.toArticle(
                row(1L, null, null, null, null, null, null, "t", null, null))).getMessage().contains("no id"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ArticleRows.toArticle(
                row(1L, "a", null, null, null, null, null, null, null, null))).getMessage().contains("no text"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ArticleRows.toArticle(
                row(1L, "a", null, null, "May 3", null, null, "t", null, null))).getMessage().contains("bad date 'May 3'"));
        assertArrayEquals(new String[] {"row 5", "row 5"}, ArticleRows.idAndPath(row(5L, null, null, null, null, null, null, null, null, null)));
    }

    @Test
    void textFileIsNamedByItsFileNameAndHashedOnItsBytes() {
        byte[] bytes = "\uFEFFFirst line.\nSecond line.".getBytes(StandardCharsets.UTF_8);
        Row r = (ArticleRows.fromFile("file:/data/in/p1.txt", bytes));
        Article a = ArticleRows.toArticle(r);
        assertEquals("p1.txt", a.id());
        assertEquals("file:/data/in/p1.txt", a.path());
        assertEquals("First line.\nSecond line.", a.text());
        assertEquals(Hashing.sha256(bytes), a.hash());
    }

    @Test
    void fileThatIsNotUtf8BecomesAnErrorRow() {
        Row r = (ArticleRows.fromFile("/x/win.txt", new byte[] {'c', 'a', 'f', (byte) 0xE9}));
        assertNull(r.getAs("text"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ArticleRows.toArticle(r)).getMessage().contains("UTF-8"));
    }

    @Test
    void randomBytesNeverThrowOutsideTheArticleCheck() {
        Random rnd = new Random(11);
        for (int i = 0; i < 2000; i++) {
            byte[] b = new byte[rnd.nextInt(64)];
            rnd.nextBytes(b);
            Row r = (ArticleRows.fromFile("/d/f" + i, b));
            assertEquals("f" + i, r.getAs("id"));
            assertEquals(r.getAs("text") == null, r.getAs("error") != null);
            if (r.getAs("text") != null) {
                assertEquals(r.<String>getAs("text"), ArticleRows.toArticle(r).text());
            }
        }
    }
}
