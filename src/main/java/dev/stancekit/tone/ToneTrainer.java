package dev.stancekit.tone;

import dev.stancekit.model.Tone;
import dev.stancekit.model.ToneLabel;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Fits {@code tone-model.csv} (see {@link ToneModel}) on annotated quotes: multinomial logistic
 * regression by stochastic gradient descent with L2 shrinkage, in a fixed order, so the same
 * examples give the same file. Word and pair features are kept only when they occur in at least
 * {@code minArticles} articles, so no phrase of a single article is learnt.
 */
public final class ToneTrainer {

    /** One annotated quote: its text, the rule model's tone of it, its gold label and its article. */
    public record Example(String text, Tone rule, ToneLabel gold, String article) {
        public Example {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(gold, "gold");
            Objects.requireNonNull(article, "article");
        }
    }

    /** The fitting numbers; {@link #DEFAULTS} are the ones the bundled file was made with. */
    public record Params(int epochs, double rate, double shrink, int minArticles, long seed) {
    }

    public static final Params DEFAULTS = new Params(12, 0.1, 1e-4, 2, 20261205L);

    private ToneTrainer() {
    }

    /** The weights, by feature, one per label in {@link ToneLabel} order. */
    public static Map<String, double[]> train(List<Example> examples, Params p) {
        Map<String, Set<String>> articles = new HashMap<>();
        List<Map<String, Double>> xs = new ArrayList<>();
        for (Example e : examples) {
            Map<String, Double> f = ToneModel.features(e.text(), e.rule());
            xs.add(f);
            for (String k : f.keySet()) {
                articles.computeIfAbsent(k, x -> new HashSet<>()).add(e.article());
            }
        }
        for (Map<String, Double> f : xs) {
            f.keySet().removeIf(k -> isText(k) && articles.get(k).size() < p.minArticles());
        }
        int labels = ToneLabel.values().length;
        Map<String, double[]> w = new HashMap<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < xs.size(); i++) {
            order.add(i);
        }
        Random random = new Random(p.seed());
        for (int epoch = 0; epoch < p.epochs(); epoch++) {
            Collections.shuffle(order, random);
            for (int i : order) {
                Map<String, Double> x = xs.get(i);
                double[] prob = ToneModel.softmax(ToneModel.logits(w, x));
                int gold = examples.get(i).gold().ordinal();
                for (Map.Entry<String, Double> e : x.entrySet()) {
                    double[] v = w.computeIfAbsent(e.getKey(), k -> new double[labels]);
                    for (int k = 0; k < labels; k++) {
                        double g = prob[k] - (k == gold ? 1 : 0);
                        v[k] -= p.rate() * (g * e.getValue() + p.shrink() * v[k]);
                    }
                }
            }
        }
        return w;
    }

    private static boolean isText(String feature) {
        return feature.startsWith("word:") || feature.startsWith("pair:");
    }

    /**
     * Writes the weights as {@code tone-model.csv}, sorted by feature, to four decimals, dropping
     * features whose weights all round to zero.
     */
    public static int write(Map<String, double[]> weights, String provenance, Writer out) throws IOException {
        out.write("# The learned tone correction (see docs/tone.md; made by `stancekit train-tone`).\n");
        for (String line : provenance.split("\n")) {
            out.write("# " + line + "\n");
        }
        out.write("#   feature  bias; rule:LABEL and rule_score (the rule model's reading); cue:KIND (its cues);\n"
                + "#            word:W and pair:W1 W2 (the quote's lower-case words and neighbouring pairs)\n"
                + "#   confrontational,neutral,conciliatory  the feature's weight toward each label\n");
        out.write("feature,confrontational,neutral,conciliatory\n");
        int n = 0;
        for (Map.Entry<String, double[]> e : new TreeMap<>(weights).entrySet()) {
            double[] v = e.getValue();
            String[] cells = new String[v.length];
            boolean any = false;
            for (int k = 0; k < v.length; k++) {
                cells[k] = String.format(Locale.ROOT, "%.4f", v[k]);
                any |= !cells[k].matches("-?0\\.0000");
            }
            if (!any) {
                continue;
            }
            String f = e.getKey();
            out.write((f.contains(",") || f.contains("\"") ? "\"" + f.replace("\"", "\"\"") + "\"" : f)
                    + "," + String.join(",", cells) + "\n");
            n++;
        }
        return n;
    }
}
