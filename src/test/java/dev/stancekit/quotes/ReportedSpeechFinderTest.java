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
        Found f = find("Treasury Secretary Ann Ruiz said in July that her staff had no such plans.");
        assertEquals(1, f.atts().size());
        assertEquals("her staff had no such plans", f.content(0));
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
    void contentEndsAtContrastingClause() {
        Found f = find("The aide said the offer stands, but stressed that no date was set.");
        assertEquals(1, f.atts().size(), "the second cue has no subject of its own");
        assertEquals("the offer stands", f.content(0));
    }

    @Test
    void nestedCueBelongsToTheOuterSpeaker() {
        Found f = find("A US spokesperson said Austin emphasized the need for open lines.");
        assertEquals(1, f.atts().size());
        assertEquals("A US spokesperson", f.speaker(0));
        assertEquals("Austin emphasized the need for open lines", f.content(0));
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
    void accordingToSpeakerButNotDocument() {
        Found f = find("According to US officials, the talks lasted two hours.");
        assertEquals(1, f.atts().size());
        assertEquals("US officials", f.speaker(0));
        assertEquals("the talks lasted two hours", f.content(0));
        assertTrue(find("The talks lasted two hours, according to a readout of the call.").atts().isEmpty());
    }

    @Test
    void accordingToDefersToTheClauseCue() {
        Found f = find("According to the ministry's statement, Minister Li also called for calm at sea.");
        assertEquals(1, f.atts().size());
        assertEquals("called for", f.atts().get(0).cue());
        assertEquals("Minister Li", f.speaker(0));
    }

    @Test
    void colonAtParagraphEndLeavesEmptyContent() {
        Found f = find("The minister said:\n\n“We will not yield.”");
        Attribution a = f.atts().get(0);
        assertEquals(a.contentStart(), a.contentEnd());
        assertFalse(a.trailing());
    }
}
