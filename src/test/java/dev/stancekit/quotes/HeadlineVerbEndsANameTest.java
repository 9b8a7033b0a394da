package dev.stancekit.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.nlp.AnnotatedText;
import dev.stancekit.nlp.Sentence;
import dev.stancekit.nlp.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression: a title-case headline's verb of saying that the tagger read as part of a name
 * ("Raimondo Says" tagged PERSON twice on real news) became the person's fullest name, so the
 * speaker was "Ortega Says" instead of the "Lina Ortega" the body names.
 */
class HeadlineVerbEndsANameTest {

    private static Token tok(String text, String w, int from, String pos, String ner) {
        int b = text.indexOf(w, from);
        return new Token(w, w.toLowerCase(), pos, ner, b, b + w.length());
    }

    @Test
    void aHeadlinesVerbOfSayingEndsTheName() {
        String t = "Ortega Says\n\nLina Ortega spoke .";
        List<Token> head = List.of(tok(t, "Ortega", 0, "NNP", "PERSON"), tok(t, "Says", 0, "NNP", "PERSON"));
        List<Token> body = List.of(tok(t, "Lina", 13, "NNP", "PERSON"), tok(t, "Ortega", 13, "NNP", "PERSON"),
                tok(t, "spoke", 13, "VBD", "O"), tok(t, ".", 13, ".", "O"));
        AnnotatedText at = new AnnotatedText(t, List.of(new Sentence(0, 0, 0, 11, head), new Sentence(1, 1, 13, t.length(), body)));
        ArticlePersons people = new ArticlePersons(new Doc(t, at, QuoteMarks.find(t)), Fixture.LEX);
        List<String> names = people.list().stream().map(ArticlePersons.Person::name).toList();
        assertFalse(names.contains("Ortega Says"), names.toString());
        assertTrue(names.contains("Ortega"), names.toString());
        assertEquals("Lina Ortega", people.fullerName(java.util.Set.of("ortega"), 0).name());
    }

    @Test
    void thirdPersonFormsOfVerbsOfSayingAreKnown() {
        assertTrue(Fixture.LEX.isThirdPersonCue("Says"));
        assertTrue(Fixture.LEX.isThirdPersonCue("Blasts"));
        assertTrue(Fixture.LEX.isThirdPersonCue("urges"));
        assertFalse(Fixture.LEX.isThirdPersonCue("Wells"));
        assertFalse(Fixture.LEX.isThirdPersonCue("Price"));
    }
}
