package dev.stancekit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class BuildersTest {

    private static final Speaker LI = new Speaker("Li Wenbo", SpeakerType.PERSON, "China", "Minister", true, "registry");

    @Test
    void aBuiltQuoteEqualsThePositionalOneAndToBuilderChangesOnlyWhatIsSet() {
        Tone tone = new Tone(-0.4237, ToneLabel.CONFRONTATIONAL, List.of("must stop"));
        Quote positional = new Quote("a.txt#2", "a.txt", LocalDate.of(2024, 7, 17), QuoteKind.DIRECT, "Stop it.",
                "said", "the minister", LI, List.of("trade", ""), tone, 40, 48, "a.txt#1");
        Quote built = Quote.builder().id("a.txt#2").article("a.txt").date(LocalDate.of(2024, 7, 17))
                .kind(QuoteKind.DIRECT).text("Stop it.").cue("said").speakerMention("the minister").speaker(LI)
                .themes(List.of("trade", "")).tone(tone).span(40, 48).inReplyTo("a.txt#1").build();
        assertEquals(positional, built);
        assertEquals(-0.424, built.tone().score(), "rounded as by the constructor");
        Quote renamed = built.toBuilder().id("b.txt#2").article("b.txt").build();
        assertEquals("b.txt#2", renamed.id());
        assertEquals(built.text(), renamed.text());
        assertEquals(built.inReplyTo(), renamed.inReplyTo());
        assertEquals(built, built.toBuilder().build());
        assertEquals("a.txt#9", built.withInReplyTo("a.txt#9").inReplyTo());
    }

    @Test
    void aQuoteBuilderFillsTheOptionalValuesAndRequiresTheRest() {
        Quote q = Quote.builder().id("x#1").article("x").kind(QuoteKind.INDIRECT).text("t").build();
        assertEquals(Speaker.NONE, q.speaker());
        assertEquals(Tone.NEUTRAL, q.tone());
        assertEquals("", q.cue() + q.speakerMention() + q.inReplyTo());
        assertEquals(null, q.date());
        assertThrows(NullPointerException.class, () -> Quote.builder().id("x#1").article("x").text("t").build());
    }

    @Test
    void aSpanWithoutAMentionHasNoOffsetAndNoSentinelIsNeeded() {
        QuoteSpan none = QuoteSpan.builder(QuoteKind.DIRECT, "Stop it.").span(3, 11).cue("said").build();
        assertEquals(OptionalInt.empty(), none.mentionAt());
        assertEquals(QuoteSpan.NO_OFFSET, none.mentionStart());
        assertEquals(QuoteSpan.MentionType.NONE, none.mentionType());
        assertEquals("Stop it.", none.context());
        QuoteSpan named = QuoteSpan.builder(QuoteKind.DIRECT, "Stop it.").span(3, 11).mention("Mr. Dong", 20)
                .antecedent("Dong Jun").mentionType(QuoteSpan.MentionType.NAME).context("ctx").build();
        assertEquals(OptionalInt.of(20), named.mentionAt());
        assertEquals(new QuoteSpan(QuoteKind.DIRECT, "Stop it.", 3, 11, "", "Mr. Dong", 20, "Dong Jun",
                QuoteSpan.MentionType.NAME, "ctx"), named);
        assertEquals("Mr. Dong", QuoteSpan.builder(QuoteKind.DIRECT, "x").mention("Mr. Dong", 0).build().antecedent());
        assertThrows(IllegalArgumentException.class, () -> QuoteSpan.builder(QuoteKind.DIRECT, "x").mention("he", -1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new QuoteSpan(QuoteKind.DIRECT,
                "x", 0, 1, "", "he", -2, "", QuoteSpan.MentionType.PRONOUN, ""));
        assertTrue(e.getMessage().contains("-2"), e.getMessage());
    }
}
