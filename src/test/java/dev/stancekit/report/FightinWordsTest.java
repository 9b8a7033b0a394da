package dev.stancekit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FightinWordsTest {

    final FightinWords fw = new FightinWords(Set.of("the", "and", "us", "we", "will"));

    @Test
    void termsAreUnigramsAndBigramsWithoutStopwords() {
        assertEquals(List.of("tariffs", "rise", "tariffs rise", "US", "exports", "US exports"),
                fw.terms("The tariffs rise and US exports 2024 will"));
        // "us" the pronoun is a stopword, "US" the acronym is kept; stopwords break bigrams
        assertEquals(List.of("help"), fw.terms("help us"));
        assertEquals(List.of("don't", "stop", "don't stop"), fw.terms("Don\u2019t stop"));
        assertTrue(fw.terms("").isEmpty());
    }

    @Test
    void signAndOrderingFollowTheGroups() {
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            a.add("tariffs hurt trade");
            b.add("respect helps trade");
        }
        for (int i = 0; i < 3; i++) {
            a.add("sanctions");
        }
        Map<String, Integer> ca = fw.count(a);
        Map<String, Integer> cb = fw.count(b);
        Map<String, Integer> prior = new HashMap<>(ca);
        cb.forEach((k, v) -> prior.merge(k, v, Integer::sum));
        List<FightinWords.Term> terms = FightinWords.compare(ca, cb, prior, 1);
        Map<String, FightinWords.Term> by = new HashMap<>();
        terms.forEach(t -> by.put(t.term(), t));
        assertTrue(by.get("tariffs").z() > 1.96, by.get("tariffs").toString());
        assertTrue(by.get("respect").z() < -1.96);
        assertTrue(Math.abs(by.get("trade").z()) < 0.5, by.get("trade").toString());
        // same direction, fewer occurrences: less evidence
        assertTrue(by.get("sanctions").z() > 0 && by.get("sanctions").z() < by.get("tariffs").z());
        assertEquals(20, by.get("tariffs").countA());
        assertEquals(0, by.get("tariffs").countB());
        // sorted by z, most typical of a first
        for (int i = 1; i < terms.size(); i++) {
            assertTrue(terms.get(i - 1).z() >= terms.get(i).z());
        }
        // swapping the groups flips every sign
        Map<String, FightinWords.Term> flipped = new HashMap<>();
        FightinWords.compare(cb, ca, prior, 1).forEach(t -> flipped.put(t.term(), t));
        by.forEach((k, t) -> assertEquals(-t.z(), flipped.get(k).z(), 1e-9));
        assertTrue(FightinWords.compare(ca, cb, prior, 21).isEmpty() == false);
        assertTrue(FightinWords.compare(ca, cb, prior, 100).isEmpty());
    }
}
