package dev.stancekit.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Terms that separate two groups of texts: the log-odds ratio with an informative Dirichlet prior
 * and its z-score (Monroe, Colaresi &amp; Quinn 2008, "Fightin' Words", section 3.5). The prior
 * count of a term is its count in the whole corpus, so rare terms are shrunk toward zero.
 */
final class FightinWords {

    /** One term: counts in group a and b, log-odds ratio (a over b) and its z-score. */
    record Term(String term, int countA, int countB, double logOdds, double z) {
    }

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019\\-][\\p{L}\\p{N}]+)*");

    private final Set<String> stopwords;

    FightinWords(Set<String> stopwords) {
        this.stopwords = Set.copyOf(stopwords);
    }

    /**
     * Unigrams and bigrams of a text: lower-cased except all-capital acronyms ("US", "WTO"),
     * without stopwords, numbers and one-letter tokens; a bigram joins two adjacent kept tokens.
     */
    List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        String prev = null;
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String raw = m.group().replace('\u2019', '\'');
            boolean acronym = raw.length() > 1 && raw.equals(raw.toUpperCase(Locale.ROOT))
                    && !raw.equals(raw.toLowerCase(Locale.ROOT));
            String t = acronym ? raw : raw.toLowerCase(Locale.ROOT);
            boolean keep = t.codePointCount(0, t.length()) > 1 && !t.chars().allMatch(Character::isDigit)
                    && !stopwords.contains(t);
            if (keep) {
                out.add(t);
                if (prev != null) {
                    out.add(prev + " " + t);
                }
                prev = t;
            } else {
                prev = null;
            }
        }
        return out;
    }

    Map<String, Integer> count(List<String> texts) {
        Map<String, Integer> c = new HashMap<>();
        for (String t : texts) {
            for (String term : terms(t)) {
                c.merge(term, 1, Integer::sum);
            }
        }
        return c;
    }

    /**
     * Compares two groups. Only terms seen at least {@code minCount} times in a and b together are
     * returned, sorted by z descending (most typical of a first, most typical of b last).
     */
    static List<Term> compare(Map<String, Integer> a, Map<String, Integer> b, Map<String, Integer> prior,
                              int minCount) {
        double na = sum(a);
        double nb = sum(b);
        double a0 = sum(prior);
        List<Term> out = new ArrayList<>();
        java.util.Set<String> vocab = new java.util.HashSet<>(a.keySet());
        vocab.addAll(b.keySet());
        for (String w : vocab) {
            int ya = a.getOrDefault(w, 0);
            int yb = b.getOrDefault(w, 0);
            if (ya + yb < minCount) {
                continue;
            }
            double aw = Math.max(prior.getOrDefault(w, 0), ya + yb == 0 ? 0 : 1);
            double a0w = Math.max(a0, aw);
            double la = Math.log((ya + aw) / Math.max(0.5, na + a0w - ya - aw));
            double lb = Math.log((yb + aw) / Math.max(0.5, nb + a0w - yb - aw));
            double delta = la - lb;
            double var = 1.0 / (ya + aw) + 1.0 / (yb + aw);
            out.add(new Term(w, ya, yb, delta, delta / Math.sqrt(var)));
        }
        out.sort(Comparator.comparingDouble(Term::z).reversed().thenComparing(Term::term));
        return out;
    }

    private static double sum(Map<String, Integer> m) {
        double s = 0;
        for (int v : m.values()) {
            s += v;
        }
        return s;
    }
}
