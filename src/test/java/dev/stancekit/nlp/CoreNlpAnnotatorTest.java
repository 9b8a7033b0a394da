package dev.stancekit.nlp;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Random;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoreNlpAnnotatorTest {

    private static final TextAnnotator NLP = CoreNlpAnnotator.shared();

    @Test
    void splitsLinesIntoSentencesWithOffsetsAndTags() {
        String text = "Navy Secretary Jane Holloway spoke in Manila on Tuesday.\n\n"
                + "\u201cWe will keep sailing,\u201d she said. Officials in Beijing disagreed.";
        AnnotatedText doc = NLP.annotate(text);
        assertEquals(3, doc.sentences().size());
        Sentence first = doc.sentences().get(0);
        assertEquals(0, first.paragraph());
        assertEquals(1, doc.sentences().get(1).paragraph());
        assertEquals(1, doc.sentences().get(2).paragraph());
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                assertEquals(t.word(), text.substring(t.begin(), t.end()), "token offsets");
            }
        }
        Token holloway = first.tokens().stream().filter(t -> t.word().equals("Holloway")).findFirst().orElseThrow();
        assertEquals("PERSON", holloway.ner());
        assertTrue(holloway.isProperNoun());
        Token said = doc.sentences().get(1).tokens().stream().filter(t -> t.word().equals("said")).findFirst().orElseThrow();
        assertEquals("say", said.lemma());
        assertTrue(said.isVerb());
        assertSame(doc.sentences().get(2), doc.sentenceAt(text.indexOf("Beijing")));
        assertNull(doc.sentenceAt(text.indexOf("\n")));
    }

    @Test
    void theSurnameHeBeforeANameIsAProperNounNotThePronoun() {
        AnnotatedText doc = NLP.annotate("Talks went well, He Lanqing said. He said they would go on.");
        List<Token> first = doc.sentences().get(0).tokens();
        Token he = first.stream().filter(t -> t.word().equals("He")).findFirst().orElseThrow();
        assertEquals("NNP", he.pos(), first.toString());
        Token pronoun = doc.sentences().get(1).tokens().get(0);
        assertEquals("PRP", pronoun.pos(), "the pronoun before a verb stays one");
    }

    @Test
    void sentenceEndedInsideDottedStateAbbreviationIsJoined() {
        String text = "Sen. Dana Whitcombe (R-S.C.) said the tariffs would hurt farmers. "
                + "Rep. Lou Ferris, D-N.C., said they would not.\n\nThe U.S. Navy sailed. It left.";
        for (AnnotatedText doc : new AnnotatedText[] {NLP.annotate(text),
                CoreNlpAnnotator.shared().annotate(text, SentenceGate.create(new GateSettings(true, 0, 0, false, 0, 0, 1, false,
                        java.util.Set.of("say"), java.util.Set.of(), java.util.Set.of("he"))))}) {
            assertEquals(4, doc.sentences().size(), doc.sentences().toString());
            Token said = doc.sentences().get(0).tokens().stream().filter(t -> t.word().equals("said"))
                    .findFirst().orElseThrow();
            assertTrue(said.isVerb(), "tagged with its sentence: " + said);
            assertTrue(doc.sentences().get(1).tokens().stream().anyMatch(t -> t.word().equals("Ferris")));
        }
    }

    @Test
    void keepsOriginalQuoteMarksAsTokens() {
        String text = "`Peace is precious,` the minister said.";
        AnnotatedText doc = NLP.annotate(text);
        assertEquals("`", doc.sentences().get(0).tokens().get(0).word());
    }

    @Test
    void randomInputNeverBreaksOffsets() {
        Random rnd = new Random(42);
        String alphabet = "abc XYZ.,;:!?\"'`\u201c\u201d\u2018\u2019\u00ab\u00bb\n\t-\u4e2d\u00e9()";
        for (int i = 0; i < 40; i++) {
            StringBuilder sb = new StringBuilder();
            int n = rnd.nextInt(300);
            for (int j = 0; j < n; j++) {
                sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            AnnotatedText doc = NLP.annotate(text);
            int last = 0;
            for (Sentence s : doc.sentences()) {
                assertTrue(s.begin() >= last && s.end() <= text.length() && s.begin() < s.end());
                last = s.end();
                for (Token t : s.tokens()) {
                    assertTrue(t.begin() >= s.begin() && t.end() <= s.end());
                }
            }
        }
    }
}
