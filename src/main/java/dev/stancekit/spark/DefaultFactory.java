package dev.stancekit.spark;

import dev.stancekit.ArticleAnalyzer;

/**
 * The analyzer the CLI uses, with an optional resources folder and speaker registry, as seen from
 * the executors (local paths there, or files shipped with {@code --files}).
 */
record DefaultFactory(String resources, String registry) implements AnalyzerFactory {

    @Override
    public ArticleAnalyzer create() {
        throw new IllegalStateException("the stancekit pipeline facade is not in this build yet");
    }
}
