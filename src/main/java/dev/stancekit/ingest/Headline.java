package dev.stancekit.ingest;

import dev.stancekit.resources.Resources;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Tells an article's headline from the lines around it: breadcrumb trails ("Home / World / Asia",
 * "World news | China"), bylines, date lines and the site's own name. Rules come from
 * {@code headline-rules.csv}. Immutable and thread-safe.
 */
final class Headline {

    static final String FILE = "headline-rules.csv";
    static final Headline BUNDLED = load(Resources.bundled());

    private final int headLines;
    private final int minWords;
    private final int maxChars;
    private final int maxHeadlineWords;
    private final Pattern crumbSplit;
    private final int crumbMaxWords;
    private final List<String> bylinePrefixes;
    private final int bylineMaxWords;
    private final int dateMaxOtherWords;

    private Headline(Map<String, String> kv) {
        headLines = num(kv, "head_lines");
        minWords = num(kv, "min_words");
        maxChars = num(kv, "max_chars");
        maxHeadlineWords = num(kv, "max_headline_words");
        crumbMaxWords = num(kv, "crumb_max_segment_words");
        bylineMaxWords = num(kv, "byline_max_words");
        dateMaxOtherWords = num(kv, "date_max_other_words");
        bylinePrefixes = list(kv.getOrDefault("byline_prefixes", ""));
        StringBuilder alt = new StringBuilder("\\s{2,}");
        for (String sep : list(kv.getOrDefault("crumb_separators", ""))) {
            String q = Pattern.quote(sep);
            alt.append('|').append(sep.matches("[›»>]") ? "\\s*" + q + "\\s*" : "\\s+" + q + "\\s+");
        }
        crumbSplit = Pattern.compile(alt.toString());
    }

    static Headline load(Resources res) {
        Map<String, String> kv = new HashMap<>();
        for (Map<String, String> row : res.readCsvLayers(FILE)) {
            kv.put(row.getOrDefault("key", ""), row.getOrDefault("value", ""));
        }
        return new Headline(kv);
    }

    /** Whether a metadata title can stand as the headline: not blank, not a breadcrumb, byline or date. */
    boolean acceptable(String title) {
        String s = title == null ? "" : title.strip();
        return !s.isEmpty() && s.length() <= maxChars && !isBreadcrumb(s) && !isByline(s) && !isDate(s);
    }

    /**
     * The first acceptable candidate (metadata titles in order of trust), preferring one of
     * {@code min_words} words or more; candidates equal to the site's name are no headline. "" when none.
     */
    String pick(List<String> candidates, String site) {
        String shortOne = "";
        for (String c : candidates) {
            String s = c == null ? "" : c.replaceAll("\\s+", " ").strip();
            if (!acceptable(s) || (!site.isBlank() && s.equalsIgnoreCase(site.strip()))) {
                continue;
            }
            if (Boilerplate.words(s) >= minWords) {
                return s;
            }
            shortOne = shortOne.isEmpty() ? s : shortOne;
        }
        return shortOne;
    }

    /**
     * The headline of a plain text: the first of its head lines that is neither chrome, a date
     * line, a breadcrumb nor a byline; a short line (a section label) only when no longer
     * headline-like line follows. "" when there is none.
     */
    String fromText(String text, Boilerplate chrome) {
        String shortOne = "";
        int seen = 0;
        for (String line : text.split("\n")) {
            String s = line.strip();
            if (s.isEmpty()) {
                continue;
            }
            if (++seen > headLines) {
                break;
            }
            if (chrome.isChrome(s) || !acceptable(s)) {
                continue;
            }
            int words = Boilerplate.words(s);
            if (words >= minWords && (shortOne.isEmpty() || headlineLike(s, words))) {
                return s;
            }
            if (shortOne.isEmpty()) {
                shortOne = s;
            }
        }
        return shortOne;
    }

    private boolean headlineLike(String s, int words) {
        return words <= maxHeadlineWords && !s.replaceAll("[\"'”’)]+$", "").endsWith(".");
    }

    /** "Home / World / Asia", "World news | China", "Home  World  Military": short parts between separators. */
    boolean isBreadcrumb(String s) {
        String[] parts = crumbSplit.split(s.strip(), -1);
        if (parts.length < 2) {
            return false;
        }
        for (String p : parts) {
            String t = p.strip();
            int w = Boilerplate.words(t);
            if (w == 0 && p != parts[0] || w > crumbMaxWords || t.matches(".*[.!?,;]$")) {
                return false;
            }
        }
        return true;
    }

    boolean isByline(String s) {
        if (Boilerplate.words(s) > bylineMaxWords) {
            return false;
        }
        for (String p : bylinePrefixes) {
            if (s.startsWith(p + " ") || s.startsWith(p + ":")) {
                return true;
            }
        }
        return false;
    }

    boolean isDate(String s) {
        return DateFinder.isDateLine(s) || DateFinder.isDateLine(s, dateMaxOtherWords)
                || s.indexOf('\n') < 0 && !DateFinder.ambiguous(s).isEmpty();
    }

    /** "Headline | Site" (or " - Site", " – Site") without the site's part when {@code site} is known. */
    static String withoutSiteName(String title, String site) {
        if (site.isEmpty() || title.length() <= site.length() + 3) {
            return title;
        }
        String lowTitle = title.toLowerCase(Locale.ROOT);
        String lowSite = site.toLowerCase(Locale.ROOT);
        String head = title.substring(0, title.length() - site.length());
        if (lowTitle.endsWith(lowSite) && head.matches(".*\\S\\s+[|\u2013\u2014:-]\\s*$")) {
            return head.replaceAll("\\s+[|\u2013\u2014:-]\\s*$", "").strip();
        }
        String tail = title.substring(site.length());
        if (lowTitle.startsWith(lowSite) && tail.matches("^\\s*[|\u2013\u2014:-]\\s+\\S.*")) {
            return tail.replaceFirst("^\\s*[|\u2013\u2014:-]\\s+", "").strip();
        }
        return title;
    }

    private static int num(Map<String, String> kv, String key) {
        try {
            return Integer.parseInt(kv.getOrDefault(key, "").strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(FILE + ": '" + key + "' needs a whole number, got '"
                    + kv.getOrDefault(key, "") + "'", e);
        }
    }

    private static List<String> list(String v) {
        List<String> out = new ArrayList<>();
        for (String p : v.split(";")) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }
}
