package dev.stancekit.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.QuoteKind;
import dev.stancekit.model.QuoteSpan;
import dev.stancekit.model.QuoteSpan.MentionType;
import dev.stancekit.model.Spans;
import dev.stancekit.resources.Resources;
import dev.stancekit.speakers.Words.Tok;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The words of a mention before any lookup ({@link MentionText}) and how a mention is built ({@link MentionWords}). */
class MentionTextTest {

    static final Lexicon LEX = Lexicon.load(Resources.bundled());
    static final WordKinds WORDS = WordKinds.load(Resources.bundled());
    static final MentionWords MENTIONS = new MentionWords(WORDS);

    static QuoteSpan quote(String text, String mention) {
        int at = text.indexOf(mention);
        return Spans.mention(QuoteSpan.builder(QuoteKind.INDIRECT, "x").span(0, 1).cue("told"), mention, at)
                .antecedent(mention).mentionType(MentionType.NAME).build();
    }

    @Test
    void trailingTimePhraseAndAppositionAreCutOff() {
        assertEquals("The Foreign Ministry", MentionText.withoutTime("The Foreign Ministry on Sunday", WORDS));
        assertEquals("Sunday", MentionText.withoutTime("Sunday", WORDS), "a time word alone is kept");
        assertEquals("the Global Times", MentionText.head("the Global Times, a Communist Party tabloid"));
        assertEquals("the Global Times", MentionText.head("the Global Times"));
    }

    @Test
    void mentionEndingAnAnonymousSpeakersEmployerIsWidenedToTheDescription() {
        String text = "An expert with the Academy of Trade and Economic Cooperation told reporters the plan would fail.";
        assertEquals("An expert with the Academy of Trade and Economic Cooperation",
                MentionText.describedBy(quote(text, "Academy of Trade and Economic Cooperation"), text, WORDS));
        String plain = "The Academy of Trade and Economic Cooperation told reporters the plan would fail.";
        assertNull(MentionText.describedBy(quote(plain, "Academy of Trade and Economic Cooperation"), plain, WORDS));
    }

    @Test
    void mentionWordsReadDeterminersOrdinalsAndNames() {
        Phrase second = new Phrase("a second official", LEX);
        List<Tok> content = MENTIONS.content(second);
        assertEquals(1, content.size());
        assertEquals("official", content.get(0).fold());
        assertFalse(MENTIONS.definite(second));
        assertTrue(MENTIONS.definite(new Phrase("the spokesman", LEX)));
        assertFalse(MENTIONS.hasName(new Phrase("The Spokesman", LEX)));
        assertTrue(MENTIONS.hasName(new Phrase("the spokesman Evan Marsh", LEX)));
        assertTrue(MENTIONS.properName(Words.tokenize("Semiconductor Industry Association")));
        assertFalse(MENTIONS.properName(Words.tokenize("Foreign Ministry")));
    }
}
