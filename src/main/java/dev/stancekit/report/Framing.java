package dev.stancekit.report;

import dev.stancekit.model.Quote;
import dev.stancekit.resources.Resources;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code framing.csv}: per theme (and {@code (all)}), the terms whose use most separates US from
 * Chinese quotes. Positive z: typical of US quotes; negative: typical of Chinese quotes.
 */
final class Framing {

    static final String US = "US";
    static final String CHINA = "China";
    static final List<String> HEADER = List.of("theme", "term", "count_us", "count_china", "log_odds", "z");
    /** Terms kept per theme and direction. */
    static final int PER_SIDE = 20;
    /** A term must occur this often in the theme's US and Chinese quotes together. */
    static final int MIN_COUNT = 2;

    private Framing() {
    }

    static Set<String> stopwords(Resources res) throws IOException {
        try {
            return res.readWords("stopwords.txt");
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Rows per theme in report theme order; themes without US or Chinese quotes are left out. */
    static Map<String, List<FightinWords.Term>> of(List<Quote> quotes, FightinWords fw) {
        return of(quotes, fw, US, CHINA);
    }

    /** As above, contrasting the quotes of side {@code first} with those of side {@code second}. */
    static Map<String, List<FightinWords.Term>> of(List<Quote> quotes, FightinWords fw, String first, String second) {
        Map<String, Integer> prior = fw.count(quotes.stream().map(Quote::text).toList());
        Map<String, List<Quote>> byTheme = new java.util.TreeMap<>(Summary.Order.THEME);
        for (Quote q : quotes) {
            byTheme.computeIfAbsent(Summary.ALL_THEMES, k -> new ArrayList<>()).add(q);
            for (String t : new java.util.LinkedHashSet<>(Summary.themesOf(q))) {
                byTheme.computeIfAbsent(t, k -> new ArrayList<>()).add(q);
            }
        }
        Map<String, List<FightinWords.Term>> out = new LinkedHashMap<>();
        byTheme.forEach((theme, qs) -> {
            List<String> us = qs.stream().filter(q -> q.side().equals(first)).map(Quote::text).toList();
            List<String> cn = qs.stream().filter(q -> q.side().equals(second)).map(Quote::text).toList();
            if (us.isEmpty() || cn.isEmpty()) {
                return;
            }
            List<FightinWords.Term> all = FightinWords.compare(fw.count(us), fw.count(cn), prior, MIN_COUNT);
            List<FightinWords.Term> keep = new ArrayList<>();
            all.stream().filter(t -> t.z() > 0).limit(PER_SIDE).forEach(keep::add);
            List<FightinWords.Term> neg = all.stream().filter(t -> t.z() < 0).toList();
            keep.addAll(neg.subList(Math.max(0, neg.size() - PER_SIDE), neg.size()));
            if (!keep.isEmpty()) {
                out.put(theme, keep);
            }
        });
        return out;
    }

    static void write(Path file, Map<String, List<FightinWords.Term>> framing, boolean excel) throws IOException {
        try (CSVPrinter p = Cells.open(file, excel, HEADER)) {
            for (Map.Entry<String, List<FightinWords.Term>> e : framing.entrySet()) {
                for (FightinWords.Term t : e.getValue()) {
                    Cells.row(p, e.getKey(), t.term(), t.countA(), t.countB(), Cells.num3(t.logOdds()),
                            Cells.num3(t.z()));
                }
            }
        }
    }
}
