package dev.stancekit.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
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

    @Test
    void theAnnotatorIsNotBuiltWhileEveryTextIsInTheCache(@TempDir Path dir) {
        Fake fake = new Fake();
        CachingAnnotator first = new CachingAnnotator(fake, dir, "a");
        AnnotatedText one = first.annotate("one two");
        first.annotate("three four five");

        AtomicInteger built = new AtomicInteger();
        Supplier<TextAnnotator> build = () -> {
            built.incrementAndGet();
            return fake;
        };
        CachingAnnotator lazy = new CachingAnnotator(build, dir, "a");
        assertEquals(one, lazy.annotate("one two"));
        lazy.annotate("three four five");
        assertEquals(0, built.get(), "built although every text was in the cache");
        assertEquals(2, fake.calls.get());

        lazy.annotate("a text not seen before");
        lazy.annotate("another one");
        assertEquals(1, built.get(), "built once, on the first miss");
        assertEquals(4, fake.calls.get());
    }

    @Test
    void missesOnManyThreadsBuildTheAnnotatorOnce(@TempDir Path dir) throws Exception {
        Fake fake = new Fake();
        AtomicInteger built = new AtomicInteger();
        CachingAnnotator lazy = new CachingAnnotator(() -> {
            built.incrementAndGet();
            return fake;
        }, dir, "a");
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<AnnotatedText>> done = new java.util.ArrayList<>();
            for (int i = 0; i < threads; i++) {
                String text = "text number " + i;
                done.add(pool.submit(() -> {
                    start.await();
                    return lazy.annotate(text);
                }));
            }
            start.countDown();
            for (Future<AnnotatedText> f : done) {
                assertEquals(3, f.get(1, TimeUnit.MINUTES).tokenCount());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, built.get());
        assertEquals(threads, fake.calls.get());
    }
}
