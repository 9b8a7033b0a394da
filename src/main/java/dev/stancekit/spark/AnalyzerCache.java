package dev.stancekit.spark;

import dev.stancekit.pipeline.ArticleAnalyzer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The analyzers built in this JVM, one per factory (see {@link AnalyzerFactory}). */
final class AnalyzerCache {

    private static final Map<Object, ArticleAnalyzer> BUILT = new ConcurrentHashMap<>();

    private AnalyzerCache() {
    }

    /** The analyzer of this factory, built on the first call in this JVM. */
    static ArticleAnalyzer get(AnalyzerFactory factory) {
        return BUILT.computeIfAbsent(key(factory), k -> {
            ArticleAnalyzer a = factory.create();
            if (a == null) {
                throw new IllegalStateException(factory.getClass().getName() + " built no analyzer");
            }
            return a;
        });
    }

    static Object key(AnalyzerFactory factory) {
        return factory instanceof Record ? factory : factory.getClass();
    }
}
