package dev.stancekit;

import dev.stancekit.briefing.BriefingAnalyzer;
import dev.stancekit.ingest.Boilerplate;
import dev.stancekit.ingest.CorpusReader;
import dev.stancekit.ingest.InputFormat;
import dev.stancekit.model.Article;
import dev.stancekit.model.IngestResult;
import dev.stancekit.model.Quote;
import dev.stancekit.nlp.CachingAnnotator;
import dev.stancekit.nlp.CoreNlpAnnotator;
import dev.stancekit.nlp.GatedAnnotator;
import dev.stancekit.nlp.TextAnnotator;
import dev.stancekit.pipeline.ArticleAnalyzer;
import dev.stancekit.quotes.RuleQuoteExtractor;
import dev.stancekit.resources.Resources;
import dev.stancekit.speakers.RegistrySpeakerResolver;
import dev.stancekit.themes.PhraseThemeTagger;
import dev.stancekit.tone.StanceToneScorer;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The facade: reads articles (files, folders, manifests, or bytes fetched from anywhere), builds
 * the analysis chain once (annotator, quote extractor, speaker registry, theme tagger, tone
 * scorer) and analyses articles with it. Thread-safe.
 *
 * <pre>{@code
 * StanceKit kit = StanceKit.defaults();
 * List<Quote> quotes = kit.analyze(Article.of("a.txt", text));
 * Article page = kit.article("https://example.org/news/port-talks.html", bytes);
 * }</pre>
 */
public final class StanceKit {

    /** The size limit of one input (file or manifest row): larger ones are skipped unread. */
    public static final long MAX_INPUT_BYTES = CorpusReader.DEFAULT_MAX_BYTES;

    private static volatile StanceKit defaults;

    private final Resources resources;
    private final Resources registry;
    private final BriefingAnalyzer.Mode transcripts;
    private final TextAnnotator annotator;
    private final InputFormat format;
    private final Path inputRoot;
    private final boolean allowPathsOutside;
    private volatile ArticleAnalyzer analyzer;
    private volatile CorpusReader reader;

    private StanceKit(Resources resources, Resources registry, Builder b) {
        this.resources = resources;
        this.registry = registry;
        this.transcripts = b.transcripts;
        this.annotator = b.annotator;
        this.format = b.format;
        this.inputRoot = b.inputRoot;
        this.allowPathsOutside = b.allowPathsOutside;
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
                    // the developers' annotation cache (-Dstancekit.nlpCache) keeps full tagging;
                    // the CoreNLP models are loaded on its first miss only
                    TextAnnotator nlp = annotator != null ? annotator
                            : CachingAnnotator.fromSystemProperty(CoreNlpAnnotator::shared,
                                    CoreNlpAnnotator.defaultProperties().toString())
                            .orElseGet(() -> GatedAnnotator.create(resources));
                    analyzer = new ArticleAnalyzer(nlp, extractor, speakers, themes, tone)
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

    /**
     * Reads files, folders (recursively, in name order) and CSV / JSON Lines manifests as the CLI
     * does: one result per input, ok with an article, skipped or error with the reason. Close
     * the stream (or consume it) to release open manifests.
     */
    public Stream<IngestResult> read(List<Path> inputs) {
        return read(inputs, List.of());
    }

    /** As {@link #read(List)}, never reading anything inside the folders {@code exclude}. */
    public Stream<IngestResult> read(List<Path> inputs, List<Path> exclude) {
        return exclude.isEmpty() ? reader().read(inputs) : readerBuilder().exclude(exclude).build().read(inputs);
    }

    /**
     * Reads one input held in memory as {@link #read(List)} reads a file named as the last segment
     * of {@code where} (a path, a URL): one result for a text, Markdown or HTML file, one per row
     * for a manifest; {@code where} is the results' path.
     */
    public List<IngestResult> read(String where, byte[] bytes) {
        return reader().read(Objects.requireNonNull(where, "where"), bytes);
    }

    /**
     * The article in these bytes, read as {@link #read(String, byte[])} reads them.
     *
     * @throws IllegalArgumentException with the reason when they hold no readable article (empty,
     *                                  binary, unsupported type) or several (a manifest)
     */
    public Article article(String where, byte[] bytes) {
        List<IngestResult> results = read(where, bytes);
        if (results.size() != 1) {
            throw new IllegalArgumentException(where + ": " + results.size() + " articles, not one");
        }
        IngestResult r = results.get(0);
        if (!r.isOk()) {
            throw new IllegalArgumentException(r.status().label() + ": " + where + ": " + r.message());
        }
        return r.article();
    }

    private CorpusReader reader() {
        CorpusReader r = reader;
        if (r == null) {
            r = readerBuilder().build();
            reader = r;
        }
        return r;
    }

    private CorpusReader.Builder readerBuilder() {
        return CorpusReader.builder().format(format).boilerplate(Boilerplate.load(resources))
                .inputRoot(inputRoot).allowPathsOutside(allowPathsOutside);
    }

    public static final class Builder {
        private Path resourcesDir;
        private Path registryDir;
        private BriefingAnalyzer.Mode transcripts = BriefingAnalyzer.Mode.AUTO;
        private TextAnnotator annotator;
        private InputFormat format = InputFormat.AUTO;
        private Path inputRoot;
        private boolean allowPathsOutside;

        /** The sentence splitter and tagger; default the gated CoreNLP tagger ({@code GatedAnnotator}), loaded on first use. */
        public Builder annotator(TextAnnotator v) {
            annotator = Objects.requireNonNull(v, "annotator");
            return this;
        }

        /** How inputs are read: by extension (default) or all in one format. */
        public Builder inputFormat(InputFormat v) {
            format = Objects.requireNonNull(v, "format");
            return this;
        }

        /** The folder manifest {@code path} values must point into; default: each manifest's own folder. */
        public Builder inputRoot(Path dir) {
            inputRoot = dir;
            return this;
        }

        /** Lets manifest {@code path} values point anywhere; default false (such rows are errors). */
        public Builder allowPathsOutside(boolean v) {
            allowPathsOutside = v;
            return this;
        }

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
            return new StanceKit(res, reg, this);
        }
    }
}
