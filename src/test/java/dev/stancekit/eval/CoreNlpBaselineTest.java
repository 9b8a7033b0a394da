package dev.stancekit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The mapping of CoreNLP's quote annotations to rows; the pipeline itself is never loaded here. */
class CoreNlpBaselineTest {

    private static CoreMap quote(int begin, String text, String speaker, String mention,
                                 String canonical) {
        CoreMap q = new ArrayCoreMap();
        q.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        q.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, begin + text.length());
        q.set(CoreAnnotations.TextAnnotation.class, text);
        q.set(QuoteAttributionAnnotator.SpeakerAnnotation.class, speaker);
        q.set(QuoteAttributionAnnotator.MentionAnnotation.class, mention);
        q.set(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class, canonical);
        return q;
    }

    @Test
    void quotesBecomeDirectRowsWithCanonicalSpeaker() {
        Annotation doc = new Annotation("ignored");
        CoreMap inner = quote(9, "'open skies'", null, null, null);
        CoreMap outer = quote(0, "“We want ‘open skies’ now,”", "she", "she", "Maria Lopez");
        outer.set(CoreAnnotations.QuotationsAnnotation.class, List.of(inner));
        doc.set(CoreAnnotations.QuotationsAnnotation.class,
                List.of(outer, quote(40, "\"No comment.\"", "the spokesman", "the spokesman", "")));
        List<Map<String, String>> rows = CoreNlpBaseline.rows("story.txt", doc);
        assertEquals(3, rows.size());
        Map<String, String> first = rows.get(0);
        assertEquals("story.txt", first.get("article"));
        assertEquals("direct", first.get("kind"));
        assertEquals("We want ‘open skies’ now,", first.get("text"));
        assertEquals("Maria Lopez", first.get("speaker"));
        assertEquals("she", first.get("speaker_mention"));
        assertEquals("", first.get("side"));
        assertTrue(rows.stream().anyMatch(r -> r.get("text").equals("open skies") && r.get("speaker").isEmpty()));
        Map<String, String> last = rows.stream().filter(r -> r.get("text").equals("No comment.")).findFirst().orElseThrow();
        assertEquals("the spokesman", last.get("speaker"));
    }

    @Test
    void documentWithoutQuotesGivesNoRows() {
        assertEquals(List.of(), CoreNlpBaseline.rows("a", new Annotation("plain text")));
    }

    @Test
    void unquoteStripsAnyMarksAndBlanks() {
        assertEquals("Tis true", CoreNlpBaseline.unquote("‘‘Tis true’ "));
        assertEquals("", CoreNlpBaseline.unquote("“”"));
        assertEquals("", CoreNlpBaseline.unquote(null));
        assertEquals("a “b” c", CoreNlpBaseline.unquote("«a “b” c»"));
    }

    @Test
    void memoryCheckAsksForTenGigabytes() {
        String problem = CoreNlpBaseline.memoryProblem();
        if (Runtime.getRuntime().maxMemory() < CoreNlpBaseline.REQUIRED_HEAP) {
            assertTrue(problem.contains("-Xmx10g"), problem);
        } else {
            assertEquals(null, problem);
        }
        assertTrue(CoreNlpBaseline.properties().getProperty("annotators").endsWith("coref,quote"));
    }
}
