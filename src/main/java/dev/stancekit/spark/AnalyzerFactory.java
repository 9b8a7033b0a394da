package dev.stancekit.spark;

import dev.stancekit.pipeline.ArticleAnalyzer;
import java.io.Serializable;

/**
 * Builds the per-article analyzer on an executor. The factory is shipped to the executors with
 * the job; the analyzer it builds (CoreNLP pipeline, registry, lexicons) is not: each executor JVM
 * builds it once, on first use, and reuses it for every partition and task it runs.
 *
 * <p>Executors cache the analyzer by the factory's class, or by the factory itself when it is a
 * record (so two records with different settings get two analyzers). A factory that is neither a
 * record nor free of settings should therefore not be used with different settings in one JVM.
 */
@FunctionalInterface
public interface AnalyzerFactory extends Serializable {

    /** A new analyzer; called at most once per executor JVM for a given factory. */
    ArticleAnalyzer create();
}
