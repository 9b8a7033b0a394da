package dev.stancekit.report;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * How dates are grouped into report periods. Labels sort chronologically as plain strings:
 * {@code 2024-W29} (ISO-8601 week, Monday to Sunday, week-based year), {@code 2024-07},
 * {@code 2024-Q3}, {@code 2024}. A missing date falls into {@link #UNDATED}.
 */
public enum ReportPeriod {
    WEEK, MONTH, QUARTER, YEAR;

    /** The bucket label for quotes and articles without a date. */
    public static final String UNDATED = "undated";

    /** The label of the row set that covers every date (and no date). */
    public static final String ALL = "all";

    /** Parses {@code week}, {@code month}, {@code quarter} or {@code year}, in any case. */
    public static ReportPeriod parse(String s) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException("no report period given; use week, month, quarter or year");
        }
        String k = s.strip().toUpperCase(Locale.ROOT);
        for (ReportPeriod p : values()) {
            if (p.name().equals(k)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown report period '" + s.strip()
                + "'; use week, month, quarter or year");
    }

    /** The label of the period holding {@code date}, or {@link #UNDATED} when it is null. */
    public String label(LocalDate date) {
        if (date == null) {
            return UNDATED;
        }
        if (date.getYear() < 1) { // before year 1 (also in week-based years): as String.format writes signs
            return switch (this) {
                case WEEK -> String.format(Locale.ROOT, "%04d-W%02d",
                        date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                case MONTH -> String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
                case QUARTER -> String.format(Locale.ROOT, "%04d-Q%d", date.getYear(),
                        date.get(IsoFields.QUARTER_OF_YEAR));
                case YEAR -> String.format(Locale.ROOT, "%04d", date.getYear());
            };
        }
        return switch (this) { // the same labels without String.format, which costs on every quote
            case WEEK -> pad(date.get(IsoFields.WEEK_BASED_YEAR), 4) + "-W"
                    + pad(date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2);
            case MONTH -> pad(date.getYear(), 4) + "-" + pad(date.getMonthValue(), 2);
            case QUARTER -> pad(date.getYear(), 4) + "-Q" + date.get(IsoFields.QUARTER_OF_YEAR);
            case YEAR -> pad(date.getYear(), 4);
        };
    }

    /** A number of zero or more, zero-padded to {@code width} digits ("%0<width>d"). */
    private static String pad(int n, int width) {
        String s = Integer.toString(n);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    /** The first day of the period holding {@code date}. */
    public LocalDate start(LocalDate date) {
        return switch (this) {
            case WEEK -> date.with(java.time.DayOfWeek.MONDAY);
            case MONTH -> date.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(date.getYear(), (date.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1, 1);
            case YEAR -> LocalDate.of(date.getYear(), 1, 1);
        };
    }

    /** The first day of the period after the one that starts on {@code start}. */
    public LocalDate next(LocalDate start) {
        return switch (this) {
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
        };
    }

    /** The first day of a period given by its {@link #label}; null for {@link #UNDATED} and {@link #ALL}. */
    public LocalDate startOf(String label) {
        if (label.equals(UNDATED) || label.equals(ALL)) {
            return null;
        }
        return switch (this) {
            case WEEK -> LocalDate.of(Integer.parseInt(label.substring(0, 4)), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(label.substring(6)))
                    .with(java.time.DayOfWeek.MONDAY);
            case MONTH -> LocalDate.of(Integer.parseInt(label.substring(0, 4)), Integer.parseInt(label.substring(5)), 1);
            case QUARTER -> LocalDate.of(Integer.parseInt(label.substring(0, 4)),
                    (Integer.parseInt(label.substring(6)) - 1) * 3 + 1, 1);
            case YEAR -> LocalDate.of(Integer.parseInt(label), 1, 1);
        };
    }

    /** Lower-case name, as accepted by {@link #parse}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
