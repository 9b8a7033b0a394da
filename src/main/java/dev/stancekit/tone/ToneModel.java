package dev.stancekit.tone;

import dev.stancekit.model.Tone;
import dev.stancekit.model.ToneLabel;
import dev.stancekit.resources.Resources;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The learned correction of the rule model's tone ({@code tone-model.csv}): a multinomial logistic
 * regression over the rule model's reading (its label, score and cue kinds) and the quote's words
 * and word pairs, fitted on blind annotated real news by {@link ToneTrainer}. Where its most
 * probable label has at least {@code model.min_probability}, that label replaces the rule model's
 * and the score becomes the model's expected tone, P(conciliatory) - P(confrontational); elsewhere
 * the rules' tone stands. A file with only its header turns it off. See docs/tone.md. Immutable and thread-safe.
 */
public final class ToneModel {

    static final String FILE = "tone-model.csv";
    static final String CUE_PREFIX = "model ";
    private static final Pattern WORD = Pattern.compile("[a-z]+");
    private static final ToneLabel[] LABELS = ToneLabel.values();

    static final String STOPWORDS = "stopwords.txt";

    /** Weights by feature: one per label, in {@link ToneLabel} order. */
    private final Map<String, double[]> weights;
    /** Words too common to explain a label ("the", "up"): left out of the model's cue, not of the model. */
    private final Set<String> plain;

    ToneModel(Map<String, double[]> weights) {
        this(weights, Set.of());
    }

    ToneModel(Map<String, double[]> weights, Set<String> plain) {
        this.weights = Map.copyOf(weights);
        this.plain = Set.copyOf(plain);
    }

    /** The model of {@code res}; throws naming the file and row on a bad row. */
    static ToneModel load(Resources res) {
        return new ToneModel(fromRows(res.exists(FILE) ? res.readCsv(FILE) : List.of()).weights, res.readWords(STOPWORDS));
    }

    static ToneModel fromRows(List<Map<String, String>> rows) {
        Map<String, double[]> w = new HashMap<>();
        int n = 0;
        for (Map<String, String> row : rows) {
            n++;
            String f = row.getOrDefault("feature", "").strip();
            double[] v = new double[LABELS.length];
            try {
                for (ToneLabel l : LABELS) {
                    v[l.ordinal()] = Double.parseDouble(row.getOrDefault(l.label(), "").strip());
                    if (!Double.isFinite(v[l.ordinal()])) {
                        throw new NumberFormatException("not finite");
                    }
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(FILE + " data row " + n + " " + row.values()
                        + ": needs a feature and a number for each of confrontational, neutral, conciliatory", e);
            }
            if (f.isEmpty()) {
                throw new IllegalArgumentException(FILE + " data row " + n + ": empty feature");
            }
            w.put(f, v);
        }
        return new ToneModel(w);
    }

    /** Whether the model has any weights (an empty file turns the correction off). */
    boolean isEmpty() {
        return weights.isEmpty();
    }

    int size() {
        return weights.size();
    }

    /**
     * The features of a quote: the rule model's label ({@code rule:confrontational}), its score
     * ({@code rule_score}), the kind of each of its cues (the part before {@code :}, as
     * {@code cue:accusation}), and the quote's lower-case words ({@code word:x}) and neighbouring
     * word pairs ({@code pair:x y}).
     */
    public static Map<String, Double> features(String text, Tone rule) {
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("bias", 1.0);
        f.put("rule:" + rule.label().label(), 1.0);
        f.put("rule_score", rule.score());
        for (String c : rule.cues()) {
            if (c.startsWith(CUE_PREFIX)) {
                continue;
            }
            int colon = c.indexOf(':');
            String kind = (colon < 0 ? c : c.substring(0, colon)).strip().toLowerCase(Locale.ROOT);
            if (!kind.isEmpty()) {
                f.merge("cue:" + kind, 1.0, Double::sum);
            }
        }
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        for (int i = 0; i < words.size(); i++) {
            f.put("word:" + words.get(i), 1.0);
            if (i > 0) {
                f.put("pair:" + words.get(i - 1) + " " + words.get(i), 1.0);
            }
        }
        return f;
    }

    /** The probability of each label, in {@link ToneLabel} order. */
    double[] probabilities(Map<String, Double> features) {
        return softmax(logits(weights, features));
    }

    static double[] logits(Map<String, double[]> w, Map<String, Double> features) {
        double[] s = new double[LABELS.length];
        for (Map.Entry<String, Double> e : features.entrySet()) {
            double[] v = w.get(e.getKey());
            if (v != null) {
                for (int k = 0; k < s.length; k++) {
                    s[k] += v[k] * e.getValue();
                }
            }
        }
        return s;
    }

    static double[] softmax(double[] s) {
        double max = Double.NEGATIVE_INFINITY;
        for (double x : s) {
            max = Math.max(max, x);
        }
        double z = 0;
        double[] p = new double[s.length];
        for (int k = 0; k < s.length; k++) {
            p[k] = Math.exp(s[k] - max);
            z += p[k];
        }
        for (int k = 0; k < s.length; k++) {
            p[k] /= z;
        }
        return p;
    }

    /**
     * The tone of {@code text} given the rule model's {@code rule} tone. When the model's most
     * probable label reaches {@code minProbability}, that label with the model's expected tone as
     * score; the cues keep the rule model's and add one naming the label, its probability and the
     * three words or pairs that pushed most toward it. Else, and when the rules found no cue but a
     * target (no word of tone at all), {@code rule} unchanged.
     */
    Tone correct(String text, Tone rule, double minProbability) {
        if (weights.isEmpty() || rule.cues().stream().allMatch(c -> c.startsWith("target "))) {
            return rule; // no word of tone at all: the model would read topic words ("the Chinese delegation arrived")
        }
        Map<String, Double> f = features(text, rule);
        double[] p = probabilities(f);
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            best = p[k] > p[best] ? k : best;
        }
        if (p[best] < minProbability) {
            return rule;
        }
        double score = Math.round((p[ToneLabel.CONCILIATORY.ordinal()] - p[ToneLabel.CONFRONTATIONAL.ordinal()]) * 1e6) / 1e6;
        List<String> cues = new ArrayList<>(rule.cues());
        cues.add(CUE_PREFIX + LABELS[best].label() + String.format(Locale.ROOT, " %.2f: ", p[best])
                + String.join(", ", strongest(f, best, 3)).replace(';', ','));
        return new Tone(Math.max(-1, Math.min(1, score)), LABELS[best], cues);
    }

    /** The {@code n} word features that raise label {@code k} most against the other labels. */
    private List<String> strongest(Map<String, Double> f, int k, int n) {
        List<Map.Entry<String, Double>> push = new ArrayList<>();
        for (Map.Entry<String, Double> e : f.entrySet()) {
            double[] v = weights.get(e.getKey());
            if (v == null || !(e.getKey().startsWith("word:") || e.getKey().startsWith("pair:"))
                    || plain.containsAll(List.of(e.getKey().substring(5).split(" ")))) {
                continue;
            }
            double other = 0;
            for (int j = 0; j < v.length; j++) {
                other = j == k ? other : Math.max(other, v[j]);
            }
            double gain = (v[k] - other) * e.getValue();
            if (gain > 0) {
                push.add(Map.entry(e.getKey().substring(5), gain));
            }
        }
        push.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        return push.stream().limit(n).map(Map.Entry::getKey).toList();
    }
}
