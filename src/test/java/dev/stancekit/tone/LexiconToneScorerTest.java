package dev.stancekit.tone;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.Tone;
import dev.stancekit.model.ToneLabel;
import dev.stancekit.resources.Resources;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class LexiconToneScorerTest {

    private static final LexiconToneScorer TONE = LexiconToneScorer.create(Resources.bundled());
    private static final LexiconToneScorer VADER = LexiconToneScorer.vaderOnly(Resources.bundled());

    /**
     * Invented sentences with the author's rating of their tone in [-1, 1], written before
     * scoring: 20 of general news (sentiment) and 20 of diplomatic news (tone toward the other side).
     */
    private static final String RATED = """
            The new hospital wing opened on Monday to wide praise from patients.|0.6
            Floods destroyed hundreds of homes and left thousands without power.|-0.7
            The company reported record profits and raised its forecast.|0.6
            Police said the suspect was arrested after a violent robbery.|-0.5
            The city council approved the budget after a short debate.|0.1
            Fans celebrated the team's stunning victory late into the night.|0.8
            The airline cancelled dozens of flights, angering stranded travelers.|-0.6
            Researchers announced a promising treatment for a rare disease.|0.6
            The factory will close next year, costing 400 jobs.|-0.6
            Rain is expected across the region on Thursday.|0.0
            The minister resigned amid a corruption scandal.|-0.6
            Volunteers helped clean up the beach and planted new trees.|0.5
            The report found no evidence of wrongdoing by the mayor.|0.2
            Prices rose sharply, hurting families already struggling to pay bills.|-0.6
            The festival was a great success and drew record crowds.|0.8
            Critics called the plan a disaster and a waste of money.|-0.7
            The museum will reopen in spring after renovation.|0.2
            Two people were killed in a crash on the highway.|-0.8
            The school won an award for its reading program.|0.6
            Talks between the union and management broke down without agreement.|-0.4
            Both sides described the meeting as candid, constructive and productive.|0.7
            The ministry warned Washington not to cross the red line on the island.|-0.8
            He urged Beijing to stop its coercion of its neighbours at sea.|-0.7
            The two defense chiefs agreed to restore military communication channels.|0.6
            Officials said the drills were a dangerous provocation that threatens regional stability.|-0.8
            Beijing accused Washington of bullying and interference in its internal affairs.|-0.8
            The envoy called for mutual respect and peaceful coexistence.|0.6
            The two countries pledged to manage competition responsibly and avoid conflict.|0.6
            Washington reiterated its firm opposition to any unilateral change to the status quo.|-0.3
            The spokesman said the sanctions would seriously undermine bilateral trust.|-0.6
            Both militaries resumed high-level exchanges after a long freeze.|0.5
            China firmly opposes the arms sale and will take resolute countermeasures.|-0.8
            The secretary expressed concern over recent unsafe intercepts by fighter jets.|-0.5
            The leaders reached a consensus on keeping relations healthy and stable.|0.7
            He said the talks helped build strategic trust and reduce the risk of miscalculation.|0.6
            The embassy said the remarks sent the wrong signals to separatist forces.|-0.6
            Officials stressed the need for guardrails to keep competition from veering into conflict.|0.4
            The ministry said the accusations were groundless and a malicious smear.|-0.8
            The delegation held talks on trade and climate in the capital.|0.1
            Neither side offered concessions, but both agreed to keep talking.|0.2
            """;

    /** The rated sentences, one "text|rating" per line; the first 20 are general news. */
    static String[] ratedLines() {
        return RATED.strip().split("\n");
    }

    @Test
    void correlatesWithHumanRatingsAtLeastAsWellAsPlainVader() {
        List<Double> human = new ArrayList<>();
        List<Double> combined = new ArrayList<>();
        List<Double> vader = new ArrayList<>();
        for (String line : RATED.strip().split("\n")) {
            String[] parts = line.split("\\|");
            human.add(Double.parseDouble(parts[1]));
            combined.add(TONE.score(parts[0]).score());
            vader.add(VADER.score(parts[0]).score());
        }
        assertEquals(40, human.size());
        double rCombined = pearson(human, combined);
        double rVader = pearson(human, vader);
        double rGeneralCombined = pearson(human.subList(0, 20), combined.subList(0, 20));
        double rGeneralVader = pearson(human.subList(0, 20), vader.subList(0, 20));
        System.out.printf(Locale.ROOT, "pearson all: combined=%.3f vader=%.3f; general news: combined=%.3f vader=%.3f%n",
                rCombined, rVader, rGeneralCombined, rGeneralVader);
        assertTrue(rCombined >= rVader, rCombined + " < " + rVader);
        assertTrue(rGeneralCombined >= rGeneralVader - 0.02, "general news got worse: " + rGeneralCombined);
        assertTrue(rCombined >= 0.8, "combined " + rCombined);
    }

    static double pearson(List<Double> x, List<Double> y) {
        int n = x.size();
        double mx = x.stream().mapToDouble(d -> d).average().orElse(0);
        double my = y.stream().mapToDouble(d -> d).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x.get(i) - mx) * (y.get(i) - my);
            sxx += (x.get(i) - mx) * (x.get(i) - mx);
            syy += (y.get(i) - my) * (y.get(i) - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    @Test
    void diplomaticPhrasesWinOverTheirWords() {
        Tone t = TONE.score("They warned against crossing the red line.");
        assertTrue(t.cues().contains("red line"), t.cues().toString());
        assertEquals(ToneLabel.CONFRONTATIONAL, t.label());
        Tone united = TONE.score("The United States and its partners met.");
        assertEquals(0, united.score(), 1e-9, "a country name carries no tone");
        assertTrue(VADER.score("The United States and its partners met.").score() > 0, "VADER scores 'united'");
    }

    @Test
    void mitigatorsTurnAvertedHarmConciliatory() {
        Tone t = TONE.score("Both sides want to reduce tensions and avoid miscalculation.");
        assertEquals(ToneLabel.CONCILIATORY, t.label(), t.toString());
        assertTrue(t.cues().contains("reduce tensions"), t.cues().toString());
        assertEquals(ToneLabel.CONFRONTATIONAL, TONE.score("Tensions and miscalculation grow.").label());
    }

    @Test
    void negationPrefixNonFlipsTheWord() {
        assertEquals(ToneLabel.CONCILIATORY, TONE.score("a non-confrontational relationship").label());
    }

    @Test
    void demandsAndWarningsAreConfrontational() {
        for (String s : List.of("Washington must refrain from provocation.",
                "Beijing firmly opposes any interference in its internal affairs.",
                "The island is an inalienable part of China and a core interest.",
                "They accused the other side of coercion and bullying.")) {
            assertEquals(ToneLabel.CONFRONTATIONAL, TONE.score(s).label(), s);
        }
    }

    @Test
    void neutralReportingStaysNeutral() {
        for (String s : List.of("The defense ministers met in Singapore on Friday.",
                "The meeting lasted about an hour and covered security issues.",
                "He spoke about freedom of navigation in the region.")) {
            Tone t = TONE.score(s);
            assertEquals(ToneLabel.NEUTRAL, t.label(), s + " " + t);
        }
    }

    @Test
    void accusationsThreatsAndDefianceAreConfrontational() {
        for (String s : List.of("The ministry told the navy to stop its reckless and illegal patrols.",
                "Officials accused the coast guard of deliberately ramming a supply boat.",
                "The country will take all necessary measures and will not hesitate to respond.",
                "Those tariffs are protectionism, plain and simple.",
                "He said the fleet would not be intimidated.",
                "The embassy lodged a protest despite strong objections from the hosts.")) {
            Tone t = TONE.score(s);
            assertEquals(ToneLabel.CONFRONTATIONAL, t.label(), s + " " + t);
        }
    }

    @Test
    void offersToTalkAreConciliatory() {
        for (String s : List.of("Both sides agreed to keep the channels open and talk to each other.",
                "We are ready to meet them halfway, without preconditions.",
                "The call was businesslike and substantive.",
                "Leaders pledged to ease tensions and manage differences.",
                "The administration does not seek to decouple.")) {
            Tone t = TONE.score(s);
            assertEquals(ToneLabel.CONCILIATORY, t.label(), s + " " + t);
        }
    }

    @Test
    void describingEventsIsNotTakingASide() {
        for (String s : List.of("A collision at sea was reported on Tuesday.",
                "The war entered its third year.",
                "The crisis began on Monday.",
                "Officials discussed clean energy and advanced chips.",
                "The party's winner said he would respect the results.")) {
            Tone t = TONE.score(s);
            assertEquals(ToneLabel.NEUTRAL, t.label(), s + " " + t);
        }
    }

    @Test
    void aReportingVerbAddsItsTone() {
        String text = "the neighbours to address the question of fishing rights";
        assertEquals(ToneLabel.NEUTRAL, TONE.score(text).label());
        Tone warned = TONE.score(text, "warned");
        assertEquals(ToneLabel.CONFRONTATIONAL, warned.label(), warned.toString());
        assertTrue(warned.cues().contains("warned"), warned.cues().toString());
        assertEquals(TONE.score(text), TONE.score(text, "said"), "a plain verb changes nothing");
        assertEquals(TONE.score(text), TONE.score(text, null));
        assertEquals(TONE.score(text), TONE.score(text, " "));
        assertEquals(Tone.NEUTRAL, TONE.score(null, "warned"));
    }

    @Test
    void labelsFollowTheThresholds() {
        assertEquals(ToneLabel.CONCILIATORY, LexiconToneScorer.label(LexiconToneScorer.CONCILIATORY_AT));
        assertEquals(ToneLabel.NEUTRAL, LexiconToneScorer.label(0.19));
        assertEquals(ToneLabel.NEUTRAL, LexiconToneScorer.label(-0.19));
        assertEquals(ToneLabel.CONFRONTATIONAL, LexiconToneScorer.label(LexiconToneScorer.CONFRONTATIONAL_AT));
    }

    @Test
    void emptyAndBlankTextsAreNeutral() {
        assertEquals(Tone.NEUTRAL, TONE.score(""));
        assertEquals(Tone.NEUTRAL, TONE.score(" \n\t"));
        assertEquals(Tone.NEUTRAL, TONE.score(null));
    }

    @Test
    void hammerWithRandomInput() {
        Random rnd = new Random(42);
        String[] vocab = {"not", "never", "very", "but", "NO", "red line", "avoid", "non-", "crisis", "!!", "??",
            "good", "BAD", "core interests", "kind of", "least", "at", "so", "’", "'", "*", "-", "can't",
            "Σ", "İ", "\u0301", "🙂", "\n", ";", ",", "strategic trust", "reduce", "risk"};
        for (int n = 0; n < 3000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = rnd.nextInt(40);
            for (int i = 0; i < len; i++) {
                if (rnd.nextBoolean()) {
                    sb.append(vocab[rnd.nextInt(vocab.length)]);
                } else {
                    sb.appendCodePoint(rnd.nextInt(3) == 0 ? rnd.nextInt(0x2FFFF) : 32 + rnd.nextInt(95));
                }
                if (rnd.nextInt(3) > 0) {
                    sb.append(' ');
                }
            }
            String text = sb.toString();
            Tone t = assertDoesNotThrow(() -> TONE.score(text), text);
            assertTrue(t.score() >= -1 && t.score() <= 1, text);
            assertEquals(LexiconToneScorer.label(t.score()), t.label());
            String lower = text.toLowerCase(Locale.ROOT);
            for (String cue : t.cues()) {
                assertTrue(!cue.isEmpty() && lower.contains(cue), () -> "cue '" + cue + "' not in " + text);
                assertTrue(cue.indexOf(';') < 0, cue);
            }
        }
    }

    @Test
    void oneInstanceServesManyThreads() throws Exception {
        List<String> texts = List.of("They made constructive proposals.", "It was a dangerous provocation.",
                "The talks were held on Friday.", "We oppose coercion but welcome dialogue.");
        List<Tone> expected = texts.stream().map(TONE::score).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int k = i % texts.size();
                futures.add(pool.submit(() -> TONE.score(texts.get(k)).equals(expected.get(k))));
            }
            for (Future<Boolean> f : futures) {
                assertTrue(f.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
