package dev.stancekit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.Hashing;
import dev.stancekit.model.IngestResult;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileLoaderTest {

    @TempDir
    Path dir;

    @Test
    void missingAndUnreadableFilesAreErrors() throws IOException {
        Loaded gone = FileLoader.load(dir.resolve("gone.txt"), "gone.txt", "gone.txt", InputFormat.TEXT, 1000);
        assertEquals(IngestResult.Status.ERROR, gone.result().status());
        assertTrue(gone.result().message().startsWith("file not found"), gone.result().message());
        Path folder = Files.createDirectory(dir.resolve("folder.txt"));
        Loaded d = FileLoader.load(folder, "folder.txt", "folder.txt", InputFormat.TEXT, 1 << 20);
        assertEquals(IngestResult.Status.ERROR, d.result().status());
        assertTrue(d.result().message().startsWith("cannot read file"), d.result().message());
    }

    @Test
    void htmlInATextFileIsReadAsHtml() throws IOException {
        Path p = Files.writeString(dir.resolve("saved.txt"), "<!DOCTYPE html><html><head><title>Saved Page</title>"
                + "<script>x()</script></head><body><p>Saved body.</p></body></html>");
        Source s = FileLoader.load(p, "saved.txt", "saved.txt", InputFormat.TEXT, 1 << 20).source();
        assertEquals("Saved Page", s.title());
        assertEquals("Saved body.", s.text());
        assertTrue(s.note().contains("read as HTML"));
    }

    @Test
    void declaredLegacyCharsetOfAPageIsUsed() throws IOException {
        String html = "<html><head><meta charset=\"koi8-r\"><title>Мост</title></head><body><p>Новый мост открыт.</p></body></html>";
        Path p = Files.write(dir.resolve("ru.html"), html.getBytes(Charset.forName("KOI8-R")));
        Source s = FileLoader.load(p, "ru.html", "ru.html", InputFormat.HTML, 1 << 20).source();
        assertEquals("Новый мост открыт.", s.text());
        assertTrue(s.note().contains("KOI8-R"), s.note());
    }

    @Test
    void hashIsOfTheRawBytesAndSizeIsCheckedBeforeReading() throws IOException {
        byte[] raw = "Short Story\n\nIt rained.".getBytes(StandardCharsets.UTF_8);
        Path p = Files.write(dir.resolve("s.txt"), raw);
        assertEquals(Hashing.sha256(raw), FileLoader.load(p, "s.txt", "s.txt", InputFormat.TEXT, 100).source().hash());
        Loaded big = FileLoader.load(p, "s.txt", "s.txt", InputFormat.TEXT, 10);
        assertNull(big.source());
        assertEquals("file too large (23 bytes, limit 10 bytes); not read", big.result().message());
    }
}
