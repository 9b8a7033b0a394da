package dev.stancekit.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.stancekit.model.Article;
import dev.stancekit.model.QuoteKind;
import dev.stancekit.model.QuoteSpan;
import dev.stancekit.model.Speaker;
import dev.stancekit.model.SpeakerType;
import dev.stancekit.model.Spans;
import dev.stancekit.resources.Resources;
import org.junit.jupiter.api.Test;

/**
 * Regression: the quote finder gives "a senior Trump administration official" the antecedent
 * "Trump" (the person tagged in the mention), and the resolver took that name for the speaker, so
 * an unnamed official's words were credited to the president.
 */
class NameQualifyingARoleIsNoSpeakerTest {

    private static Speaker resolve(String text, String mention, String antecedent) {
        QuoteSpan q = Spans.mention(QuoteSpan.builder(QuoteKind.INDIRECT, "x").span(0, 1).cue("said"), mention, text.indexOf(mention))
                .antecedent(antecedent).build();
        return RegistrySpeakerResolver.create(Resources.bundled()).resolve(q, Article.of("t.txt", text), null);
    }

    @Test
    void aRegisteredNameBeforeAnAdministrationOfficialIsNotTheSpeaker() {
        String text = "Talks resume. A senior Trump administration official said the talks would resume in March.";
        Speaker s = resolve(text, "A senior Trump administration official", "Trump");
        assertNotEquals("Donald Trump", s.canonical(), s.toString());
        assertNotEquals("Trump", s.canonical(), s.toString());
        assertEquals(SpeakerType.ANONYMOUS, s.type(), s.toString());
        assertEquals("US", s.side(), s.toString());
    }

    @Test
    void theNamedPersonStillSpeaksWhenTheMentionEndsInTheName() {
        String text = "Talks resume. President Donald Trump said the talks would resume in March.";
        Speaker s = resolve(text, "President Donald Trump", "Donald Trump");
        assertEquals(SpeakerType.PERSON, s.type(), s.toString());
        assertEquals("US", s.side(), s.toString());
    }
}
