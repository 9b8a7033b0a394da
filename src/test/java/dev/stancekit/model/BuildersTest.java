package dev.stancekit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BuildersTest {

    private static final Speaker LI = Speaker.builder().canonical("Li Wenbo").type(SpeakerType.PERSON).side("China")
            .role("Minister").inRegistry(true).evidence("registry").build();

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

    @Test
    void aBuiltSpeakerHoldsEveryValueAndToBuilderChangesOnlyWhatIsSet() {
        assertEquals(List.of("Li Wenbo", SpeakerType.PERSON, "China", "Minister", true, "registry"),
                List.of(LI.canonical(), LI.type(), LI.side(), LI.role(), LI.inRegistry(), LI.evidence()));
        assertEquals(LI, LI.toBuilder().build());
        assertEquals(LI.hashCode(), LI.toBuilder().build().hashCode());
        assertEquals(LI.toString(), LI.toBuilder().build().toString());
        Speaker moved = LI.toBuilder().side("other").evidence("briefing header").build();
        assertEquals(List.of("Li Wenbo", SpeakerType.PERSON, "other", "Minister", true, "briefing header"),
                List.of(moved.canonical(), moved.type(), moved.side(), moved.role(), moved.inRegistry(),
                        moved.evidence()));
        assertNotEquals(LI, moved);
        assertNotEquals(LI, LI.toBuilder().inRegistry(false).build());
        assertNotEquals(LI, LI.toBuilder().type(SpeakerType.ANONYMOUS).build());
        assertNotEquals(LI, LI.toBuilder().role("").build());
        assertTrue(LI.toString().contains("canonical=Li Wenbo") && LI.toString().contains("inRegistry=true"),
                LI::toString);
    }

    @Test
    void aSpeakerBuilderFillsTheOptionalValuesAndRequiresTheType() {
        Speaker bare = Speaker.builder().type(SpeakerType.ORGANIZATION).build();
        assertEquals(List.of("", Speaker.UNKNOWN_SIDE, "", false, ""),
                List.of(bare.canonical(), bare.side(), bare.role(), bare.inRegistry(), bare.evidence()));
        assertEquals(Speaker.NONE, Speaker.builder().type(SpeakerType.UNKNOWN).build());
        Speaker nulls = Speaker.builder().canonical(null).type(SpeakerType.PERSON).side(" ").role(null)
                .evidence(null).build();
        assertEquals(List.of("", Speaker.UNKNOWN_SIDE, "", ""),
                List.of(nulls.canonical(), nulls.side(), nulls.role(), nulls.evidence()));
        assertEquals(Speaker.UNKNOWN_SIDE, Speaker.builder().type(SpeakerType.PERSON).side(null).build().side());
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> Speaker.builder().canonical("Li Wenbo").side("China").build());
        assertTrue(String.valueOf(e.getMessage()).contains("type"), e::getMessage);
        assertThrows(NullPointerException.class, () -> LI.toBuilder().type(null).build());
    }

    @Test
    void aBuiltArticleHoldsEveryValueAndFillsTheDerivedOnes() {
        Article a = Article.builder().id("a.txt").path("in/a.txt").title("Talks").date(LocalDate.of(2024, 7, 17))
                .source("Wire").url("https://example.org/a").text("Two  words").hash("abc").words(7).build();
        assertEquals(List.of("a.txt", "in/a.txt", "Talks", LocalDate.of(2024, 7, 17), "Wire", "https://example.org/a",
                "Two  words", "abc", 7), List.of(a.id(), a.path(), a.title(), a.date(), a.source(), a.url(), a.text(),
                a.hash(), a.words()));
        assertEquals(a, a.toBuilder().build());
        assertEquals(a.hashCode(), a.toBuilder().build().hashCode());
        assertNotEquals(a, a.toBuilder().date(null).build());
        Article bare = Article.of("b.txt", " One two\nthree ");
        assertEquals(List.of("b.txt", "", "", "", Hashing.sha256(" One two\nthree "), 3),
                List.of(bare.path(), bare.title(), bare.source(), bare.url(), bare.hash(), bare.words()));
        assertEquals(null, bare.date());
        Article dry = bare.withoutText();
        assertEquals(List.of("", bare.hash(), 3), List.of(dry.text(), dry.hash(), dry.words()));
        assertEquals(3, Article.builder().id("c").text("a b c").words(-1).build().words());
        assertThrows(NullPointerException.class, () -> Article.builder().text("x").build());
        assertThrows(NullPointerException.class, () -> Article.builder().id("x").build());
    }

    @Test
    void theValuesWithBuildersHaveNoPublicConstructor() {
        for (Class<?> c : List.of(Quote.class, QuoteSpan.class, Speaker.class, Article.class, Quote.Builder.class,
                QuoteSpan.Builder.class, Speaker.Builder.class, Article.Builder.class)) {
            assertEquals(List.of(), Arrays.asList(c.getConstructors()), "public constructors of " + c.getName());
            assertFalse(c.isRecord(), c::getName);
        }
    }

    /** Every class of the model package, nested ones included, as compiled. */
    private static List<Class<?>> modelClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path dir = Path.of(Quote.class.getResource("Quote.class").toURI()).getParent();
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".class") && !name.equals("package-info.class")) {
                    out.add(Class.forName(Quote.class.getPackageName() + "." + name.replace(".class", "")));
                }
            }
        }
        return out;
    }

    @Test
    void noModelValueWithMoreThanFiveFieldsHasAPublicPositionalConstructor() throws Exception {
        List<Class<?>> classes = modelClasses();
        assertTrue(classes.containsAll(List.of(Speaker.class, Article.class, Sides.Side.class)), classes::toString);
        List<String> wide = new ArrayList<>();
        for (Class<?> c : classes) {
            long fields = Arrays.stream(c.getDeclaredFields()).filter(f -> !Modifier.isStatic(f.getModifiers()))
                    .count();
            if (c.isEnum() || c.isAnonymousClass() || fields <= 5) {
                continue;
            }
            wide.add(c.getSimpleName());
            assertEquals(List.of(), Arrays.asList(c.getConstructors()),
                    c.getName() + " has " + fields + " fields: make it with a builder");
        }
        assertTrue(wide.containsAll(List.of("Quote", "QuoteSpan", "Speaker", "Article")), wide::toString);
    }
}
