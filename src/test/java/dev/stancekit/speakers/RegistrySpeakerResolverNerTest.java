package dev.stancekit.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stancekit.model.Speaker;
import dev.stancekit.model.SpeakerType;
import dev.stancekit.resources.Resources;
import dev.stancekit.model.Article;
import dev.stancekit.nlp.AnnotatedText;
import dev.stancekit.nlp.CoreNlpAnnotator;
import dev.stancekit.model.QuoteKind;
import dev.stancekit.model.QuoteSpan;
import dev.stancekit.model.QuoteSpan.MentionType;
import dev.stancekit.model.Spans;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The resolver with a real CoreNLP annotation: NER decides between a name and an organisation. */
class RegistrySpeakerResolverNerTest {

    static RegistrySpeakerResolver resolver;

    @BeforeAll
    static void load() {
        resolver = RegistrySpeakerResolver.create(Resources.bundled());
    }

    static Speaker resolve(String text, String mention, boolean annotate) {
        QuoteSpan q = Spans.mention(QuoteSpan.builder(QuoteKind.DIRECT, "x").span(0, 1)
                .cue("said"), mention, text.indexOf(mention)).antecedent(mention).mentionType(MentionType.NAME)
                .build();
        AnnotatedText doc = annotate ? CoreNlpAnnotator.shared().annotate(text) : null;
        return resolver.resolve(q, Article.of("t", text), doc);
    }

    @Test
    void aClauseAfterTheCommaIsNoApposition() {
        String text = "Talks ended. According to Ann Roe, the quotas could cost Chinese trawlers their catch.";
        Speaker s = resolve(text, "Ann Roe", true);
        assertEquals("unknown", s.side(), s.toString());
        text = "Talks ended. According to Ann Roe, a Chinese trade official, the quotas were fair.";
        assertEquals("China", resolve(text, "Ann Roe", true).side());
    }

    @Test
    void nerTellsAnAgencyFromAPerson() {
        // an agency not in news-outlets.csv (a listed one is an outlet whatever NER says)
        String text = "Talks in Geneva went on for hours. Tanjug reported that the talks would resume in May.";
        assertEquals(SpeakerType.PERSON, resolve(text, "Tanjug", false).type(), "without NER a capitalised word looks like a name");
        Speaker s = resolve(text, "Tanjug", true);
        assertEquals(SpeakerType.ORGANIZATION, s.type(), s.toString());
        assertEquals("Tanjug", s.canonical());
    }

    @Test
    void nerFindsThePersonAfterAModifier() {
        String text = "Sydney lawyer Grace Tan told reporters the ruling was fair.";
        Speaker s = resolve(text, "Sydney lawyer Grace Tan", true);
        assertEquals("Grace Tan", s.canonical());
        assertEquals(SpeakerType.PERSON, s.type());
    }
}
