package dev.stancekit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalInputsTest {

    @TempDir
    Path tmp;

    private Path file(String rel, String text) throws IOException {
        Path p = tmp.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void foldersGiveTheirTextFilesInOrder() throws IOException {
        Path b = file("in/b.txt", "B body");
        Path a = file("in/sub/a.TXT", "A body");
        file("in/notes.md", "skip");
        Path single = file("other.html", "given explicitly");
        List<Path> files = EvalInputs.textFiles(List.of(tmp.resolve("in"), single, b));
        assertEquals(List.of(b, a, single), files);
        List<Article> read = EvalInputs.read(files);
        assertEquals("b.txt", read.get(0).id());
        assertEquals("A body", read.get(1).text());
        assertThrows(IOException.class, () -> EvalInputs.textFiles(List.of(tmp.resolve("missing"))));
        Files.createDirectories(tmp.resolve("empty"));
        IOException e = assertThrows(IOException.class, () -> EvalInputs.textFiles(List.of(tmp.resolve("empty"))));
        assertTrue(e.getMessage().contains("no .txt article"), e.getMessage());
    }

    @Test
    void goldArticlesAreFoundNearTheGoldFile() throws IOException {
        Path gold = file("corpus/gold.csv", "");
        Path one = file("corpus/articles/one.txt", "x");
        file("corpus/articles/one.html", "x");
        Path two = file("corpus/Two.txt", "y");
        List<Map<String, String>> rows = List.of(Map.of("article", "one.txt"), Map.of("article", "x/two"),
                Map.of("article", "one"), Map.of("article", " "));
        assertEquals(List.of(one, two), EvalInputs.goldArticles(gold, rows));
        IOException e = assertThrows(IOException.class,
                () -> EvalInputs.goldArticles(gold, List.of(Map.of("article", "three.txt"))));
        assertTrue(e.getMessage().contains("three") && e.getMessage().contains("INPUT"), e.getMessage());
    }
}
