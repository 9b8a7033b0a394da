package dev.stancekit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.IngestResult;
import dev.stancekit.resources.Resources;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AssemblerTest {

    private final Assembler asm = new Assembler(Boilerplate.load(Resources.bundled()));

    private IngestResult run(String text, String title, String date, String url) {
        return asm.assemble(new Source("x.txt", "dir/x.txt", text, title, date, "", url, "h", ""));
    }

    @Test
    void titleIsTheFirstNonDateLineAndTheDateComesFromTheTop() {
        IngestResult r = run("\uFEFFTue. Mar 5th, 2024\r\n\r\nWater Board Meets\r\n\r\nThe water board met on Monday to "
                + "set new prices for the coming year.\r\n", "", "", "");
        assertEquals("Water Board Meets", r.article().title());
        assertEquals(LocalDate.of(2024, 3, 5), r.article().date());
        assertTrue(r.article().text().startsWith("Tue. Mar 5th, 2024\n\nWater Board Meets\n\n"), r.article().text());
        assertEquals("h", r.article().hash());
    }

    @Test
    void metadataWinsThenTextThenUrl() {
        String text = "Water Board Meets\n\nPublished: 2023-01-02\n\nThe board met.";
        assertEquals(LocalDate.of(2020, 6, 7), run(text, "Meta Title", "2020-06-07", "").article().date());
        assertEquals("Meta Title", run(text, "Meta Title", "", "").article().title());
        assertEquals(LocalDate.of(2023, 1, 2), run(text, "", "", "https://n.example/2019/04/05/x").article().date());
        String noDate = "Water Board Meets\n\nThe board met on Monday again.";
        assertEquals(LocalDate.of(2019, 4, 5), run(noDate, "", "", "https://n.example/2019/04/05/x").article().date());
        assertNull(run(noDate, "", "", "").article().date());
        String dateline = "Water Board Meets\n\nOSLO, Jan. 9 (Wire) - The board met on Monday again.";
        assertEquals(LocalDate.of(2018, 1, 9), run(dateline, "", "2018", "").article().date());
        assertEquals(LocalDate.of(2017, 1, 9), run(dateline, "", "", "https://n.example/2017/story").article().date());
        IngestResult bad = run(noDate, "", "someday", "");
        assertTrue(bad.message().contains("unreadable date 'someday' ignored"));
    }

    @Test
    void textScrapedWithTheWrongEncodingIsMendedAndTheNoteSaysSo() {
        IngestResult r = run("Envoy Visits Port\n\nâ€œWe came to listen,â€\uFFFD the envoyâ€™s aide said.", "", "", "");
        assertEquals("Envoy Visits Port\n\n“We came to listen,” the envoy’s aide said.", r.article().text());
        assertTrue(r.message().contains("3 mis-decoded character sequences mended"), r.message());
    }

    @Test
    void sentencesGluedByScrapingAreSetApart() {
        assertEquals("It criticised such actions. The spokesperson said so.", Assembler.unglue("It criticised such actions.The spokesperson said so."));
        assertEquals("He left. \"We were deceived,\" she said.", Assembler.unglue("He left.\"We were deceived,\" she said."));
        assertEquals("It is the issue.\u201d The talks ended.", Assembler.unglue("It is the issue.\u201dThe talks ended."));
        assertEquals("It was \"totally unacceptable.\" The talks ended.", Assembler.unglue("It was \"totally unacceptable.\"The talks ended."));
        // initials, abbreviations and domain names stay as they are
        assertEquals("The U.S. Navy and J.D. Vance at Breitbart.com", Assembler.unglue("The U.S. Navy and J.D. Vance at Breitbart.com"));
    }

    @Test
    void aStraightMarkClosingACurlyOpenedQuoteStaysWithItsSentence() {
        // regression: the page opened the quotation with a curly mark and closed it with a straight one
        assertEquals("\u201cTrade matters to the world.\" The minister also criticised the curbs.",
                Assembler.unglue("\u201cTrade matters to the world.\"The minister also criticised the curbs."));
        assertEquals("\u201cWe agreed.\u201d She left. \"We were deceived,\" he said.",
                Assembler.unglue("\u201cWe agreed.\u201d She left.\"We were deceived,\" he said."));
    }

    @Test
    void oneParagraphPerLineTextsGetBlankLines() {
        String lines = "Water Board Meets\nThe board met on Monday to set new prices.\n\"Prices must rise,\" the chair said.";
        assertEquals("Water Board Meets\n\nThe board met on Monday to set new prices.\n\n\"Prices must rise,\" the chair said.",
                run(lines, "", "", "").article().text());
        String wrapped = "The board met on Monday to set new\nprices for the coming year after a long\ndebate.";
        assertEquals(wrapped, run(wrapped, "", "", "").article().text());
    }

    @Test
    void onlyChromeIsSkippedWithAReason() {
        IngestResult r = run("Share this:\nFacebook\nTwitter\n", "", "", "");
        assertEquals(IngestResult.Status.SKIPPED, r.status());
        assertTrue(r.message().startsWith("no article text"));
    }

    @Test
    void breadcrumbTitlesGiveWayToTheHeadline() {
        String text = "Regions | Harbours\n\nFerry operators agree on a new winter timetable\n\n"
                + "The operators met on Monday and agreed on the timetable.";
        IngestResult plain = run(text, "", "", "");
        assertEquals("Ferry operators agree on a new winter timetable", plain.article().title());
        assertEquals("", plain.message());
        IngestResult meta = run(text, "Home / Regions / Harbours", "", "");
        assertEquals("Ferry operators agree on a new winter timetable", meta.article().title());
        assertTrue(meta.message().contains("title 'Home / Regions / Harbours' is no headline"), meta.message());
    }

    @Test
    void ambiguousOrUnreadableDatesAreNamedAndTheArticleIsStillRead() {
        String text = "Ferry operators agree on a new winter timetable\n\nThe operators met on Monday again.";
        IngestResult meta = run(text, "", "03/04/2024", "");
        assertEquals(IngestResult.Status.OK, meta.status());
        assertNull(meta.article().date());
        assertEquals("date '03/04/2024' is ambiguous (day/month or month/day?); article left undated", meta.message());
        IngestResult inText = run("Ferry timetable agreed\n\n03/04/2024 10:15\n\nThe operators met on Monday again.", "", "", "");
        assertNull(inText.article().date());
        assertTrue(inText.message().contains("date line '03/04/2024' in the text is ambiguous"), inText.message());
        IngestResult rescued = run(text, "", "03/04/2024", "https://n.example/2024/04/03/ferry");
        assertEquals(LocalDate.of(2024, 4, 3), rescued.article().date());
        assertTrue(rescued.message().endsWith("date taken from the URL"), rescued.message());
    }

    @Test
    void aDateInTheFileNameIsTheLastResort() {
        IngestResult r = asm.assemble(new Source("x", "in/outlet_2016-02-29_ferry.txt",
                "Ferry timetable agreed\n\nThe operators met on Monday again.", "", "", "", "", "h", ""));
        assertEquals(LocalDate.of(2016, 2, 29), r.article().date());
        assertNull(Assembler.fileNameDate("in/ferry_2016-02-30.txt"));
        assertNull(Assembler.fileNameDate("in/ferry.txt"));
    }
}
