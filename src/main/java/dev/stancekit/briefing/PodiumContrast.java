package dev.stancekit.briefing;

import dev.stancekit.model.Quote;
import dev.stancekit.model.QuoteKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What each podium said on each theme in each period: the briefing statements (not the questions,
 * not the other people quoted in answers) grouped by period, theme and the speaker's side, with
 * their number, mean tone and the most pointed one, so that a week's Chinese and US briefings on
 * Taiwan or the South China Sea sit side by side. Pure function of the quotes.
 */
public final class PodiumContrast {

    /** The column names of {@code podiums.csv}. */
    public static final List<String> HEADER = List.of("period", "theme", "side", "speakers", "briefings",
            "statements", "mean_tone", "example", "example_quote_id", "asked");

    /**
     * One period × theme × side.
     *
     * @param speakers   the podium speakers, ';'-separated
     * @param briefings  how many transcripts
     * @param statements how many statement quotes
     * @param meanTone   their mean tone
     * @param example    the statement whose tone is furthest from neutral (the first on a tie)
     * @param exampleId  its quote id
     * @param asked      the question that statement answered, or ""
     */
    public record Row(String period, String theme, String side, String speakers, int briefings, int statements,
                      double meanTone, String example, String exampleId, String asked) { }

    private PodiumContrast() {
    }

    /** The rows in period, theme, side order; statements without a theme are left out. */
    public static List<Row> of(List<Quote> quotes, Function<LocalDate, String> period) {
        Map<String, Quote> byId = new TreeMap<>();
        quotes.forEach(q -> byId.put(q.id(), q));
        Map<List<String>, List<Quote>> groups = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)).thenComparing(k -> k.get(2)));
        for (Quote q : quotes) {
            if (q.kind() != QuoteKind.STATEMENT) {
                continue;
            }
            for (String theme : q.themes()) {
                groups.computeIfAbsent(List.of(period.apply(q.date()), theme, q.side()), k -> new ArrayList<>()).add(q);
            }
        }
        List<Row> out = new ArrayList<>();
        groups.forEach((k, qs) -> {
            Set<String> speakers = new LinkedHashSet<>();
            Set<String> articles = new LinkedHashSet<>();
            double sum = 0;
            Quote pointed = qs.get(0);
            for (Quote q : qs) {
                speakers.add(q.speaker().canonical());
                articles.add(q.article());
                sum += q.tone().score();
                if (Math.abs(q.tone().score()) > Math.abs(pointed.tone().score())) {
                    pointed = q;
                }
            }
            Quote asked = byId.get(pointed.inReplyTo());
            out.add(new Row(k.get(0), k.get(1), k.get(2), String.join(";", speakers), articles.size(), qs.size(),
                    Math.round(sum / qs.size() * 1000) / 1000.0, pointed.text(), pointed.id(),
                    asked == null ? "" : asked.text()));
        });
        return out;
    }
}
