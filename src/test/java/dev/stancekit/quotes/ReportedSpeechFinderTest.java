package dev.stancekit.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportedSpeechFinderTest {

    private final ReportedSpeechFinder finder = new ReportedSpeechFinder(Fixture.LEX, new MentionFinder(Fixture.LEX));

    private record Found(Doc doc, List<Attribution> atts) {
        String content(int k) {
            Attribution a = atts.get(k);
            return doc.text.substring(a.contentStart(), a.contentEnd());
        }

        String speaker(int k) {
            return doc.span(atts.get(k).subjStart(), atts.get(k).subjEnd());
        }
    }

    private Found find(String text) {
        Doc d = Fixture.doc(text);
        List<Attribution> all = new ArrayList<>();
        for (int s = 0; s < d.sentStart.length; s++) {
            all.addAll(finder.find(d, s));
        }
        return new Found(d, all);
    }

    @Test
    void contentAfterThatAndTimePhrases() {
        Found f = find("Trade Secretary Ann Ruiz said in June that her office had no such plans.");
        assertEquals(1, f.atts().size());
        assertEquals("her office had no such plans", f.content(0));
        assertEquals("said", f.atts().get(0).cue());
    }

    @Test
    void toldReportersSkipsTheAudience() {
        Found f = find("The general told reporters the drills would end soon.");
        assertEquals("the drills would end soon", f.content(0));
    }

    @Test
    void trailingAttribution() {
        Found f = find("The visit could slip to the spring, the person said.");
        Attribution a = f.atts().get(0);
        assertTrue(a.trailing());
        assertEquals("The visit could slip to the spring", f.content(0));
        assertEquals("the person", f.speaker(0));
    }

    @Test
    void datelineIsNotContent() {
        Found f = find("WASHINGTON — The two chiefs spoke by phone on Thursday, the Pentagon said.");
        assertEquals("The two chiefs spoke by phone on Thursday", f.content(0));
    }

    @Test
    void datelineWithRegionDateAndAgencyIsNotContent() {
        assertEquals("The two chiefs spoke by phone on Thursday", find("PORTVILLE, Maine, Nov. 16 (Harbor News) -- "
                + "The two chiefs spoke by phone on Thursday, the Pentagon said.").content(0));
    }

    @Test
    void contentEndsAtContrastingClause() {
        Found f = find("The aide said the offer stands, but stressed that no date was set.");
        assertEquals(1, f.atts().size(), "the second cue has no subject of its own");
        assertEquals("the offer stands", f.content(0));
    }

    @Test
    void nestedCueBelongsToTheOuterSpeaker() {
        Found f = find("A UK spokeswoman said Hart stressed the value of trade links.");
        assertEquals(1, f.atts().size());
        assertEquals("A UK spokeswoman", f.speaker(0));
        assertEquals("Hart stressed the value of trade links", f.content(0));
    }

    @Test
    void negatedPassiveAndThatOnlyCuesAreSkipped() {
        assertTrue(find("The embassy did not respond to a request for comment.").atts().isEmpty());
        assertTrue(find("She declined to say whether talks would resume.").atts().isEmpty());
        assertTrue(find("The navy was urged to show restraint.").atts().isEmpty());
        assertTrue(find("The ministry added new sanctions on three firms.").atts().isEmpty());
        assertFalse(find("The ministry added that new sanctions were coming.").atts().isEmpty());
    }

    @Test
    void accordingToSpeakerOrDocument() {
        Found f = find("According to US officials, the talks lasted two hours.");
        assertEquals(1, f.atts().size());
        assertEquals("US officials", f.speaker(0));
        assertEquals("the talks lasted two hours", f.content(0));
        Found doc = find("The talks lasted two hours, according to a readout of the call.");
        assertEquals(1, doc.atts().size(), "a document is a source too; the speakers stage names its issuer");
        assertEquals("a readout of the call", doc.speaker(0));
        assertEquals("The talks lasted two hours", doc.content(0));
    }

    @Test
    void accordingToDefersToTheClauseCue() {
        Found f = find("According to the ministry's statement, Minister Li called for calm at sea.");
        assertEquals(1, f.atts().size());
        assertEquals("called for", f.atts().get(0).cue());
        assertEquals("Minister Li", f.speaker(0));
    }

    @Test
    void trailingAttributionCoversEarlierCues() {
        Found f = find("The Chinese side urges the US side to stop arming the island, Wang said.");
        assertEquals(1, f.atts().size());
        assertEquals("Wang", f.speaker(0));
        assertEquals("The Chinese side urges the US side to stop arming the island", f.content(0));
    }

    @Test
    void appositionMayStartWithAnAdverb() {
        Found f = find("Foreign Minister Li Wen, also a member of the cabinet, said ties should improve.");
        assertEquals("Foreign Minister Li Wen", f.speaker(0));
    }

    @Test
    void colonAtParagraphEndLeavesEmptyContent() {
        Found f = find("The minister said:\n\n“We will not yield.”");
        Attribution a = f.atts().get(0);
        assertEquals(a.contentStart(), a.contentEnd());
        assertFalse(a.trailing());
    }

    @Test
    void thatAfterAStatementPostedOnline() {
        Found f = find("The agency said in a long statement posted on its website on Monday that the inspections would resume.");
        assertEquals(1, f.atts().size());
        assertEquals("the inspections would resume", f.content(0));
    }

    @Test
    void trailingAttributionWithParticipleAndSubordinateClause() {
        Found f = find("\"We will keep the port open,\" the harbor chief said in a note released on Sunday.");
        assertEquals(1, f.atts().size());
        assertTrue(f.atts().get(0).trailing());
        Found g = find("\"Prices will rise,\" an aide said on condition of anonymity, because the plan was secret.");
        assertEquals(1, g.atts().size());
        assertTrue(g.atts().get(0).trailing());
        assertEquals("an aide", g.speaker(0));
    }

    @Test
    void coordinatedReportsAfterAPartialQuoteKeepTheSpeaker() {
        Found f = find("Mayor Ines Roca said the vote was \"a clear signal\" and warned that the council would act soon.");
        assertEquals(2, f.atts().size());
        assertEquals("Mayor Ines Roca", f.speaker(1));
        assertEquals("the council would act soon", f.content(1));
        Found g = find("Ines Roca said the vote was \"a clear signal,\" and that the council would act soon.");
        assertEquals(2, g.atts().size());
        assertEquals("the council would act soon", g.content(1));
        assertEquals("Ines Roca", g.speaker(1));
    }

    @Test
    void coordinatedReportsWithoutQuotesStayOne() {
        Found f = find("The minister said the vote was fair and that the council would act soon.");
        assertEquals(1, f.atts().size());
        assertEquals("the vote was fair and that the council would act soon", f.content(0));
        Found g = find("The minister said the vote was fair, but stressed that the count was slow.");
        assertEquals(1, g.atts().size(), g.atts().toString());
    }
}
