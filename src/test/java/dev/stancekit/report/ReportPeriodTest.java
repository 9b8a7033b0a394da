package dev.stancekit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    @Test
    void labels() {
        LocalDate d = LocalDate.of(2024, 7, 17);
        assertEquals("2024-W29", ReportPeriod.WEEK.label(d));
        assertEquals("2024-07", ReportPeriod.MONTH.label(d));
        assertEquals("2024-Q3", ReportPeriod.QUARTER.label(d));
        assertEquals("2024", ReportPeriod.YEAR.label(d));
        for (ReportPeriod p : ReportPeriod.values()) {
            assertEquals("undated", p.label(null));
        }
    }

    @Test
    void labelsAreZeroPaddedAsStringFormatWritesThem() {
        for (LocalDate d : java.util.List.of(LocalDate.of(1, 1, 1), LocalDate.of(5, 3, 9), LocalDate.of(999, 12, 31),
                LocalDate.of(0, 6, 1), LocalDate.of(-44, 3, 15), LocalDate.of(12345, 1, 1), LocalDate.of(2024, 1, 1))) {
            String y = String.format(java.util.Locale.ROOT, "%04d", d.getYear());
            assertEquals(y, ReportPeriod.YEAR.label(d));
            assertEquals(y + String.format(java.util.Locale.ROOT, "-%02d", d.getMonthValue()), ReportPeriod.MONTH.label(d));
            assertEquals(String.format(java.util.Locale.ROOT, "%04d-W%02d", d.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                    d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR)), ReportPeriod.WEEK.label(d));
        }
        assertEquals("0005-03", ReportPeriod.MONTH.label(LocalDate.of(5, 3, 9)));
    }

    @Test
    void isoWeeksStartOnMondayAndUseWeekBasedYear() {
        assertEquals("2024-W28", ReportPeriod.WEEK.label(LocalDate.of(2024, 7, 14)));  // Sunday
        assertEquals("2024-W29", ReportPeriod.WEEK.label(LocalDate.of(2024, 7, 15)));  // Monday
        assertEquals("2025-W01", ReportPeriod.WEEK.label(LocalDate.of(2024, 12, 30)));
        assertEquals("2020-W53", ReportPeriod.WEEK.label(LocalDate.of(2021, 1, 3)));
        assertEquals("2024-Q1", ReportPeriod.QUARTER.label(LocalDate.of(2024, 3, 31)));
        assertEquals("2024-Q2", ReportPeriod.QUARTER.label(LocalDate.of(2024, 4, 1)));
    }

    @Test
    void labelsSortChronologically() {
        LocalDate d = LocalDate.of(2023, 11, 20);
        for (ReportPeriod p : ReportPeriod.values()) {
            String prev = p.label(d);
            for (int i = 1; i < 500; i += 3) {
                String cur = p.label(d.plusDays(i));
                assertTrue(prev.compareTo(cur) <= 0, prev + " then " + cur);
                prev = cur;
            }
        }
    }

    @Test
    void parse() {
        assertEquals(ReportPeriod.QUARTER, ReportPeriod.parse(" Quarter "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportPeriod.parse("fortnight"));
        assertTrue(e.getMessage().contains("fortnight"));
        assertThrows(IllegalArgumentException.class, () -> ReportPeriod.parse(null));
    }
}
