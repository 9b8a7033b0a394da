package dev.stancekit.report;

import dev.stancekit.briefing.PodiumContrast;
import dev.stancekit.model.Quote;
import dev.stancekit.model.Sides;
import dev.stancekit.model.IngestResult;
import dev.stancekit.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import dev.stancekit.resources.Resources;
import java.util.Map;

/**
 * Writes the report files for one run into an output folder: {@code articles.csv},
 * {@code quotes.csv}, {@code summary.csv}, {@code theme_tone.csv}, {@code framing.csv}, with briefing
 * transcripts {@code podiums.csv} (what each podium said per theme and period), the charts
 * (PNG and SVG) and {@code report.html}. Immutable and thread-safe; see
 * {@code docs/data-dictionary.md} for every column.
 */
public final class ReportWriter {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReportWriter.class);

    private final ReportPeriod period;
    private final boolean excel;
    private final boolean charts;
    private final boolean html;
    private final Resources resources;
    private final Duration chartTimeout;
    private final List<String> contrast;
    private final boolean questionsInTone;
    private final boolean xlsx;

    private ReportWriter(Builder b) {
        this.contrast = b.contrast;
        this.questionsInTone = b.questionsInTone;
        this.xlsx = b.xlsx;
        this.resources = b.resources;
        this.period = b.period;
        this.excel = b.excel;
        this.charts = b.charts;
        this.html = b.html;
        this.chartTimeout = b.chartTimeout;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Writes all files into {@code outDir} (created when missing), replacing files of the same name.
     *
     * @param inputs every input with its status, in input order
     * @param quotes the quotes of the ok inputs
     */
    public void write(Path outDir, List<IngestResult> inputs, List<Quote> quotes) throws IOException {
        write(outDir, inputs, quotes, Map.of());
    }

    /**
     * As {@link #write(Path, List, List)}; articles whose MinHash signatures
     * ({@link WireCopies#signature}) are given are clustered into wire copies, and every summary,
     * chart and table but {@code quotes.csv} counts a copied story's quotes once.
     */
    public void write(Path outDir, List<IngestResult> inputs, List<Quote> quotes, Map<String, long[]> signatures)
            throws IOException {
        Objects.requireNonNull(outDir, "outDir");
        List<IngestResult> in = noNulls(inputs, "inputs");
        List<Quote> all = noNulls(quotes, "quotes");
        ReportSettings set = ReportSettings.load(resources);
        Map<String, Article> articles = Volume.articles(in);
        WireCopies copies = WireCopies.of(signatures, articles, set.copyMinSimilarity());
        List<Quote> qs = copies.dedupe(all);
        Files.createDirectories(outDir);
        Tables.articles(outDir.resolve("articles.csv"), in, all, copies, excel);
        Map<String, Integer> outlets = copies.outletCounts();
        QuotesCsv.write(outDir.resolve("quotes.csv"), all, excel, PROVENANCE, q -> {
            Article a = articles.get(q.article());
            String canon = copies.canonical(q.article());
            return List.of(a == null ? "" : a.title(), a == null ? "" : a.source(), a == null ? "" : a.url(),
                    canon, outlets.getOrDefault(canon, 1));
        });
        CopiesCsv.write(outDir.resolve("copies.csv"), copies, articles, excel);
        Sides sides = SideTable.load(resources, contrast.get(0), contrast.get(1));
        List<Quote> spoken = qs;
        qs = questionsInTone ? spoken : spoken.stream().filter(Quote::countsForTone).toList(); // briefing questions
        Summary summary = Summary.of(qs, period, sides, ThemeNames.load(resources));
        Tables.summary(outDir.resolve("summary.csv"), summary, excel);
        Tables.themeTone(outDir.resolve("theme_tone.csv"), qs, period, excel);
        Tables.speakers(outDir.resolve("speakers.csv"), qs, excel);
        List<PodiumContrast.Row> podiums = PodiumContrast.of(spoken, period::label);
        if (!podiums.isEmpty()) {
            Tables.podiums(outDir.resolve("podiums.csv"), podiums, excel);
        }
        List<Volume.PeriodRow> volume = Volume.perPeriod(in, qs, period);
        Volume.writeByPeriod(outDir.resolve("volume_by_period.csv"), volume, excel);
        Volume.writeBySideTheme(outDir.resolve("volume_by_side_theme.csv"), summary, excel);
        Volume.writeByOutlet(outDir.resolve("volume_by_outlet.csv"), in, qs, excel);
        FightinWords fw = new FightinWords(Framing.stopwords(resources));
        Map<String, List<FightinWords.Term>> framing = Framing.of(qs, fw, sides.first(), sides.second());
        Framing.write(outDir.resolve("framing.csv"), framing, excel);
        Map<String, Figures.Figure> figures = Figures.of(summary, qs, framing, volume, period, set);
        ChartRenderer.Result rendered = new ChartRenderer.Result(List.of(), List.of());
        if (charts) {
            Map<String, org.knowm.xchart.internal.chartpart.Chart<?, ?>> toDraw = new java.util.LinkedHashMap<>();
            figures.forEach((k, f) -> toDraw.put(k, f.chart()));
            rendered = ChartRenderer.render(toDraw, outDir, chartTimeout);
        }
        List<ChartKit.Saved> saved = rendered.saved();
        if (html) {
            Files.writeString(outDir.resolve("report.html"),
                    HtmlReport.render(new HtmlReport.Page(period, in, qs, summary, framing, figures, saved,
                            rendered.warnings(), volume, copies, set)),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
        if (xlsx) {
            Xlsx.write(outDir, outDir.resolve("report.xlsx"));
        }
        LOG.info("report in {}: {} inputs, {} quotes ({} after merging wire copies), {} summary rows, {} charts{}",
                outDir, in.size(), all.size(), qs.size(), summary.rows().size(), charts ? saved.size() : 0,
                html ? ", report.html" : "");
    }

    /** Columns added to quotes.csv after the standard ones: where the quote comes from. */
    static final List<String> PROVENANCE = List.of("title", "outlet", "url", "wire_cluster", "outlets");

    private static <T> List<T> noNulls(List<T> list, String name) {
        Objects.requireNonNull(list, name);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                throw new IllegalArgumentException(name + "[" + i + "] is null");
            }
        }
        return List.copyOf(list);
    }

    /** Options; defaults: monthly periods, no byte-order mark, charts and HTML on. */
    public static final class Builder {
        private ReportPeriod period = ReportPeriod.MONTH;
        private boolean excel;
        private boolean charts = true;
        private boolean html = true;
        private Resources resources = Resources.bundled();
        private Duration chartTimeout = Duration.ofSeconds(60);
        private List<String> contrast = List.of(SideTable.FIRST, SideTable.SECOND);
        private boolean questionsInTone;
        private boolean xlsx;

        private Builder() {
        }

        /**
         * Counts reporters' questions at briefings (quotes of kind {@code question}) in the tone
         * tables, charts and framing words; by default they are left out (they stay in quotes.csv).
         */
        public Builder questionsInTone(boolean v) {
            questionsInTone = v;
            return this;
        }

        /** Also writes {@code report.xlsx}: every CSV table as one typed sheet. */
        public Builder xlsx(boolean v) {
            xlsx = v;
            return this;
        }

        public Builder period(ReportPeriod v) {
            period = Objects.requireNonNull(v, "period");
            return this;
        }

        /** Starts every CSV with a UTF-8 byte-order mark so Excel detects the encoding. */
        public Builder excel(boolean v) {
            excel = v;
            return this;
        }

        /** Draws the charts: PNG and SVG files, embedded in report.html; false skips them (faster). */
        public Builder charts(boolean v) {
            charts = v;
            return this;
        }

        /** Writes {@code report.html} (charts embedded, so it needs no other file). */
        public Builder html(boolean v) {
            html = v;
            return this;
        }

        /** The two sides whose quotes the framing analysis contrasts; default US and China. */
        public Builder contrast(String first, String second) {
            contrast = List.of(Objects.requireNonNull(first, "first").strip(), Objects.requireNonNull(second, "second").strip());
            return this;
        }

        /**
         * Where {@code stopwords.txt} and {@code sides.csv} are read from (a user's rows in
         * {@code sides.csv} add sides or replace them by id); default the bundled resources.
         */
        public Builder resources(Resources v) {
            resources = Objects.requireNonNull(v, "resources");
            return this;
        }

        /**
         * The longest one chart may take to render; a chart that takes longer is skipped with a
         * warning (on stderr and in {@code report.html}). Default 60 seconds.
         */
        public Builder chartTimeout(Duration v) {
            Objects.requireNonNull(v, "chartTimeout");
            if (v.isNegative() || v.isZero()) {
                throw new IllegalArgumentException("chartTimeout must be positive: " + v);
            }
            chartTimeout = v;
            return this;
        }

        public ReportWriter build() {
            return new ReportWriter(this);
        }
    }
}
