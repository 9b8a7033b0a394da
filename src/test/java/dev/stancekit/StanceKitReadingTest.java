package dev.stancekit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.ingest.Boilerplate;
import dev.stancekit.ingest.CorpusReader;
import dev.stancekit.ingest.InputFormat;
import dev.stancekit.model.Article;
import dev.stancekit.model.IngestResult;
import dev.stancekit.nlp.AnnotatedText;
import dev.stancekit.nlp.Sentence;
import dev.stancekit.nlp.TextAnnotator;
import dev.stancekit.nlp.Token;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade reads bytes and paths as the CLI's reader does, and analyses with the annotator it is given. */
class StanceKitReadingTest {

    @TempDir
    Path dir;

    private static final String PAGE = "<html><head><title>Harbour talks resume</title>"
            + "<meta property=\"article:published_time\" content=\"2024-03-04T08:00:00Z\"></head><body>"
            + "<nav>Home | World | Business</nav><article><p>Officials from the two harbour authorities met on "
            + "Tuesday and agreed to restore the weekly shipping hotline.</p>"
            + "<p>\"We expect calmer waters,\" a port spokeswoman told reporters.</p></article></body></html>";

    /** What the CLI read before the facade did: the core reader with the kit's boilerplate rules. */
    private static List<IngestResult> cliRead(StanceKit kit, Path file) {
        try (Stream<IngestResult> s = CorpusReader.builder().boilerplate(Boilerplate.load(kit.resources())).build()
                .read(List.of(file))) {
            return s.toList();
        }
    }

    @Test
    void bytesAndAPathGiveTheArticleTheClisReaderGives() throws IOException {
        StanceKit kit = StanceKit.builder().build();
        Path file = Files.writeString(dir.resolve("port.html"), PAGE);
        Article cli = cliRead(kit, file).get(0).article();
        List<IngestResult> byPath;
        try (Stream<IngestResult> s = kit.read(List.of(file))) {
            byPath = s.toList();
        }
        assertEquals(cliRead(kit, file), byPath);
        byte[] bytes = PAGE.getBytes(StandardCharsets.UTF_8);
        Article fromBytes = kit.article("https://example.org/world/port.html", bytes);
        assertEquals(cli.toBuilder().path("https://example.org/world/port.html").build(), fromBytes);
        assertEquals("Harbour talks resume", fromBytes.title());
        assertTrue(!fromBytes.text().contains("<p>") && !fromBytes.text().contains("Home | World"), fromBytes.text());
        assertEquals(List.of(IngestResult.ok(fromBytes)), kit.read("https://example.org/world/port.html", bytes));
    }

    @Test
    void aManifestOrUnreadableBytesAreNoArticle() throws IOException {
        StanceKit kit = StanceKit.builder().build();
        byte[] manifest = "id,text\na,First text here.\nb,Second text here.\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of("a", "b"), kit.read("in/list.csv", manifest).stream().map(IngestResult::id).toList());
        IllegalArgumentException many = assertThrows(IllegalArgumentException.class,
                () -> kit.article("in/list.csv", manifest));
        assertTrue(many.getMessage().contains("2 articles"), many.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> kit.article("in/photo.jpg", new byte[] {1, 2}));
        assertTrue(none.getMessage().contains("unsupported file type"), none.getMessage());
        StanceKit asCsv = StanceKit.builder().inputFormat(InputFormat.CSV).build();
        assertEquals(2, asCsv.read("in/list.txt", manifest).size(), "the input format is the kit's");
    }

    @Test
    void readingKeepsTheKitsExcludedFoldersAndInputRoot() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path out = Files.createDirectories(in.resolve("out"));
        Files.writeString(in.resolve("a.txt"), "Ships left the port before dawn, officials said.");
        Files.writeString(out.resolve("b.txt"), "An old output the run wrote.");
        StanceKit kit = StanceKit.builder().build();
        try (Stream<IngestResult> s = kit.read(List.of(in), List.of(out))) {
            assertEquals(List.of("a.txt"), s.map(IngestResult::id).toList());
        }
        Path other = Files.createDirectories(dir.resolve("other"));
        Path target = Files.writeString(other.resolve("c.txt"), "Talks resumed on Friday, the envoy said.");
        Files.writeString(in.resolve("m.csv"), "id,path\nc," + target + "\n");
        try (Stream<IngestResult> s = kit.read(List.of(in.resolve("m.csv")))) {
            assertEquals(IngestResult.Status.ERROR, s.toList().get(0).status(), "outside the manifest's folder");
        }
        try (Stream<IngestResult> s = StanceKit.builder().inputRoot(dir).build().read(List.of(in.resolve("m.csv")))) {
            assertTrue(s.toList().get(0).isOk(), "inside the input root");
        }
    }

    /** Splits on white space: one sentence, every token a noun; records what it was given. */
    static final class WordAnnotator implements TextAnnotator {
        final List<String> seen = new CopyOnWriteArrayList<>();

        @Override
        public AnnotatedText annotate(String text) {
            seen.add(text);
            List<Token> tokens = new ArrayList<>();
            Matcher m = Pattern.compile("\\S+").matcher(text);
            while (m.find()) {
                tokens.add(new Token(m.group(), m.group().toLowerCase(), "NN", "O", m.start(), m.end()));
            }
            return new AnnotatedText(text, List.of(new Sentence(0, 0, 0, text.length(), tokens)));
        }
    }

    @Test
    void theAnalysisUsesTheAnnotatorItIsGiven() {
        WordAnnotator words = new WordAnnotator();
        StanceKit kit = StanceKit.builder().annotator(words).build();
        Article a = Article.of("calm.txt", "Five words in this text.");
        assertEquals(5, kit.analyzer().tokens(a));
        kit.analyze(a);
        kit.explain(a);
        assertEquals(List.of(a.text(), a.text(), a.text()), words.seen);
        assertThrows(NullPointerException.class, () -> StanceKit.builder().annotator(null));
    }
}
