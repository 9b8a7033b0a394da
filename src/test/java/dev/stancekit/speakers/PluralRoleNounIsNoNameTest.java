package dev.stancekit.speakers;

import static dev.stancekit.speakers.MentionFixture.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stancekit.model.Speaker;
import dev.stancekit.model.SpeakerType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Regression: a plural role noun opening a sentence ("Critics call the plan reckless.") was read as
 * a capitalised name, so the speaker became the person "Critics", and a later "the governor" in the
 * same article was linked to that "person".
 */
class PluralRoleNounIsNoNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"Critics", "Supporters", "Opponents", "Residents", "Protesters"})
    void aPluralRoleNounAtTheStartOfASentenceIsAnAnonymousGroup(String word) {
        String text = "The harbour plan went to the council on Monday. " + word
                + " call the plan reckless and too costly for a small town.";
        Speaker s = resolve(text, word);
        assertEquals(SpeakerType.ANONYMOUS, s.type(), s.toString());
        assertEquals(word.toLowerCase(java.util.Locale.ROOT), s.canonical());
    }
}
