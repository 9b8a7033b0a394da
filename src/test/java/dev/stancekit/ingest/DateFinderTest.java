package dev.stancekit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DateFinderTest {

    private static final String BODY = "\n\nThe city council approved the new budget after a long debate on Thursday night.";

    @Test
    void dateLinesInManyForms() {
        LocalDate d = LocalDate.of(2023, 9, 2);
        for (String line : new String[] {"Sat. Sep 2nd, 2023", "Saturday, September 2, 2023", "September 2, 2023",
            "Sept. 2, 2023", "2 September 2023", "2nd of September, 2023", "2023-09-02", "2023/09/02",
            "Published: 2023-09-02 08:40 GMT", "Updated 2023-09-02T08:40:00Z", "Posted on Sep 2, 2023 at 7:15 pm",
            "09/02/2023 is ambiguous", "By Ana Reporter | Sep 2, 2023 | 4 min read", "Date: 02.09.2023 is ambiguous"}) {
            LocalDate want = line.contains("ambiguous") ? null : d;
            assertEquals(want, DateFinder.find("Budget Passes\n\n" + line + BODY, 0), line);
        }
        assertEquals(LocalDate.of(2023, 9, 21), DateFinder.find("21/09/2023" + BODY, 0));
        assertEquals(LocalDate.of(2023, 9, 21), DateFinder.find("09/21/2023" + BODY, 0));
    }

    @Test
    void datelineNeedsAYearFromElsewhere() {
        String text = "Budget Passes\n\nLISBON, Aug. 19 (Wire Agency) \u2013 The city council approved the budget.";
        assertNull(DateFinder.find(text, 0));
        assertEquals(LocalDate.of(2021, 8, 19), DateFinder.find(text, 2021));
        String withYearLater = text + "\n\nThe previous budget was passed on March 3, 2020 after a long fight.";
        assertEquals(LocalDate.of(2020, 8, 19), DateFinder.find(withYearLater, 0));
        assertEquals(LocalDate.of(2022, 2, 1), DateFinder.find("SAN JOSE, Costa Rica, Feb 1 - Talks began.", 2022));
        assertNull(DateFinder.find("LISBON \u2013 The council met again.", 2021));
    }

    @Test
    void aCopyrightLineGivesTheDatelineItsYear() {
        String text = "Budget Passes\n\nLISBON, Aug. 19 (Wire Agency) \u2013 The council approved the budget.";
        assertEquals(LocalDate.of(2024, 8, 19), DateFinder.find(text + "\n\n\u00a9 2024 Wire Agency. All rights reserved.", 0));
        assertEquals(LocalDate.of(2023, 8, 19), DateFinder.find(text + "\n\nCopyright 2023 Wire Agency", 0));
        assertNull(DateFinder.find(text + "\n\nThe council has 2024 members.", 0), "a bare number is no year");
    }

    @Test
    void onlyShortLinesNearTheTopCount() {
        String longLine = "On July 4, 2022 the council approved a budget that many residents had opposed for months "
                + "because of rising costs.";
        assertNull(DateFinder.find("Budget Passes\n\n" + longLine, 0));
        StringBuilder late = new StringBuilder("Budget Passes\n");
        for (int i = 0; i < 12; i++) {
            late.append("Line ").append(i).append(" of the story.\n");
        }
        late.append("July 4, 2022\n");
        assertNull(DateFinder.find(late.toString(), 0));
        assertNull(DateFinder.find("No dates here at all." + BODY, 0));
    }

    @Test
    void invalidDatesAreNotDates() {
        assertNull(DateFinder.parse("February 30, 2024"));
        assertNull(DateFinder.parse("2024-13-01"));
        assertNull(DateFinder.parse("1850-01-01"));
        assertNull(DateFinder.parse("yesterday"));
        assertNull(DateFinder.parse(""));
        assertEquals(LocalDate.of(2024, 2, 29), DateFinder.parse("Feb 29, 2024"));
        assertEquals(LocalDate.of(2024, 5, 13), DateFinder.parse("2024-05-13T08:40:00+08:00"));
        assertEquals(LocalDate.of(2024, 5, 13), DateFinder.parse("Mon, 13 May 2024 08:40:00 GMT"));
    }

    @Test
    void dateLinesAreRecognisedForTitles() {
        assertTrue(DateFinder.isDateLine("Sat. Jul 20th, 2024"));
        assertTrue(DateFinder.isDateLine("Published: 2024-05-13 08:40 GMT"));
        assertTrue(DateFinder.isDateLine("2024-05-13T08:40:00Z"));
        assertTrue(DateFinder.isDateLine("Updated on 13 May 2024, 5:10 p.m. EDT"));
        assertFalse(DateFinder.isDateLine("Council Passes Budget On July 20, 2024"));
        assertFalse(DateFinder.isDateLine("Monument Day July 4, 2024"));
        assertFalse(DateFinder.isDateLine("Budget Passes"));
    }

    @Test
    void randomTextNeverThrows() {
        Random rnd = new Random(11);
        String[] pieces = {"Jan", "Sept.", "2024", "-", "/", "12", "31", "th", ", ", "\n", "PARIS, ", "May 5", "T", ":"};
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = rnd.nextInt(30); k > 0; k--) {
                sb.append(rnd.nextBoolean() ? pieces[rnd.nextInt(pieces.length)] : Character.toString(rnd.nextInt(0x500)));
            }
            LocalDate d = DateFinder.find(sb.toString(), rnd.nextBoolean() ? 2020 : 0);
            assertTrue(d == null || (d.getYear() >= 1900 && d.getYear() <= 2100));
            DateFinder.isDateLine(sb.toString());
            DateFinder.parse(sb.toString());
        }
    }

    @Test
    void datelineWithTheFullDateGivesTheDate() {
        assertEquals(LocalDate.of(2024, 3, 23), DateFinder.find("Budget Passes\n\nLISBON, March 23, 2024 (Wire Agency) - "
                + "The city council approved the budget after a long debate that lasted well into the night, "
                + "members said on Saturday.", 0));
        assertEquals(LocalDate.of(2025, 5, 31), DateFinder.find("Budget Passes\n\nPORTO - May 31, 2025 - The council met.", 0));
        assertEquals(LocalDate.of(2024, 10, 21), DateFinder.find("Budget Passes\n\nSAN JOSE, Costa Rica, Oct. 21, 2024 (Wire) "
                + "\u2014 The council met.", 0));
        assertNull(DateFinder.find("Budget Passes\n\nLISBON \u2014 The council, which met on March 3, 2020, approved it.", 0),
                "a date later in the first sentence is an event, not the dateline");
    }

    @Test
    void ambiguousDateLinesAreReported() {
        assertEquals("03/04/2024", DateFinder.ambiguous("Budget Passes\n\n03/04/2024 10:15 GMT+2" + BODY));
        assertEquals("03/04/2024", DateFinder.ambiguous("03/04/2024"));
        assertEquals("", DateFinder.ambiguous("Budget Passes\n\n21/04/2024" + BODY), "day > 12: not ambiguous");
        assertEquals("", DateFinder.ambiguous("Budget Passes" + BODY));
        assertTrue(DateFinder.isDateLine("22/12/2023 09:40 GMT+7"));
        assertTrue(DateFinder.isDateLine("17/11/2024 01:12 (GMT-5)"));
    }
}
