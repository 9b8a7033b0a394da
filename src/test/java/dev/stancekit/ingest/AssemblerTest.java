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
}
