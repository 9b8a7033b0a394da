package dev.stancekit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BootstrapTest {

    @Test
    void deterministicAndContainsTheMean() {
        Random r = new Random(11);
        List<String> clusters = new ArrayList<>();
        double[] v = new double[60];
        double sum = 0;
        for (int i = 0; i < v.length; i++) {
            clusters.add("art" + (i % 12));
            v[i] = Math.tanh(r.nextGaussian() * 0.5 + (i % 12) * 0.03);
            sum += v[i];
        }
        double mean = sum / v.length;
        Bootstrap.Interval a = Bootstrap.ci95(clusters, v, "k");
        Bootstrap.Interval b = Bootstrap.ci95(clusters, v, "k");
        assertEquals(a, b);
        assertTrue(a.low() < mean && mean < a.high(), a + " vs " + mean);
        assertTrue(a.high() - a.low() < 0.6);
    }

    @Test
    void resamplesArticlesNotQuotes() {
        // Two articles with very different tones: the interval must span most of the gap,
        // which a quote-level bootstrap over 40 quotes would not.
        List<String> clusters = new ArrayList<>();
        double[] v = new double[40];
        for (int i = 0; i < 40; i++) {
            clusters.add(i < 20 ? "x" : "y");
            v[i] = i < 20 ? -0.8 : 0.8;
        }
        Bootstrap.Interval ci = Bootstrap.ci95(clusters, v, "g");
        assertEquals(-0.8, ci.low(), 1e-9);
        assertEquals(0.8, ci.high(), 1e-9);
    }

    @Test
    void undefinedForOneArticle() {
        assertFalse(Bootstrap.ci95(List.of("a", "a"), new double[] {0.1, 0.3}, "k").defined());
    }
}
