package dev.stancekit.report;

import dev.stancekit.briefing.PodiumContrast;
import dev.stancekit.model.Quote;
import dev.stancekit.model.Article;
import dev.stancekit.model.IngestResult;
import dev.stancekit.speakers.SpeakerTable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;

/** Writes {@code articles.csv}, {@code summary.csv} and {@code theme_tone.csv}. */
final class Tables {

    static final List<String> ARTICLES = List.of("article", "title", "date", "source", "url", "words",
            "quotes", "copy_of", "status", "message");
    static final List<String> SUMMARY = List.of("period", "side", "theme", "quotes", "articles",
            "speakers", "mean_tone", "ci_low", "ci_high", "share_conciliatory",
            "share_confrontational");
    static final List<String> THEME_TONE = List.of("quote_id", "article", "date", "period", "speaker",
            "side", "theme", "tone", "tone_label");

    private Tables() {
    }

    /** One row per input, whatever its status; quotes are counted for ok inputs only. */
    static void articles(Path file, List<IngestResult> inputs, List<Quote> quotes, boolean excel)
            throws IOException {
        articles(file, inputs, quotes, WireCopies.NONE, excel);
    }

    /** With {@code copy_of} naming the canonical article of each wire copy. */
    static void articles(Path file, List<IngestResult> inputs, List<Quote> quotes, WireCopies copies,
                         boolean excel) throws IOException {
        Map<String, Integer> perArticle = new HashMap<>();
        quotes.forEach(q -> perArticle.merge(q.article(), 1, Integer::sum));
        try (CSVPrinter p = Cells.open(file, excel, ARTICLES)) {
            for (IngestResult r : inputs) {
                Article a = r.article();
                if (r.isOk()) {
                    Cells.row(p, a.id(), a.title(), Cells.date(a.date()), a.source(), a.url(), a.words(),
                            perArticle.getOrDefault(a.id(), 0), copies.isCopy(a.id()) ? copies.canonical(a.id()) : "",
                            r.status().label(), r.message());
                } else {
                    Cells.row(p, r.id(), "", "", "", "", "", "", "", r.status().label(), r.message());
                }
            }
        }
    }

    static final List<String> SPEAKERS = List.of("speaker", "type", "side", "role", "quotes", "articles",
            "mean_tone", "in_registry", "side_evidence");

    /** One row per speaker and side, most quoted first (see {@link SpeakerTable}). */
    /** {@code podiums.csv}: what each briefing podium said per period and theme. */
    static void podiums(Path file, List<PodiumContrast.Row> rows, boolean excel) throws IOException {
        try (CSVPrinter p = Cells.open(file, excel, PodiumContrast.HEADER)) {
            for (PodiumContrast.Row r : rows) {
                Cells.row(p, r.period(), r.theme(), r.side(), r.speakers(), r.briefings(), r.statements(),
                        Cells.num3(r.meanTone()), r.example(), r.exampleId(), r.asked());
            }
        }
    }

    static void speakers(Path file, List<Quote> quotes, boolean excel) throws IOException {
        try (CSVPrinter p = Cells.open(file, excel, SPEAKERS)) {
            for (SpeakerTable.Row r : SpeakerTable.of(quotes).rows()) {
                Cells.row(p, r.speaker(), r.type().label(), r.side(), r.role(), r.quotes(), r.articles(),
                        Cells.num3(r.meanTone()), r.inRegistry() ? "yes" : "no", r.evidence());
            }
        }
    }

    static void summary(Path file, Summary s, boolean excel) throws IOException {
        try (CSVPrinter p = Cells.open(file, excel, SUMMARY)) {
            for (Summary.Row r : s.rows()) {
                Cells.row(p, r.period(), r.side(), r.theme(), r.quotes(), r.articles(), r.speakers(),
                        Cells.num3(r.meanTone()), Cells.num3(r.ci().low()), Cells.num3(r.ci().high()),
                        Cells.num3(r.shareConciliatory()), Cells.num3(r.shareConfrontational()));
            }
        }
    }

    /** Long format: one row per quote and theme, {@code (none)} for quotes without a theme. */
    static void themeTone(Path file, List<Quote> quotes, ReportPeriod period, boolean excel)
            throws IOException {
        try (CSVPrinter p = Cells.open(file, excel, THEME_TONE)) {
            for (Quote q : quotes) {
                for (String theme : new java.util.LinkedHashSet<>(Summary.themesOf(q))) {
                    Cells.row(p, q.id(), q.article(), Cells.date(q.date()), period.label(q.date()),
                            q.speaker().canonical(), q.side(), theme, Cells.num3(q.tone().score()),
                            q.tone().label().label());
                }
            }
        }
    }
}
