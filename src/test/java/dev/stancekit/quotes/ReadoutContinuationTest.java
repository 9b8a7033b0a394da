package dev.stancekit.quotes;

import static dev.stancekit.quotes.Fixture.dump;
import static dev.stancekit.quotes.Fixture.extract;
import static dev.stancekit.quotes.Fixture.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.QuoteKind;
import dev.stancekit.model.QuoteSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reports continued past their sentence, readout style (rule readout_continuation); every sentence invented. */
class ReadoutContinuationTest {

    private static final String READOUT = "Harbor ministers hold talks\n\n"
            + "The two ministers spoke by phone on Saturday.\n\n"
            + "Minister Ortiz said that the harbor talks are at a critical stage. The two sides should keep the "
            + "channels open and manage their differences calmly. The other side must stop the new port fees. "
            + "The ministers spoke for an hour.\n\n"
            + "Minister Lee said that the fees were legal. The talks ended at noon, and the ministers will meet "
            + "again in May.\n";

    @Test
    void sentencesWithAModalAfterTheReportGoOnReportingTheSpeaker() {
        List<QuoteSpan> qs = extract(READOUT);
        QuoteSpan second = quote(qs, "keep the channels open");
        assertEquals("Minister Ortiz", second.mention(), dump(qs));
        assertEquals(QuoteKind.INDIRECT, second.kind());
        assertEquals("The two sides should keep the channels open and manage their differences calmly", second.text());
        assertEquals("Minister Ortiz", quote(qs, "stop the new port fees").mention(), dump(qs));
    }

    @Test
    void narrationWithoutAModalEndsTheReport() {
        List<QuoteSpan> qs = extract(READOUT);
        assertTrue(qs.stream().noneMatch(q -> q.text().contains("spoke for an hour")), dump(qs));
        assertTrue(qs.stream().noneMatch(q -> q.text().contains("meet again in May")), dump(qs));
    }

    @Test
    void aParagraphThatDoesNotOpenWithTheReportIsNotContinued() {
        List<QuoteSpan> qs = extract("Harbor\n\nOn Monday, Minister Ortiz said that the fees were illegal. "
                + "The council will vote on them in May.\n");
        assertTrue(qs.stream().noneMatch(q -> q.text().contains("vote on them")), dump(qs));
    }

    @Test
    void aCommaAfterTheVerbMakesTheWholeParagraphTheSpeakers() {
        List<QuoteSpan> qs = extract("Harbor ministers hold talks\n\nMinister Ortiz pointed out, the current frictions are "
                + "created by the other side. Its aim is to slow the harbor's growth. Some forces there are pressing "
                + "other ports to pick sides. The ministers spoke for an hour.\n");
        assertEquals("Minister Ortiz", quote(qs, "Its aim is to slow").mention(), dump(qs));
        assertEquals("Minister Ortiz", quote(qs, "pressing other ports").mention(), dump(qs));
        assertTrue(qs.stream().noneMatch(q -> q.text().contains("spoke for an hour")), dump(qs));
    }

    /** Guards the comma form: quoted words after the comma are the report; the next sentence is the writer's. */
    @Test
    void aQuoteAfterTheCommaIsNoReadoutParagraph() {
        List<QuoteSpan> qs = extract("Harbor ministers hold talks\n\nMinister Ortiz said, and I quote, \"We love the "
                + "new fees.\" He is treating the voters as fools.\n");
        assertTrue(qs.stream().noneMatch(q -> q.text().contains("treating the voters")), dump(qs));
    }
}
