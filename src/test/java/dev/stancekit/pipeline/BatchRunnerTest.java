package dev.stancekit.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.Article;
import dev.stancekit.model.ArticleResult;
import dev.stancekit.model.IngestResult;
import dev.stancekit.model.Quote;
import dev.stancekit.model.QuoteKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class BatchRunnerTest {

    private static IngestResult ok(String id) {
        return IngestResult.ok(Article.of(id, "The envoy said the talks would resume next week in " + id + "."));
    }

    private static Quote quoteFor(IngestResult in) {
        return Quote.builder().id(in.id() + "#1").article(in.id()).kind(QuoteKind.DIRECT).text("words of " + in.id())
                .cue("said").speakerMention("").themes(List.of()).span(0, 1).build();
    }

    private static List<ArticleResult> run(List<IngestResult> inputs,
                                           Function<IngestResult, List<Quote>> analysis, int threads) {
        List<ArticleResult> out = Collections.synchronizedList(new ArrayList<>());
        new BatchRunner(analysis, threads).run(inputs.iterator(), out::add);
        return out;
    }

    @Test
    void keepsInputOrderWhenTheFirstItemIsSlowest() {
        List<IngestResult> inputs = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            inputs.add(ok("a" + i + ".txt"));
        }
        CountDownLatch othersDone = new CountDownLatch(3);
        List<ArticleResult> out = run(inputs, in -> {
            if (in.id().equals("a0.txt")) {
                try {
                    // the first item finishes only after later ones did
                    othersDone.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            } else {
                othersDone.countDown();
            }
            return List.of(quoteFor(in));
        }, 4);
        assertEquals(inputs.size(), out.size());
        for (int i = 0; i < inputs.size(); i++) {
            assertEquals(inputs.get(i).id(), out.get(i).input().id());
            assertEquals(inputs.get(i).id() + "#1", out.get(i).quotes().get(0).id());
        }
    }

    @Test
    void anExceptionBecomesAnErrorResultAndTheRunGoesOn() {
        List<IngestResult> inputs = List.of(ok("one.txt"), ok("bad.txt"), ok("three.txt"));
        List<ArticleResult> out = run(inputs, in -> {
            if (in.id().equals("bad.txt")) {
                throw new IllegalStateException("parser exploded on a table");
            }
            return List.of(quoteFor(in));
        }, 2);
        assertEquals(3, out.size());
        ArticleResult bad = out.get(1);
        assertEquals(IngestResult.Status.ERROR, bad.input().status());
        assertEquals("bad.txt", bad.input().id());
        assertTrue(bad.input().message().contains("parser exploded on a table"), bad.input().message());
        assertTrue(bad.input().message().contains("IllegalStateException"), bad.input().message());
        assertTrue(bad.quotes().isEmpty());
        assertTrue(out.get(0).input().isOk());
        assertEquals(1, out.get(2).quotes().size());
    }

    @Test
    void nonOkInputsPassThroughWithoutAnalysis() {
        AtomicInteger calls = new AtomicInteger();
        List<IngestResult> inputs = List.of(
                IngestResult.skipped("empty.txt", "in/empty.txt", "empty file"),
                ok("fine.txt"),
                IngestResult.error("broken.pdf", "in/broken.pdf", "cannot decode"));
        List<ArticleResult> out = run(inputs, in -> {
            calls.incrementAndGet();
            return List.of(quoteFor(in));
        }, 3);
        assertEquals(1, calls.get());
        assertEquals(inputs.get(0), out.get(0).input());
        assertEquals(inputs.get(2), out.get(2).input());
        assertTrue(out.get(0).quotes().isEmpty());
        assertTrue(out.get(2).quotes().isEmpty());
        assertEquals(1, out.get(1).quotes().size());
    }

    @Test
    void doesNotDrainTheInputsFarAheadOfTheSink() {
        int threads = 2;
        AtomicInteger pulled = new AtomicInteger();
        AtomicInteger maxAhead = new AtomicInteger();
        AtomicInteger delivered = new AtomicInteger();
        Iterator<IngestResult> counting = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return pulled.get() < 200;
            }

            @Override
            public IngestResult next() {
                int n = pulled.incrementAndGet();
                maxAhead.accumulateAndGet(n - delivered.get(), Math::max);
                return ok("n" + n + ".txt");
            }
        };
        new BatchRunner(in -> List.of(), threads).run(counting, r -> delivered.incrementAndGet());
        assertEquals(200, delivered.get());
        // the documented window is threads * 4 articles in flight
        assertTrue(maxAhead.get() <= threads * 4, "ran ahead by " + maxAhead.get());
    }

    @Test
    void zeroThreadsStillRuns() {
        List<ArticleResult> out = run(List.of(ok("x.txt"), ok("y.txt")), in -> List.of(quoteFor(in)), 0);
        assertEquals(2, out.size());
    }

    @Test
    void hammerWithRandomFailures() {
        Random rnd = new Random(42);
        for (int round = 0; round < 20; round++) {
            int n = rnd.nextInt(60);
            List<IngestResult> inputs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int pick = rnd.nextInt(10);
                inputs.add(pick == 0 ? IngestResult.skipped("s" + i, null, "skip")
                        : pick == 1 ? IngestResult.error("e" + i, null, "err") : ok("k" + i));
            }
            long seed = rnd.nextLong();
            List<ArticleResult> out = run(inputs, in -> {
                Random r = new Random(seed ^ in.id().hashCode());
                if (r.nextInt(4) == 0) {
                    throw r.nextBoolean() ? new IllegalArgumentException("random " + in.id())
                            : new NullPointerException();
                }
                if (r.nextInt(8) == 0) {
                    Thread.onSpinWait();
                }
                return List.of(quoteFor(in));
            }, 1 + rnd.nextInt(4));
            assertEquals(n, out.size());
            for (int i = 0; i < n; i++) {
                IngestResult in = inputs.get(i);
                ArticleResult res = out.get(i);
                assertEquals(in.id(), res.input().id());
                if (!in.isOk()) {
                    assertEquals(in, res.input());
                } else if (res.input().isOk()) {
                    assertEquals(1, res.quotes().size());
                } else {
                    assertEquals(IngestResult.Status.ERROR, res.input().status());
                    assertTrue(res.input().message().startsWith("analysis failed"), res.input().message());
                    assertTrue(res.quotes().isEmpty());
                }
            }
        }
    }

    @Test
    void anErrorOtherThanOutOfMemoryInOneArticleDoesNotStopTheRun() {
        List<IngestResult> inputs = List.of(ok("one.txt"), ok("assert.txt"), ok("three.txt"));
        List<ArticleResult> out = run(inputs, in -> {
            if (in.id().equals("assert.txt")) {
                throw new AssertionError("internal invariant of a tagger");
            }
            return List.of(quoteFor(in));
        }, 2);
        assertEquals(3, out.size());
        assertEquals(IngestResult.Status.ERROR, out.get(1).input().status());
        assertTrue(out.get(1).input().message().contains("internal invariant of a tagger"));
        assertTrue(out.get(2).input().isOk());
    }
}
