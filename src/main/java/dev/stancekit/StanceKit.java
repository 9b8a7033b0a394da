package dev.stancekit;

import dev.stancekit.briefing.BriefingAnalyzer;
import dev.stancekit.model.Article;
import dev.stancekit.model.Quote;
import dev.stancekit.nlp.CachingAnnotator;
import dev.stancekit.nlp.CoreNlpAnnotator;
import dev.stancekit.pipeline.ArticleAnalyzer;
import dev.stancekit.quotes.RuleQuoteExtractor;
import dev.stancekit.resources.Resources;
import dev.stancekit.speakers.RegistrySpeakerResolver;
import dev.stancekit.themes.PhraseThemeTagger;
import dev.stancekit.tone.StanceToneScorer;
import java.nio.file.Path;
import java.util.List;

/**
 * The facade: builds the analysis chain once (CoreNLP pipeline, quote extractor, speaker
 * registry, theme tagger, tone scorer) and analyses articles with it. Thread-safe.
 *
 * <pre>{@code
 * StanceKit kit = StanceKit.defaults();
 * List<Quote> quotes = kit.analyze(Article.of("a.txt", text));
 * }</pre>
 */
public final class StanceKit {

    private static volatile StanceKit defaults;

    private final Resources resources;
    private final Resources registry;
    private final BriefingAnalyzer.Mode transcripts;
    private volatile ArticleAnalyzer analyzer;

    private StanceKit(Resources resources, Resources registry, BriefingAnalyzer.Mode transcripts) {
        this.resources = resources;
        this.registry = registry;
        this.transcripts = transcripts;
    }

    /** The JVM-wide instance with the bundled resources. */
    public static StanceKit defaults() {
        StanceKit k = defaults;
        if (k == null) {
            synchronized (StanceKit.class) {
                if (defaults == null) {
                    defaults = builder().build();
                }
                k = defaults;
            }
        }
        return k;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The resources the stages read (themes, lexicons, cue verbs, boilerplate, …). */
    public Resources resources() {
        return resources;
    }

    /** Where the speaker registry is read from (the user's registry folder over the bundled one). */
    public Resources registry() {
        return registry;
    }

    /** The per-article analysis, built on first use. */
    public ArticleAnalyzer analyzer() {
        ArticleAnalyzer a = analyzer;
        if (a == null) {
            synchronized (this) {
                if (analyzer == null) {
                    var extractor = RuleQuoteExtractor.create(resources);
                    var speakers = RegistrySpeakerResolver.create(registry);
                    var themes = PhraseThemeTagger.create(resources);
                    var tone = StanceToneScorer.create(resources);
                    analyzer = new ArticleAnalyzer(CachingAnnotator.fromSystemProperty(CoreNlpAnnotator.shared(),
                            CoreNlpAnnotator.defaultProperties().toString()), extractor, speakers, themes, tone)
                            .withBriefings(BriefingAnalyzer.create(resources, extractor, speakers, themes, tone,
                                    transcripts));
                }
                a = analyzer;
            }
        }
        return a;
    }

    /** The quotes of one article. */
    public List<Quote> analyze(Article article) {
        return analyzer().analyze(article);
    }

    /** The quotes of one article with its quote ledger (what became of every candidate). */
    public ArticleAnalyzer.Explained explain(Article article) {
        return analyzer().explain(article);
    }

    public static final class Builder {
        private Path resourcesDir;
        private Path registryDir;
        private BriefingAnalyzer.Mode transcripts = BriefingAnalyzer.Mode.AUTO;

        /** When articles are read as press-briefing transcripts (by default: by their layout). */
        public Builder transcripts(BriefingAnalyzer.Mode mode) {
            transcripts = java.util.Objects.requireNonNull(mode);
            return this;
        }

        /** A folder whose files override the bundled resources of the same name. */
        public Builder resources(Path dir) {
            resourcesDir = dir;
            return this;
        }

        /**
         * A folder with the user's {@code speakers.csv}/{@code organizations.csv} (or any file the
         * speaker stage reads); read after the {@link #resources} folder, so its rows win.
         */
        public Builder registry(Path dir) {
            registryDir = dir;
            return this;
        }

        public StanceKit build() {
            Resources res = resourcesDir == null ? Resources.bundled() : Resources.overlay(resourcesDir);
            // the registry folder comes after the resources folder: for the speaker files both count
            Resources reg = registryDir == null ? res : Resources.overlay(resourcesDir, registryDir);
            return new StanceKit(res, reg, transcripts);
        }
    }
}
