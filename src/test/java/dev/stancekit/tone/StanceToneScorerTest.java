package dev.stancekit.tone;

import dev.stancekit.model.ToneLabel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.resources.Resources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules of the tone model, each on sentences written for this test (not from any gold file). */
class StanceToneScorerTest {

    private static final StanceToneScorer MODEL = StanceToneScorer.create(Resources.bundled());

    private static ToneLabel label(String text, String side) {
        return MODEL.read(text, side).tone().label();
    }

    @Test
    void wordsOfPeaceInARebukeDoNotMakeItConciliatory() {
        Reading r = MODEL.read("Real peace and lasting stability require Washington to stop its arms deliveries.", "China");
        assertEquals(ToneLabel.CONFRONTATIONAL, r.tone().label(), r.toString());
        assertEquals("other", r.target());
        assertTrue(r.act().contains("demand"), r.act());
        assertTrue(r.tone().cues().contains("target other: washington"), r.tone().cues().toString());
    }

    @Test
    void accusationsWithoutNegativeWordsAreConfrontational() {
        assertEquals(ToneLabel.CONFRONTATIONAL,
                label("The American aircraft deliberately flew over the Chinese fleet to gather intelligence.", "China"));
    }

    @Test
    void offersAndAgreementsAreConciliatory() {
        assertEquals(ToneLabel.CONCILIATORY, label("Beijing is willing to work with Washington on fentanyl.", "China"));
        assertEquals(ToneLabel.CONCILIATORY, label("Both delegations agreed to meet again in the spring.", "US"));
    }

    @Test
    void aDemandOnAThirdPartyIsNoStanceTowardThePair() {
        Reading r = MODEL.read("Moscow must stop shelling the Zaporizhzhia plant at once.", "US");
        assertEquals("third", r.target());
        assertEquals(ToneLabel.NEUTRAL, r.tone().label(), r.toString());
    }

    @Test
    void theClauseAfterButDominatesAPositiveOpening() {
        String text = "The pledges are welcome, but they will be judged by what the PRC does next.";
        assertEquals(ToneLabel.CONFRONTATIONAL, label(text, "US"));
        assertEquals(ToneLabel.CONCILIATORY, label("The pledges are welcome.", "US"));
    }

    @Test
    void hedgesWeakenAndRestatementsAreNeutral() {
        double plain = MODEL.read("The talks will resume.", "US").tone().score();
        double hedged = MODEL.read("The talks may perhaps resume.", "US").tone().score();
        assertTrue(hedged < plain, hedged + " vs " + plain);
        assertEquals(ToneLabel.NEUTRAL,
                label("Under the treaty, an armed attack on either party would be met with force.", "US"));
    }

    @Test
    void theSpeakersOwnSideIsNotTheOtherSide() {
        String text = "The United States will stop all cooperation on the project.";
        assertEquals("own", MODEL.read(text, "US").target());
        assertEquals("other", MODEL.read(text, "China").target());
        assertEquals("other", MODEL.read(text, null).target());
    }

    @Test
    void aPartialQuoteWithoutToneTakesItsSentences() {
        Reading r = MODEL.read("within days", "China",
                "The spokesman said the US must stop the sale, warning that relations would suffer within days.");
        assertEquals(ToneLabel.CONFRONTATIONAL, r.tone().label());
        assertEquals("context", r.tone().cues().get(0));
        assertEquals(ToneLabel.NEUTRAL, MODEL.read("within days", "China", null).tone().label());
    }

    /** General news rated before scoring (LexiconToneScorerTest.RATED): no regression against the lexicon. */
    @Test
    void generalNewsCorrelatesAtLeastAsWellAsTheLexicon() {
        LexiconToneScorer lexicon = LexiconToneScorer.create(Resources.bundled());
        List<Double> human = new ArrayList<>();
        List<Double> model = new ArrayList<>();
        List<Double> lex = new ArrayList<>();
        String[] lines = LexiconToneScorerTest.ratedLines();
        for (int i = 0; i < 20; i++) {
            String[] parts = lines[i].split("\\|");
            human.add(Double.parseDouble(parts[1]));
            model.add(MODEL.score(parts[0]).score());
            lex.add(lexicon.score(parts[0]).score());
        }
        double rModel = LexiconToneScorerTest.pearson(human, model);
        double rLex = LexiconToneScorerTest.pearson(human, lex);
        System.out.printf("general news pearson: model=%.3f lexicon=%.3f%n", rModel, rLex);
        assertTrue(rModel >= rLex - 0.01, "model " + rModel + " lexicon " + rLex);
    }

    @Test
    void badTablesNameTheirFileAndRow(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("tone-speech-acts.csv"), "phrase,act,note\nglare,stare,x\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StanceToneScorer.create(Resources.overlay(dir)));
        assertTrue(e.getMessage().contains("tone-speech-acts.csv") && e.getMessage().contains("stare"), e.getMessage());
    }

    @Test
    void aUsersTableAddsPhrases(@TempDir Path dir) throws IOException {
        String text = "Beijing keeps salami-slicing the reef.";
        assertEquals(ToneLabel.NEUTRAL, label(text, "US"));
        Files.writeString(dir.resolve("tone-speech-acts.csv"), "phrase,act,note\nsalami-slicing,accusation,x\n");
        assertEquals(ToneLabel.CONFRONTATIONAL,
                StanceToneScorer.create(Resources.overlay(dir)).read(text, "US").tone().label());
    }
}
