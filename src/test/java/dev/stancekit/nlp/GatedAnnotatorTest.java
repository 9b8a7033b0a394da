package dev.stancekit.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.resources.Resources;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The gated CoreNLP stage on an invented article: which sentences are tagged, and how. */
class GatedAnnotatorTest {

    private static final String TEXT = "The ferry line opened a new route on Monday.\n\n"
            + "Captain Olek Varga steered the first crossing. The sea was calm and the boat was full.\n\n"
            + "Tickets cost twelve dollars. Children ride free.\n\n"
            + "\u201cWe waited years for this,\u201d Varga said.";

    @Test
    void tagsTheGatesSentencesExactlyAsTheFullPipelineAndLeavesTheOthersUntagged() {
        GateSettings s = new GateSettings(true, 0, 0, false, 0, 0, 1, false, java.util.Set.of("say"), java.util.Set.of(),
                java.util.Set.of("he", "she"));
        AnnotatedText gated = new GatedAnnotator(CoreNlpAnnotator.shared(), SentenceGate.create(s)).annotate(TEXT);
        AnnotatedText full = CoreNlpAnnotator.shared().annotate(TEXT);
        assertEquals(full.sentences().size(), gated.sentences().size());
        // the quote sentence, then the one holding 'Varga' (a PERSON word of the quote sentence)
        BitSet expected = new BitSet();
        expected.set(1);
        expected.set(5);
        for (int i = 0; i < full.sentences().size(); i++) {
            List<Token> f = full.sentences().get(i).tokens();
            List<Token> g = gated.sentences().get(i).tokens();
            assertEquals(f.size(), g.size());
            for (int k = 0; k < f.size(); k++) {
                Token a = f.get(k);
                Token b = g.get(k);
                assertEquals(List.of(a.word(), a.begin(), a.end()), List.of(b.word(), b.begin(), b.end()));
                if (expected.get(i)) {
                    assertEquals(a, b, "sentence " + i + " is tagged as by the full pipeline");
                } else {
                    assertEquals(List.of("", "O", a.word().toLowerCase()), List.of(b.pos(), b.ner(), b.lemma()),
                            "sentence " + i + " is only tokenized");
                }
            }
        }
        assertTrue(gated.sentences().get(1).tokens().stream().anyMatch(Token::isPerson), "Olek Varga");
    }

    @Test
    void randomTextGetsTheSameTokensAndOffsetsAsTheFullPipeline() {
        java.util.Random rnd = new java.util.Random(7);
        String alphabet = "abc XYZ Said said.,;:!?\"'`\u201c\u201d\u2018\u2019\n\t-he she";
        TextAnnotator gated = GatedAnnotator.create(Resources.bundled());
        for (int i = 0; i < 30; i++) {
            StringBuilder sb = new StringBuilder();
            int n = rnd.nextInt(400);
            for (int j = 0; j < n; j++) {
                sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            List<Sentence> f = CoreNlpAnnotator.shared().annotate(text).sentences();
            List<Sentence> g = gated.annotate(text).sentences();
            assertEquals(f.size(), g.size(), text);
            for (int k = 0; k < f.size(); k++) {
                assertEquals(List.of(f.get(k).begin(), f.get(k).end(), f.get(k).paragraph(), f.get(k).tokens().size()),
                        List.of(g.get(k).begin(), g.get(k).end(), g.get(k).paragraph(), g.get(k).tokens().size()), text);
            }
        }
    }

    @Test
    void theBundledSettingsTagEverySentenceThatHoldsAQuoteOrACue() {
        AnnotatedText gated = GatedAnnotator.create(Resources.bundled()).annotate(TEXT);
        Sentence quote = gated.sentences().get(gated.sentences().size() - 1);
        Token said = quote.tokens().stream().filter(t -> t.word().equals("said")).findFirst().orElseThrow();
        assertTrue(said.isVerb());
        assertEquals("say", said.lemma());
        assertEquals("", gated.sentences().get(3).tokens().get(0).pos(), "'Tickets cost twelve dollars.' is far from any cue");
    }
}
