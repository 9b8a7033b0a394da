package dev.stancekit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stancekit.pipeline.ArticleAnalyzer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class AnalyzerCacheTest {

    @SuppressWarnings("unchecked")
    static <T> T reserialize(T o) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    @Test
    void shippedCopiesOfOneFactoryShareOneAnalyzerEvenFromManyThreads() throws Exception {
        TestAnalyzers.Factory f = new TestAnalyzers.Factory("cache-" + System.nanoTime());
        int before = TestAnalyzers.BUILDS.get();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<ArticleAnalyzer>> got = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            TestAnalyzers.Factory copy = reserialize(f);
            got.add(pool.submit(() -> AnalyzerCache.get(copy)));
        }
        ArticleAnalyzer first = got.get(0).get();
        for (Future<ArticleAnalyzer> g : got) {
            assertSame(first, g.get());
        }
        pool.shutdown();
        assertEquals(before + 1, TestAnalyzers.BUILDS.get());
        assertNotSame(first, AnalyzerCache.get(new TestAnalyzers.Factory("other-" + System.nanoTime())));
    }

    @Test
    void lambdaFactoriesAreCachedByClass() throws Exception {
        List<Integer> calls = Collections.synchronizedList(new ArrayList<>());
        AnalyzerFactory f = (AnalyzerFactory & java.io.Serializable) () -> {
            calls.add(1);
            return TestAnalyzers.analyzer();
        };
        assertSame(AnalyzerCache.get(f), AnalyzerCache.get(f));
        assertEquals(1, calls.size());
    }

    @Test
    void factoryThatBuildsNothingIsAnError() {
        AnalyzerFactory f = () -> null;
        assertThrows(IllegalStateException.class, () -> AnalyzerCache.get(f));
    }
}
