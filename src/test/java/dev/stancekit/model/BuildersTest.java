package dev.stancekit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class BuildersTest {

    private static final Speaker LI = new Speaker("Li Wenbo", SpeakerType.PERSON, "China", "Minister", true, "registry");

    @Test
    void aBuiltQuoteHoldsEveryValueAndToBuilderChangesOnlyWhatIsSet() {
        Tone tone = new Tone(-0.4237, ToneLabel.CONFRONTATIONAL, List.of("must stop"));
        Quote built = Quote.builder().id("a.txt#2").article("a.txt").date(LocalDate.of(2024, 7, 17))
                .kind(QuoteKind.DIRECT).text("Stop it.").cue("said").speakerMention("the minister").speaker(LI)
                .themes(List.of("trade", "")).tone(tone).span(40, 48).inReplyTo("a.txt#1").build();
        assertEquals(List.of("a.txt#2", "a.txt", LocalDate.of(2024, 7, 17), QuoteKind.DIRECT, "Stop it.", "said",
                "the minister", LI, List.of("trade"), 40, 48, "a.txt#1"), List.of(built.id(), built.article(),
                built.date(), built.kind(), built.text(), built.cue(), built.speakerMention(), built.speaker(),
                built.themes(), built.start(), built.end(), built.inReplyTo()));
        assertEquals(-0.424, built.tone().score(), "rounded to 3 decimals");
        Quote renamed = built.toBuilder().id("b.txt#2").article("b.txt").build();
        assertEquals("b.txt#2", renamed.id());
        assertEquals(built.text(), renamed.text());
        assertEquals(built.inReplyTo(), renamed.inReplyTo());
        assertNotEquals(built, renamed);
        assertEquals(built, built.toBuilder().build());
        assertEquals(built.hashCode(), built.toBuilder().build().hashCode());
        assertNotEquals(built, built.toBuilder().span(40, 49).build());
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
        assertEquals(QuoteSpan.MentionType.NONE, none.mentionType());
        assertEquals("Stop it.", none.context());
        QuoteSpan named = QuoteSpan.builder(QuoteKind.DIRECT, "Stop it.").span(3, 11).mention("Mr. Dong", 20)
                .antecedent("Dong Jun").mentionType(QuoteSpan.MentionType.NAME).context("ctx").build();
        assertEquals(OptionalInt.of(20), named.mentionAt());
        assertEquals(List.of(3, 11, "", "Mr. Dong", "Dong Jun", QuoteSpan.MentionType.NAME, "ctx"), List.of(
                named.start(), named.end(), named.cue(), named.mention(), named.antecedent(), named.mentionType(),
                named.context()));
        assertEquals(named, named.toBuilder().build());
        assertEquals(named.hashCode(), named.toBuilder().build().hashCode());
        QuoteSpan unplaced = named.toBuilder().mention("Mr. Dong").build();
        assertEquals(OptionalInt.empty(), unplaced.mentionAt());
        assertNotEquals(named, unplaced);
        assertEquals("Mr. Dong", QuoteSpan.builder(QuoteKind.DIRECT, "x").mention("Mr. Dong", 0).build().antecedent());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QuoteSpan.builder(QuoteKind.DIRECT, "x").mention("he", -1));
        assertTrue(e.getMessage().contains("-1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> QuoteSpan.builder(QuoteKind.DIRECT, "x").span(5, 4).build());
    }

    @Test
    void quotesAndSpansAreMadeOnlyByTheirBuildersAndShowNoOffsetSentinel() {
        assertEquals(0, Quote.class.getConstructors().length, "public constructors of Quote");
        assertEquals(0, QuoteSpan.class.getConstructors().length, "public constructors of QuoteSpan");
        for (Method m : QuoteSpan.class.getMethods()) {
            assertFalse(m.getName().equals("mentionStart"), m::toString);
        }
        for (Field f : QuoteSpan.class.getFields()) {
            assertFalse(f.getType() == int.class, f::toString);
        }
    }
}
