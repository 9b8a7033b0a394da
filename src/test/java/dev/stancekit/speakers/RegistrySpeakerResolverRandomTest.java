package dev.stancekit.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.Speaker;
import dev.stancekit.model.SpeakerType;
import dev.stancekit.resources.Resources;
import dev.stancekit.model.Article;
import dev.stancekit.nlp.AnnotatedText;
import dev.stancekit.nlp.Sentence;
import dev.stancekit.model.QuoteKind;
import dev.stancekit.model.QuoteSpan;
import dev.stancekit.model.QuoteSpan.MentionType;
import dev.stancekit.model.Spans;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Hammers the resolver with random mentions and articles: it must not throw, and invariants hold. */
class RegistrySpeakerResolverRandomTest {

    private static final String[] VOCAB = {"Mr.", "Lt.", "Gen.", "Senior", "Col.", "Chinese", "US", "U.S.",
        "us", "China's", "the", "a", "A", "spokesman", "for", "side", "Dong", "Jun", "Quan", "Wei", "He",
        "he", "Lei", "Austin", "Pentagon", "Beijing", "Manila", "National", "Security", "Council", "of",
        "Ministry", ",", ".", ";", "(", ")", "—", "-", "'s", "’", "\n", "who", "to", "his", "counterpart",
        "Đổng", "Quân", "Tập", "Cận", "Bình", "person", "officials", "Taiwan", "Shanghai", "Xi", "and"};
    private static final Set<String> SIDES = Set.of("US", "China", "other", "unknown");

    @Test
    void randomInputNeverBreaksTheInvariants() {
        RegistrySpeakerResolver r = RegistrySpeakerResolver.create(Resources.bundled());
        Random rnd = new Random(20240416L);
        for (int n = 0; n < 3000; n++) {
            String text = phrase(rnd, rnd.nextInt(80));
            String mention = phrase(rnd, rnd.nextInt(6));
            String antecedent = rnd.nextInt(4) == 0 ? "" : phrase(rnd, rnd.nextInt(8));
            int at = rnd.nextInt(5) == 0 ? -1 : rnd.nextInt(text.length() + 20);
            MentionType type = MentionType.values()[rnd.nextInt(MentionType.values().length)];
            QuoteSpan q = Spans.mention(QuoteSpan.builder(QuoteKind.DIRECT, "q").span(0, 0).cue("said"), mention, at)
                    .antecedent(antecedent).mentionType(type).build();
            AnnotatedText doc = rnd.nextBoolean() ? null : randomDoc(rnd, text);
            Article a = Article.of("a" + n, text);
            Speaker s = r.resolve(q, a, doc);
            String where = "mention=[" + mention + "] antecedent=[" + antecedent + "] text=[" + text + "]";
            assertNotNull(s, where);
            assertTrue(SIDES.contains(s.side()), s.side() + " " + where);
            assertEquals(s.side().equals(Speaker.UNKNOWN_SIDE), s.evidence().isEmpty(), s + " " + where);
            assertFalse(s.canonical().isBlank() && s.type() != SpeakerType.UNKNOWN, s + " " + where);
            assertEquals(s.canonical(), s.canonical().strip(), where);
            assertEquals(s, r.resolve(q, a, doc), "deterministic: " + where);
        }
    }

    private static String phrase(Random rnd, int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (rnd.nextInt(6) == 0) {
                for (int k = rnd.nextInt(6); k > 0; k--) {
                    b.appendCodePoint(rnd.nextInt(3) == 0 ? rnd.nextInt(0x2FFFF) : 32 + rnd.nextInt(95));
                }
            } else {
                b.append(VOCAB[rnd.nextInt(VOCAB.length)]);
            }
            b.append(rnd.nextInt(5) == 0 ? "" : " ");
        }
        return b.toString().replace('\uFFFF', ' ');
    }

    /** Sentences of random sizes, sometimes running past the text (a bad annotation). */
    private static AnnotatedText randomDoc(Random rnd, String text) {
        int at = 0, i = 0;
        List<Sentence> out = new java.util.ArrayList<>();
        while (at < text.length() + (rnd.nextBoolean() ? 5 : 0)) {
            int end = at + 1 + rnd.nextInt(30);
            out.add(new Sentence(i++, 0, at, end, List.of()));
            at = end;
        }
        return new AnnotatedText(text, out);
    }
}
