package dev.stancekit.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an article's publication date. {@link #parse} reads one metadata value ("2024-05-13",
 * "2024-05-13T08:40:00Z", "July 20, 2024", "Sat. Jul 20th, 2024", "20 July 2024", ...).
 * {@link #find} looks at the first lines of an article text for a short date line
 * ("Published: 2024-05-13 08:40 GMT") and, when a year is known, a wire dateline
 * ("CITY, Aug. 19 (Agency) –"). Stateless and thread-safe.
 */
public final class DateFinder {

    /** How many non-empty lines at the top of a text may hold the date. */
    static final int HEAD_LINES = 10;
    /** Longer lines are body text, whose dates are events rather than publication dates. */
    private static final int MAX_DATE_LINE = 100;

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|"
            + "june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String DAY = "([0-3]?\\d)(?:st|nd|rd|th)?";
    private static final String YEAR = "((?:19|20)\\d\\d)";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern ISO = Pattern.compile(
            "(?<![\\d/.-])" + YEAR + "[-/.](\\d{1,2})[-/.](\\d{1,2})(?![\\d/])");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + "\\b", FLAGS);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR + "\\b", FLAGS);
    /** 07/20/2024 or 20/07/2024, accepted only when the order is unambiguous. */
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d/.-])(\\d{1,2})[/.](\\d{1,2})[/.]" + YEAR + "(?![\\d/])");
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .'’-]{1,40}(?:,\\s*\\p{L}[\\p{L} .'’-]{0,30})?,\\s*(?i:" + MONTH + ")\\s+" + DAY
                    + "\\b(?!,?\\s*(?:19|20)\\d\\d)", Pattern.UNICODE_CASE);
    /** "MANILA, March 23, 2024 (Wire) -", "SINGAPORE - May 31, 2025 -": a dateline with the full date. */
    private static final Pattern FULL_DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .'’/-]{1,40}(?:,\\s*\\p{L}[\\p{L} .'’-]{0,30})?(?:,|\\s+[-–—]+)\\s*(?=\\p{L}|\\d)",
            Pattern.UNICODE_CASE);
    /** Words that may surround a date on a line that holds nothing else. */
    private static final Pattern DATE_NOISE = Pattern.compile(
            "(?:\\b(?:published|updated|posted|last|modified|date|dated|on|at|am|pm|a\\.m|p\\.m|utc|gmt|"
                    + "[ecmp][sd]t|bst|cet|cest|ist|jst|hkt|sgt|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
                    + "monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b\\.?|t(?=\\d)|(?<=\\d)z\\b|"
                    + "[+-]\\d{1,2}(?::?\\d{2})?(?!\\d)|\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?|[\\s,.:;|/·•()\\[\\]–—-])+",
            FLAGS);

    private DateFinder() {}

    /** Parses one metadata value; {@code null} when it holds no recognisable full date. */
    public static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Found f = first(value.strip());
        return f == null ? null : f.date;
    }

    /**
     * The publication date of a text: a short date line among its first lines, else a dateline
     * ("CITY, Month Day") completed with {@code yearHint} (or with the year of the first full date
     * anywhere in the text) when that is &gt; 0. {@code null} when undated.
     */
    public static LocalDate find(String text, int yearHint) {
        if (text == null) {
            return null;
        }
        String[] lines = text.split("\n", -1);
        int seen = 0;
        for (int i = 0; i < lines.length && seen < HEAD_LINES; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            Found f = line.length() <= MAX_DATE_LINE ? first(line) : null;
            if (f != null && mostlyDate(line, f)) {
                return f.date;
            }
            LocalDate d = fullDateline(line);
            if (d != null) {
                return d;
            }
        }
        int year = yearHint; // the year of a dateline, looked for in the text only once one is found
        seen = 0;
        for (int i = 0; i < lines.length && seen < HEAD_LINES; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            Matcher m = DATELINE.matcher(line);
            if (m.find()) {
                if (year <= 0) {
                    year = yearAnywhere(text);
                    if (year <= 0) {
                        return null;
                    }
                }
                LocalDate d = date(year, month(m.group(1)), Integer.parseInt(m.group(2)));
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /** Whether a line holds a date and nothing else but date words, times and punctuation. */
    public static boolean isDateLine(String line) {
        if (line == null || line.isBlank() || line.length() > MAX_DATE_LINE) {
            return false;
        }
        Found f = first(line);
        return f != null && rest(line, f).isEmpty();
    }

    /** Whether a line holds a date and at most {@code maxOtherWords} other words ("Xinhua | 2024-04-17"). */
    public static boolean isDateLine(String line, int maxOtherWords) {
        if (line == null || line.isBlank() || line.length() > MAX_DATE_LINE) {
            return false;
        }
        Found f = first(line);
        if (f == null) {
            return false;
        }
        String rest = rest(line, f);
        return rest.isEmpty() || rest.split("\\s+").length <= maxOtherWords;
    }

    /** The date right after a dateline's place ("MANILA, March 23, 2024 (Wire) - ..."), or null. */
    static LocalDate fullDateline(String line) {
        Matcher m = FULL_DATELINE.matcher(line);
        if (!m.find()) {
            return null;
        }
        String rest = line.substring(m.end());
        Found f = first(rest.length() > 40 ? rest.substring(0, 40) : rest);
        return f != null && f.start == 0 ? f.date : null;
    }

    /**
     * A day/month-ambiguous numeric date ("03/04/2024") standing as a date line among the first lines
     * of {@code text} (or as the whole of a metadata value): the text seen, or "" when there is none.
     */
    public static String ambiguous(String text) {
        if (text == null) {
            return "";
        }
        int seen = 0;
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (++seen > HEAD_LINES) {
                break;
            }
            Matcher m = NUMERIC.matcher(line);
            if (line.length() <= MAX_DATE_LINE && m.find() && first(line) == null
                    && Integer.parseInt(m.group(1)) <= 12 && Integer.parseInt(m.group(2)) <= 12) {
                String rest = DATE_NOISE.matcher(line.substring(0, m.start()) + " " + line.substring(m.end()))
                        .replaceAll(" ").strip();
                if (rest.isEmpty() || rest.split("\\s+").length <= 2) {
                    return m.group();
                }
            }
        }
        return "";
    }

    /** The line without its date, date words, times and punctuation. */
    private static String rest(String line, Found f) {
        String rest = line.substring(0, f.start) + " " + line.substring(f.end);
        return DATE_NOISE.matcher(rest).replaceAll(" ").strip();
    }

    /**
     * A date line, or a byline around a date ("By A. Writer | May 2, 2023 | 4 min read"): at most
     * six other words, and not a sentence.
     */
    private static boolean mostlyDate(String line, Found f) {
        String rest = rest(line, f);
        if (rest.isEmpty()) {
            return true;
        }
        int words = rest.split("\\s+").length;
        return words <= 6 && !(words > 2 && line.endsWith("."));
    }

    private static int yearAnywhere(String text) {
        Found f = first(text);
        if (f != null) {
            return f.date.getYear();
        }
        Matcher c = COPYRIGHT_YEAR.matcher(text);
        return c.find() ? Integer.parseInt(c.group(1)) : 0;
    }

    /** "© 2024 Reuters", "(c) 2024", "Copyright 2024": the year of a wire story's copyright line. */
    private static final Pattern COPYRIGHT_YEAR = Pattern.compile(
            "(?:©|\\(c\\)|\\bcopyright)\\s*((?:19|20)\\d\\d)\\b", Pattern.CASE_INSENSITIVE);

    private record Found(LocalDate date, int start, int end) {}

    /** The earliest valid full date in {@code s}, of any supported form. */
    private static Found first(String s) {
        Found best = null;
        for (Pattern p : new Pattern[] {ISO, MONTH_DAY_YEAR, DAY_MONTH_YEAR, NUMERIC}) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                if (best != null && m.start() >= best.start) {
                    break;
                }
                LocalDate d = toDate(p, m);
                if (d != null) {
                    best = new Found(d, m.start(), m.end());
                    break;
                }
            }
        }
        return best;
    }

    private static LocalDate toDate(Pattern p, Matcher m) {
        if (p == ISO) {
            return date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        }
        if (p == MONTH_DAY_YEAR) {
            return date(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if (p == DAY_MONTH_YEAR) {
            return date(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        int y = Integer.parseInt(m.group(3));
        if (a > 12 && b <= 12) {
            return date(y, b, a);
        }
        if (b > 12 && a <= 12) {
            return date(y, a, b);
        }
        return null;
    }

    private static int month(String name) {
        String m = name.toLowerCase(Locale.ROOT);
        String[] names = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < names.length; i++) {
            if (m.startsWith(names[i])) {
                return i + 1;
            }
        }
        return 0;
    }

    private static LocalDate date(int y, int m, int d) {
        if (y < 1900 || y > 2100) {
            return null;
        }
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
