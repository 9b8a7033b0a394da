package dev.stancekit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stancekit.pipeline.ArticleAnalyzer;
import dev.stancekit.model.Quote;
import dev.stancekit.model.Article;
import dev.stancekit.StanceKit;
import dev.stancekit.ingest.Boilerplate;
import dev.stancekit.ingest.CorpusReader;
import dev.stancekit.model.IngestResult;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the job in local[2] with the fixture analyzer; one session for the whole class. */
class StanceSparkJobTest {

    /** Invented example articles (not from any real corpus). */
    static final Map<String, String> ARTICLES = new LinkedHashMap<>();

    static {
        ARTICLES.put("a1.txt", "Senator Ada Vance spoke in Ohio on Tuesday.\n"
                + "\"The tariff plan is a threat to farmers,\" said Senator Vance.\n"
                + "Senator Vance said that both capitals should cooperate on trade.\n");
        ARTICLES.put("a2.txt", "\"Our chip makers will cooperate with partners,\" said Minister Lu.\n\n"
                + "Minister Lu said that the export curbs harm everyone.\n");
        ARTICLES.put("a3.txt", "The harbour was quiet this morning.\n");
        ARTICLES.put("a4.txt", "\"Niemand weiß es — 誰も知らない,\" added Mara Kühn at the fair.\n"
                + "\"We watch the semiconductor race,\" warned Minister Qiao Wen.\n");
    }

    static SparkSession spark;
    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() {
        quietSpark();
        spark = SparkSession.builder().master("local[2]").appName("stancekit-test")
                .config("spark.ui.enabled", false).config("spark.sql.shuffle.partitions", 2)
                .config("spark.sql.adaptive.enabled", false).config("spark.sql.codegen.wholeStage", false)
                .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1")
                .getOrCreate();
    }

    /** Spark, Hadoop and Parquet log at info through slf4j-simple; keep their warnings only. */
    static void quietSpark() {
        for (String p : List.of("org.apache.spark", "org.sparkproject", "org.apache.hadoop", "org.apache.parquet")) {
            System.setProperty("org.slf4j.simpleLogger.log." + p, "warn");
        }
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    /** What the CLI's path gives: the core reader over the same inputs, then the analyzer per article. */
    static CliView cli(List<Path> inputs) {
        ArticleAnalyzer a = TestAnalyzers.analyzer();
        List<String> statuses = new ArrayList<>();
        Set<Quote> quotes = new HashSet<>();
        try (Stream<IngestResult> s = CorpusReader.builder().build().read(inputs)) {
            s.forEach(r -> {
                statuses.add(r.id() + " " + r.status().label());
                if (r.isOk()) {
                    quotes.addAll(a.analyze(r.article()));
                }
            });
        }
        return new CliView(statuses, quotes);
    }

    record CliView(List<String> statuses, Set<Quote> quotes) {
    }

    static List<String> statuses(StanceSparkJob.Run run) {
        return run.inputs().stream().map(r -> r.id() + " " + r.status().label()).toList();
    }

    /** Statuses with rows named by position ("file#6") reduced to the position. */
    static Set<String> positional(List<String> statuses) {
        Set<String> out = new HashSet<>();
        statuses.forEach(s -> out.add(s.replaceAll("^[^ ]*(#\\d+ )", "$1")));
        return out;
    }

    static Path textFolder() throws IOException {
        Path dir = tmp.resolve("texts");
        if (Files.isDirectory(dir)) {
            return dir;
        }
        Files.createDirectories(dir);
        for (Map.Entry<String, String> e : ARTICLES.entrySet()) {
            Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
        Files.writeString(dir.resolve("a5-copy.txt"), ARTICLES.get("a1.txt").replace("\n", "\n\n"));
        Files.write(dir.resolve("bad.txt"), new byte[] {'o', 'k', ' ', (byte) 0xC3, (byte) 0x28, ' ', 'x'});
        Files.write(dir.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0});
        return dir;
    }

    @Test
    void textFolderGivesTheClisInputsAndQuotesAndWritesParquetAndCsv() throws IOException {
        Path dir = textFolder();
        String out = tmp.resolve("out-text").toString();
        StanceSparkJob.Run run = StanceSparkJob.builder().inputs(List.of(dir.toString())).out(out)
                .factory(new TestAnalyzers.Factory("text")).partitions(3).build().run(spark);

        CliView want = cli(List.of(dir));
        assertEquals(6, want.quotes().size(), "fixture finds the quotes it is meant to");
        assertEquals(want.quotes(), new HashSet<>(run.quotes()));
        assertEquals(want.quotes().size(), run.quotes().size(), "no quote twice");
        assertEquals(want.statuses(), statuses(run), "same inputs, statuses and order as the CLI");
        IngestResult copy = run.inputs().stream().filter(r -> r.id().equals("a5-copy.txt")).findFirst().orElseThrow();
        assertEquals("duplicate of a1.txt", copy.message());

        Article a1 = CorpusReader.builder().build().read(List.of(dir.resolve("a1.txt"))).findFirst().orElseThrow().article();
        assertEquals(a1.words(), run.inputs().get(0).article().words());
        assertEquals(a1.hash(), run.inputs().get(0).article().hash());

        assertEquals(want.quotes().size(), spark.read().parquet(out + "/quotes.parquet").count());
        List<Map<String, String>> csv = readCsvPart(Path.of(out, "quotes-csv"));
        assertEquals(want.quotes().size(), csv.size());
        assertEquals(QuoteRows.CSV_COLUMNS, List.copyOf(csv.get(0).keySet()));
        assertEquals(run.quotes().stream().map(Quote::id).toList(), csv.stream().map(r -> r.get("quote_id")).toList(),
                "quotes-csv in input order, as quotes.csv");
        Quote first = run.quotes().get(0);
        Map<String, String> row = csv.stream().filter(r -> r.get("quote_id").equals(first.id())).findFirst().orElseThrow();
        assertEquals(first.text(), row.get("text"));
        assertEquals(String.join(";", first.themes()), row.get("themes"));
        assertEquals(first.side(), row.get("side"));
    }

    @Test
    void manifestsInEveryFormatGiveTheClisQuotesAndReportBadRows() throws IOException {
        List<Article> articles = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, String> e : ARTICLES.entrySet()) {
            n++;
            articles.add(Article.builder().id("m" + n).title("Title " + n).date(LocalDate.of(2024, n, 10 + n))
                    .source("Example Daily").url("https://example.org/" + n).text(e.getValue()).build());
        }
        Path csv = tmp.resolve("manifest.csv");
        try (CSVPrinter p = new CSVPrinter(Files.newBufferedWriter(csv), CSVFormat.DEFAULT.builder()
                .setHeader("id", "Title", "date", "source", "url", "text").get())) {
            for (Article a : articles) {
                p.printRecord(a.id(), a.title(), a.date(), a.source(), a.url(), a.text());
            }
            p.printRecord("m-empty", "No body", "2024-01-01", "", "", null);
        }
        Path jsonl = tmp.resolve("manifest.jsonl");
        ObjectMapper om = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (Article a : articles) {
            lines.add(om.writeValueAsString(Map.of("id", a.id(), "headline", a.title(), "date", a.date().toString(),
                    "outlet", a.source(), "url", a.url(), "body", a.text())));
        }
        lines.add(om.writeValueAsString(Map.of("id", "m-baddate", "date", "sometime", "text", "Short text here.")));
        lines.add(om.writeValueAsString(Map.of("id", "m-notext", "title", "Nothing")));
        Files.write(jsonl, lines);
        String parquet = tmp.resolve("manifest.parquet").toString();
        spark.read().json(jsonl.toString()).write().parquet(parquet);

        for (Object[] c : new Object[][] {{InputFormat.CSV, csv.toString(), csv},
                {InputFormat.JSONL, jsonl.toString(), jsonl}, {InputFormat.PARQUET, parquet, jsonl}}) {
            InputFormat f = (InputFormat) c[0];
            StanceSparkJob.Run run = StanceSparkJob.builder().inputs(List.of((String) c[1])).format(f)
                    .out(tmp.resolve("out-" + f.label()).toString()).factory(new TestAnalyzers.Factory("m"))
                    .build().run(spark);
            CliView want = cli(List.of((Path) c[2]));
            assertEquals(want.quotes(), new HashSet<>(run.quotes()), f.label());
            assertEquals(positional(want.statuses()), positional(statuses(run)), f.label());
            assertTrue(run.inputs().stream().anyMatch(r -> !r.isOk() && !r.message().isEmpty()), f.label());
            assertEquals(articles.get(1).title(), run.inputs().stream().filter(r -> r.id().equals("m2"))
                    .findFirst().orElseThrow().article().title(), f.label());
        }
    }

    /** The acceptance check: the real pipeline on the bundled sample corpus, Spark against the CLI's path. */
    @Test
    void sampleCorpusGivesTheClisQuotesWithTheRealPipeline() throws IOException {
        Path sample = Path.of("resources", "sample-corpus");
        Assumptions.assumeTrue(Files.isDirectory(sample), "no sample corpus");
        StanceKit kit = StanceKit.defaults();
        ArticleAnalyzer analyzer = kit.analyzer();
        List<String> cliStatuses = new ArrayList<>();
        Set<Quote> cli = new HashSet<>();
        try (Stream<IngestResult> s = CorpusReader.builder().boilerplate(Boilerplate.load(kit.resources())).build()
                .read(List.of(sample))) {
            s.forEach(r -> {
                cliStatuses.add(r.id() + " " + r.status().label());
                if (r.isOk()) {
                    cli.addAll(analyzer.analyze(r.article()));
                }
            });
        }
        long t0 = System.nanoTime();
        StanceSparkJob.Run run = StanceSparkJob.builder().inputs(List.of(sample.toAbsolutePath().toString()))
                .out(tmp.resolve("out-sample").toString()).build().run(spark);
        System.err.printf("spark job on the sample corpus: %d inputs, %d quotes, %.1f s%n", run.inputs().size(),
                run.quotes().size(), (System.nanoTime() - t0) / 1e9);
        assertTrue(cli.size() > 50, "the pipeline finds the sample corpus's quotes: " + cli.size());
        assertEquals(cliStatuses, statuses(run));
        assertEquals(keys(cli), keys(run.quotes()));
        assertEquals(cli, new HashSet<>(run.quotes()));
        assertEquals(cli.size(), run.quotes().size());
    }

    /** What the acceptance criterion compares: article, kind, text, speaker, side, themes, tone label, span. */
    static Set<List<Object>> keys(java.util.Collection<Quote> quotes) {
        Set<List<Object>> out = new HashSet<>();
        quotes.forEach(q -> out.add(List.of(q.article(), q.kind(), q.text(), q.speaker().canonical(), q.side(),
                q.themes(), q.tone().label(), q.start(), q.end())));
        return out;
    }

    @Test
    void buildsOneAnalyzerPerJvmForManyPartitionsAndRuns() throws IOException {
        Path dir = textFolder();
        int before = TestAnalyzers.BUILDS.get();
        for (int i = 0; i < 2; i++) {
            StanceSparkJob.builder().inputs(List.of(dir.toString())).out(tmp.resolve("out-once" + i).toString())
                    .factory(new TestAnalyzers.Factory("once")).partitions(4).build().run(spark);
        }
        assertEquals(before + 1, TestAnalyzers.BUILDS.get());
    }

    @Test
    void failsLoudlyWhenTheAnalyzerCannotBeBuiltOrTheManifestLacksColumns() throws IOException {
        Path dir = textFolder();
        Exception e = assertThrows(Exception.class, () -> StanceSparkJob.builder().inputs(List.of(dir.toString()))
                .out(tmp.resolve("out-broken").toString()).factory(new TestAnalyzers.Broken()).build().run(spark));
        assertTrue(String.valueOf(e.getMessage()).contains("fixture cannot build"), e.getMessage());

        Path csv = tmp.resolve("no-text.csv");
        Files.writeString(csv, "id,words\nx1,Some words.\n");
        StanceSparkJob.Run run = StanceSparkJob.builder().inputs(List.of(csv.toString())).format(InputFormat.CSV)
                .out(tmp.resolve("out-x").toString()).factory(new TestAnalyzers.Factory("x")).build().run(spark);
        assertEquals(cli(List.of(csv)).statuses(), statuses(run), "an error row, as in the CLI");
        assertTrue(run.inputs().get(0).message().contains("needs a text or path column"), run.inputs().get(0).message());
    }

    @Test
    void malformedManifestLinesAreErrorRowsAndTheJobGoesOn() throws IOException {
        Path jsonl = tmp.resolve("broken.jsonl");
        Files.writeString(jsonl, "{\"id\":\"j1\",\"text\":\"" + ARTICLES.get("a2.txt").replace("\"", "\\\"")
                .replace("\n", "\\n") + "\"}\n{\"id\": \"j2\", \"text\": oops}\n[1,2]\n");
        Path csv = tmp.resolve("broken.csv");
        Files.writeString(csv, "id,text\nc1,\"A quoted \"\"field\"\" x\" y\"\nc2,one,two,three\nc3,Plain text here.\n");
        for (Object[] c : new Object[][] {{InputFormat.JSONL, jsonl}, {InputFormat.CSV, csv}}) {
            InputFormat f = (InputFormat) c[0];
            Path in = (Path) c[1];
            StanceSparkJob.Run run = StanceSparkJob.builder().inputs(List.of(in.toString())).format(f)
                    .out(tmp.resolve("out-broken-" + f.label()).toString()).factory(new TestAnalyzers.Factory("b"))
                    .build().run(spark);
            assertEquals(cli(List.of(in)).statuses(), statuses(run), f.label());
            assertTrue(run.inputs().stream().anyMatch(r -> r.status() == IngestResult.Status.ERROR), f.label());
            assertTrue(run.inputs().stream().anyMatch(IngestResult::isOk), f.label());
        }
    }

    @Test
    void textFoldersAreListedAsTheCliListsThem() throws Exception {
        Path dir = tmp.resolve("years");
        Files.createDirectories(dir.resolve("2023"));
        Files.createDirectories(dir.resolve("2024"));
        Files.writeString(dir.resolve("2023/a.txt"), ARTICLES.get("a1.txt"));
        Files.writeString(dir.resolve("2024/a.txt"), ARTICLES.get("a2.txt"));
        Files.writeString(dir.resolve("_under.txt"), ARTICLES.get("a4.txt"));
        Files.writeString(dir.resolve(".dot.txt"), ARTICLES.get("a3.txt"));
        Files.createSymbolicLink(dir.resolve("loop.txt"), dir.resolve("loop.txt"));
        Files.createSymbolicLink(dir.resolve("2024/up"), dir);
        Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("pipe.txt").toString()).start();
        Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo not available");
        StanceSparkJob.Run run = StanceSparkJob.builder().inputs(List.of(dir.toString())).out(tmp.resolve("out-years")
                .toString()).factory(new TestAnalyzers.Factory("years")).build().run(spark);
        CliView want = cli(List.of(dir));
        assertEquals(want.statuses(), statuses(run));
        assertEquals(want.quotes(), new HashSet<>(run.quotes()));
        List<String> ids = run.inputs().stream().map(IngestResult::id).toList();
        assertTrue(ids.containsAll(List.of("2023/a.txt", "2024/a.txt", "_under.txt", ".dot.txt")), ids.toString());
        assertEquals("symbolic link loop", run.inputs().stream().filter(r -> r.id().equals("loop.txt"))
                .findFirst().orElseThrow().message());
    }

    static List<Map<String, String>> readCsvPart(Path dir) throws IOException {
        Path part;
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> parts = s.filter(p -> p.getFileName().toString().startsWith("part-")).toList();
            assertEquals(1, parts.size(), "one CSV file");
            part = parts.get(0);
        }
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(part); CSVParser p = CSVParser.parse(r,
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            p.forEach(rec -> rows.add(new LinkedHashMap<>(rec.toMap())));
            if (!rows.isEmpty()) {
                Map<String, String> ordered = new LinkedHashMap<>();
                p.getHeaderNames().forEach(h -> ordered.put(h, rows.get(0).get(h)));
                rows.set(0, ordered);
            }
        }
        return rows;
    }
}
