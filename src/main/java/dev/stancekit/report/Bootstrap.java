package dev.stancekit.report;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Percentile bootstrap of a mean when observations come in clusters (quotes within articles):
 * each replicate draws as many articles as there are, with replacement, and takes the mean over
 * all quotes of the drawn articles. The seed is fixed and mixed with a caller's key, so a group's
 * interval does not depend on what else is in the report.
 */
final class Bootstrap {

    static final int REPLICATES = 2000;
    static final long SEED = 20240717L;

    /** A 95% interval; both NaN when it cannot be estimated (fewer than two articles). */
    record Interval(double low, double high) {
        static final Interval NONE = new Interval(Double.NaN, Double.NaN);

        boolean defined() {
            return !Double.isNaN(low);
        }
    }

    private Bootstrap() {
    }

    /**
     * @param clusterOf the cluster (article id) of each observation
     * @param values    the observed values, same order
     * @param key       mixed into the seed
     */
    static Interval ci95(List<String> clusterOf, double[] values, String key) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            double[] s = sums.computeIfAbsent(clusterOf.get(i), k -> new double[2]);
            s[0] += values[i];
            s[1] += 1;
        }
        int n = sums.size();
        if (n < 2) {
            return Interval.NONE;
        }
        double[][] c = sums.values().toArray(double[][]::new);
        SplittableRandom rnd = new SplittableRandom(SEED ^ (key.hashCode() * 0x9E3779B97F4A7C15L));
        double[] means = new double[REPLICATES];
        for (int b = 0; b < REPLICATES; b++) {
            double sum = 0;
            double cnt = 0;
            for (int i = 0; i < n; i++) {
                double[] pick = c[rnd.nextInt(n)];
                sum += pick[0];
                cnt += pick[1];
            }
            means[b] = sum / cnt;
        }
        Arrays.sort(means);
        return new Interval(quantile(means, 0.025), quantile(means, 0.975));
    }

    /** Linear-interpolated quantile of sorted values. */
    static double quantile(double[] sorted, double p) {
        double pos = p * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
