package dev.stancekit.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.QuoteKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteAttacherTest {

    private final QuoteAttacher attacher = new QuoteAttacher(Fixture.LEX, MarkRules.load(dev.stancekit.resources.Resources.bundled(), new ReportedSpeechFinder(Fixture.LEX, new MentionFinder(Fixture.LEX)), new MentionFinder(Fixture.LEX)));
    private final ReportedSpeechFinder finder = new ReportedSpeechFinder(Fixture.LEX, new MentionFinder(Fixture.LEX));

    private List<QuoteAttacher.Candidate> attach(String text) {
        Doc d = Fixture.doc(text);
        List<Attribution> atts = new ArrayList<>();
        for (int s = 0; s < d.sentStart.length; s++) {
            atts.addAll(finder.find(d, s));
        }
        return attacher.attach(d, atts, new java.util.HashMap<>());
    }

    @Test
    void headlinesAndLinkBlocksAreSkipped() {
        Doc d = Fixture.doc("Chip curbs tighten as talks stall\n\nSee Also: Some Story\n\n"
                + "The ministry said the curbs were unfair.\n\nA Very Long Headline That Uses Capitals On Every Word");
        assertTrue(attacher.skipLine(d, 0));
        assertTrue(attacher.skipLine(d, d.text.indexOf("See Also")));
        assertFalse(attacher.skipLine(d, d.text.indexOf("The ministry")));
        assertTrue(attacher.skipLine(d, d.text.indexOf("A Very")));
    }

    @Test
    void kindsAndContinuations() {
        List<QuoteAttacher.Candidate> cs = attach("“Ready,” the aide said. “Always.”\n\n"
                + "The aide said the offer was “final” for now.\n\n“More soon.”");
        assertEquals(4, cs.stream().filter(c -> c.kind() != QuoteKind.INDIRECT).count(), cs::toString);
        QuoteAttacher.Candidate always = cs.stream().filter(c -> c.att() == null && c.reach() == 0).findFirst()
                .orElseThrow();
        assertEquals(0, always.paragraph());
        QuoteAttacher.Candidate partial = cs.stream().filter(c -> c.kind() == QuoteKind.PARTIAL).findFirst()
                .orElseThrow();
        assertEquals("said", partial.att().cue());
        assertTrue(cs.stream().anyMatch(c -> c.att() == null && c.reach() == QuoteAttacher.ANY_DISTANCE && c.paragraph() == 2));
        assertTrue(cs.stream().noneMatch(c -> c.kind() == QuoteKind.INDIRECT), "content holding a quote is not indirect");
    }

    @Test
    void scareQuotesAndTitlesAreDropped() {
        assertTrue(attach("They used so-called “gray zone” tactics.").isEmpty());
        assertTrue(attach("Her book “The Long Thaw” sold well in the spring.").isEmpty());
        assertTrue(attach("“Made in China” is a plan that covers many industries and many years.").isEmpty());
    }

    @Test
    void colonAttributionIsKeptForTheNextParagraph() {
        List<QuoteAttacher.Candidate> cs = attach("The minister said:\n\n“We will not yield.”");
        assertEquals(2, cs.size(), cs::toString);
        QuoteAttacher.Candidate pending = cs.stream().filter(c -> c.att() != null).findFirst().orElseThrow();
        QuoteAttacher.Candidate quote = cs.stream().filter(c -> c.att() == null).findFirst().orElseThrow();
        assertNull(pending.kind());
        assertEquals(0, pending.paragraph());
        assertEquals(QuoteKind.DIRECT, quote.kind());
        assertEquals(QuoteAttacher.ANY_DISTANCE, quote.reach());
    }
}
