package dev.stancekit.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The annotation cache gives back exactly what the annotator gave, and survives a damaged entry. */
class CachingAnnotatorTest {

    /** A fake annotator: one sentence per line, one token per word, counting its calls. */
    private static final class Fake implements TextAnnotator {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public AnnotatedText annotate(String text) {
            calls.incrementAndGet();
            List<Token> tokens = new java.util.ArrayList<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\S+").matcher(text);
            while (m.find()) {
                tokens.add(new Token(m.group(), m.group().toLowerCase(), "NN", "O", m.start(), m.end()));
            }
            return new AnnotatedText(text, List.of(new Sentence(0, 0, 0, text.length(), tokens)));
        }
    }

    @Test
    void aSecondCallReadsTheCacheAndGivesEqualTokens(@TempDir Path dir) {
        Fake fake = new Fake();
        CachingAnnotator cache = new CachingAnnotator(fake, dir, "settings-1");
        AnnotatedText first = cache.annotate("Élise said “non” twice");
        AnnotatedText second = cache.annotate("Élise said “non” twice");
        assertEquals(1, fake.calls.get());
        assertEquals(first, second);
    }

    @Test
    void otherSettingsOrADamagedEntryAnnotateAgain(@TempDir Path dir) throws Exception {
        Fake fake = new Fake();
        new CachingAnnotator(fake, dir, "a").annotate("one two");
        new CachingAnnotator(fake, dir, "b").annotate("one two");
        assertEquals(2, fake.calls.get());
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.write(p, new byte[] {1, 2, 3});
            }
        }
        AnnotatedText again = new CachingAnnotator(fake, dir, "a").annotate("one two");
        assertEquals(3, fake.calls.get());
        assertEquals(2, again.tokenCount());
    }
}
