package dev.stancekit.spark;

import dev.stancekit.pipeline.ArticleAnalyzer;
import dev.stancekit.StanceKit;
import java.nio.file.Path;

/**
 * The analyzer the CLI uses ({@link StanceKit}), with an optional resources folder and speaker
 * registry folder, as seen from the executors (local paths there, or shipped with {@code --files}).
 */
record DefaultFactory(String resources, String registry) implements AnalyzerFactory {

    @Override
    public ArticleAnalyzer create() {
        if (resources == null && registry == null) {
            return StanceKit.defaults().analyzer();
        }
        return StanceKit.builder().resources(resources == null ? null : Path.of(resources))
                .registry(registry == null ? null : Path.of(registry)).build().analyzer();
    }
}
