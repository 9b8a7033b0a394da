package dev.stancekit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.Article;
import dev.stancekit.model.IngestResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive's articles.csv goes through the one formula-safe writer and reads back the original text. */
class ArchiveCsvTest {

    @TempDir
    Path out;

    @Test
    void aFormulaTitleIsDefusedInTheFileAndReadBackAsWritten() throws IOException {
        Article a = Article.builder().id("a.txt").path("a.txt").title("=HYPERLINK(\"http://x\")")
                .date(LocalDate.of(2024, 7, 17)).source("@outlet").url("").text("").hash("h").words(3).build();
        IngestResult bad = IngestResult.error("b.txt", "b.txt", "-cannot read");
        Archive archive = new Archive(out);
        archive.save(List.of(new Archive.Entry("path:a", IngestResult.ok(a), List.of(), null),
                new Archive.Entry("path:b", bad, List.of(), null)));
        String file = Files.readString(out.resolve(".stancekit/archive/articles.csv"), StandardCharsets.UTF_8);
        assertTrue(file.contains("'=HYPERLINK") && file.contains("'@outlet") && file.contains("'-cannot read"), file);
        List<Archive.Entry> back = archive.load();
        assertEquals("=HYPERLINK(\"http://x\")", back.get(0).input().article().title());
        assertEquals("@outlet", back.get(0).input().article().source());
        assertEquals("-cannot read", back.get(1).input().message());
    }
}
