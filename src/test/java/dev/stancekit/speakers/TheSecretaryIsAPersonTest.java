package dev.stancekit.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.Article;
import dev.stancekit.model.QuoteKind;
import dev.stancekit.model.QuoteSpan;
import dev.stancekit.model.QuoteSpan.MentionType;
import dev.stancekit.model.Speaker;
import dev.stancekit.model.SpeakerType;
import dev.stancekit.resources.Resources;
import dev.stancekit.model.Spans;
import org.junit.jupiter.api.Test;

/**
 * Regression: a registered person found through a title ("the Secretary" → the Secretary of State
 * named earlier in the article) came out with {@code speaker_type=anonymous}.
 */
class TheSecretaryIsAPersonTest {

    private static Speaker resolve(String text, String mention) {
        int at = text.indexOf(mention);
        QuoteSpan q = Spans.mention(QuoteSpan.builder(QuoteKind.INDIRECT, "x").span(0, 1).cue("said"), mention, at)
                .antecedent(mention).mentionType(MentionType.TITLE).build();
        return RegistrySpeakerResolver.create(Resources.bundled()).resolve(q, Article.of("t.txt", text), null);
    }

    @Test
    void theSecretaryResolvedToARegisteredPersonIsAPersonNotAnonymous() {
        String text = "Secretary of State Antony Blinken landed in Beijing on Sunday for two days of talks. "
                + "The Secretary said the meetings had been candid and constructive.";
        Speaker s = resolve(text, "The Secretary");
        assertEquals("Antony Blinken", s.canonical());
        assertEquals(SpeakerType.PERSON, s.type());
        assertEquals("US", s.side());
        assertTrue(s.inRegistry());
    }
}
