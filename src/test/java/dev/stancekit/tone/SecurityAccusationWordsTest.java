package dev.stancekit.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.stancekit.model.ToneLabel;
import dev.stancekit.resources.Resources;
import org.junit.jupiter.api.Test;

/**
 * Regression from blind sets on hacking, drugs and human rights: accusations of spying or hacking
 * had no weight ("espionage", "hackers" were in no lexicon), and VADER's praise words read a demand
 * ("would like China to do more") or a description ("the powerful opioid") as conciliatory.
 */
class SecurityAccusationWordsTest {

    private static final StanceToneScorer MODEL = StanceToneScorer.create(Resources.bundled());

    private static ToneLabel label(String text, String side) {
        return MODEL.read(text, side).tone().label();
    }

    @Test
    void anAccusationOfHackingIsConfrontational() {
        assertEquals(ToneLabel.CONFRONTATIONAL, label("Hackers backed by Beijing ran a broad espionage campaign against the utilities.", "US"));
    }

    @Test
    void wouldLikeIsNoPraise() {
        assertNotEquals(ToneLabel.CONCILIATORY, label("We would like Beijing to do more on the precursor shipments.", "US"));
    }

    @Test
    void aPowerfulDrugIsNoPraise() {
        assertNotEquals(ToneLabel.CONCILIATORY, label("China remains a major source of the chemicals used to make the powerful opioid.", "US"));
    }
}
