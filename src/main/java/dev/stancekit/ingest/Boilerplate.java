package dev.stancekit.ingest;

import dev.stancekit.resources.Resources;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Removes site chrome (related-links blocks, share and comment prompts, photo credits, repeated
 * headlines) from an article text, driven by the editable {@code boilerplate.csv} (columns
 * {@code pattern, match, note}). Match types, all case-insensitive, on one trimmed line:
 * <ul>
 * <li>{@code line_equals}: the line is the pattern (trailing punctuation ignored);</li>
 * <li>{@code line_starts}: the line starts with the pattern as whole words;</li>
 * <li>{@code line_regex}: the whole line matches the Java regex;</li>
 * <li>{@code block_start}: the line is the pattern or starts with it followed by a colon; it goes
 *     with the headline-like link lines that follow it ("Related Articles" + headlines);</li>
 * <li>{@code tail_start}: like block_start, but drops the rest of the text, when at least two body
 *     paragraphs come before it (comment sections, tag lists); else only the line goes;</li>
 * <li>{@code off}: disables an earlier rule with the same pattern (for user overrides).</li>
 * </ul>
 * Later lines equal to the title (ignoring a trailing counter such as " 3") are dropped too, and
 * so are repeats of a body line of 15 words or more (pages scraped twice over). The
 * result keeps paragraphs separated by one blank line. Immutable and thread-safe.
 */
public final class Boilerplate {

    static final String FILE = "boilerplate.csv";

    enum Match { LINE_EQUALS, LINE_STARTS, LINE_REGEX, BLOCK_START, TAIL_START }

    record Rule(String pattern, Match match, String norm, Pattern regex, String colon, String spaceColon) {

        Rule(String pattern, Match match, String norm, Pattern regex) {
            this(pattern, match, norm, regex, norm + ":", norm + " :");
        }
    }

    private static final String LEAD = "#>*•·▪►»|-";
    private static final String TRAIL = ":.!…|»›>-";
    private static final Pattern COUNTER = Pattern.compile("\\s+\\(?\\d{1,3}\\)?$");
    private static final Pattern SITE_SUFFIX = Pattern.compile("\\s+[–—|-]\\s+[^–—|]{1,60}$");
    private static final int MAX_RULE_LINE = 400;
    private static final int MAX_BLOCK = 15;

    private final List<Rule> rules;
    private final Headline headline;

    Boilerplate(List<Rule> rules, Headline headline) {
        this.rules = List.copyOf(rules);
        this.headline = headline;
    }

    /** The rules of {@code boilerplate.csv}: the bundled ones, then the user's (which may add or turn off). */
    public static Boilerplate load(Resources res) {
        Map<String, Rule> byPattern = new LinkedHashMap<>();
        for (Map<String, String> row : res.readCsvLayers(FILE)) {
            String pattern = row.getOrDefault("pattern", "");
            String type = row.getOrDefault("match", "").toLowerCase(Locale.ROOT);
            if (pattern.isEmpty()) {
                continue;
            }
            String key = type.equals("line_regex") ? pattern : norm(pattern);
            if (type.equals("off")) {
                byPattern.remove(key);
                byPattern.remove(pattern);
                continue;
            }
            byPattern.remove(key);
            byPattern.put(key, rule(pattern, type));
        }
        return new Boilerplate(new ArrayList<>(byPattern.values()),
                Headline.load(res));
    }

    /** No rules at all: only repeated headlines are removed. */
    public static Boilerplate none() {
        return new Boilerplate(List.of(), Headline.BUNDLED);
    }

    static Rule rule(String pattern, String type) {
        Match m;
        try {
            m = Match.valueOf(type.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(FILE + ": unknown match type '" + type + "' for pattern '"
                    + pattern + "' (expected line_equals, line_starts, line_regex, block_start, tail_start, off)");
        }
        Pattern re = null;
        if (m == Match.LINE_REGEX) {
            try {
                re = Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(FILE + ": bad regex '" + pattern + "': " + e.getDescription());
            }
        }
        return new Rule(pattern, m, norm(pattern), re);
    }

    /** How headlines are told from breadcrumbs, bylines and date lines ({@code headline-rules.csv}). */
    Headline headline() {
        return headline;
    }

    /** Number of rules. */
    public int size() {
        return rules.size();
    }

    /**
     * The text without chrome; {@code title} (may be empty) is kept where it first appears and
     * dropped where it is repeated. Paragraphs come out separated by exactly one blank line.
     */
    public String strip(String text, String title) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        boolean[] drop = new boolean[lines.length];
        Set<String> titles = titleForms(title);
        boolean titleSeen = false;
        int bodyParagraphs = 0;
        Set<String> paragraphs = new java.util.HashSet<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (drop[i] || line.isEmpty()) {
                continue;
            }
            if (!titles.isEmpty() && titles.contains(titleNorm(line))) {
                drop[i] = titleSeen;
                titleSeen = true;
                continue;
            }
            Rule r = firstRule(line);
            if (r == null) {
                if (words(line) >= 15) {
                    bodyParagraphs++;
                    drop[i] = !paragraphs.add(norm(line));
                }
                continue;
            }
            drop[i] = true;
            if (r.match == Match.TAIL_START && bodyParagraphs >= 2) {
                for (int j = i + 1; j < lines.length; j++) {
                    drop[j] = true;
                }
                break;
            }
            if (r.match == Match.BLOCK_START) {
                int taken = 0;
                for (int j = i + 1; j < lines.length && taken < MAX_BLOCK; j++) {
                    String next = lines[j].strip();
                    if (next.isEmpty()) {
                        continue;
                    }
                    if (!isLinkLine(next) || firstRule(next) != null) {
                        break;
                    }
                    drop[j] = true;
                    taken++;
                }
            }
        }
        return join(lines, drop);
    }

    /** Whether a rule drops this line by itself (block and tail rules included). */
    boolean isChrome(String line) {
        return firstRule(line.strip()) != null;
    }

    private Rule firstRule(String line) {
        if (line.length() > MAX_RULE_LINE) {
            return null;
        }
        String lower = flat(line);
        String n = trimTrail(lower);
        String bare = unquoted(n);
        for (Rule r : rules) {
            if (matches(r, line, n, lower) || !bare.equals(n) && (r.match == Match.LINE_EQUALS || r.match == Match.BLOCK_START)
                    && bare.equals(r.norm)) {
                return r;
            }
        }
        return null;
    }

    private static boolean matches(Rule r, String line, String n, String lower) {
        switch (r.match) {
            case LINE_EQUALS:
                return n.equals(r.norm);
            case LINE_STARTS:
                return startsWithWords(n, r.norm);
            case LINE_REGEX:
                return r.regex.matcher(line).matches();
            default:
                return n.equals(r.norm) || lower.startsWith(r.colon) || lower.startsWith(r.spaceColon);
        }
    }

    private static boolean startsWithWords(String n, String p) {
        if (p.isEmpty() || !n.startsWith(p)) {
            return false;
        }
        return n.length() == p.length() || !Character.isLetterOrDigit(n.charAt(p.length()))
                || !Character.isLetterOrDigit(p.charAt(p.length() - 1));
    }

    /** A short headline-like line: capitalised, not a sentence ending in a full stop. */
    static boolean isLinkLine(String s) {
        if (s.length() > 200 || words(s) > 30) {
            return false;
        }
        int first = s.codePointAt(0);
        if (Character.isLowerCase(first)) {
            return false;
        }
        String end = s.replaceAll("[\\s\"'”’»)\\]]+$", "");
        return !(end.endsWith(".") || end.endsWith(":") || end.endsWith(";") || end.endsWith(","));
    }

    static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean ws = Character.isWhitespace(s.charAt(i));
            n += !ws && !in ? 1 : 0;
            in = !ws;
        }
        return n;
    }

    /** Lower case, single spaces, straight quotes, no list markers or trailing punctuation. */
    static String norm(String s) {
        return trimTrail(flat(s));
    }

    /** Lower case, single spaces, straight quotes, no list markers (no regex: runs on every line). */
    private static String flat(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean lead = true;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ws = Character.isWhitespace(c) || c == '\u00A0';
            if (lead && (ws || LEAD.indexOf(c) >= 0)) {
                continue;
            }
            lead = false;
            if (ws) {
                space = true;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(switch (c) {
                case '‘', '’' -> '\'';
                case '“', '”' -> '"';
                default -> Character.toLowerCase(c);
            });
        }
        return sb.toString();
    }

    /** A line in quote marks without them ("\"Related:\"" is the link block's "Related"). */
    private static String unquoted(String n) {
        return n.length() > 2 && n.charAt(0) == '"' && n.charAt(n.length() - 1) == '"' ? trimTrail(n.substring(1, n.length() - 1)) : n;
    }

    private static String trimTrail(String t) {
        int end = t.length();
        while (end > 0 && (t.charAt(end - 1) == ' ' || TRAIL.indexOf(t.charAt(end - 1)) >= 0)) {
            end--;
        }
        return t.substring(0, end);
    }

    static String titleNorm(String s) {
        String n = norm(s);
        char last = n.isEmpty() ? ' ' : n.charAt(n.length() - 1);
        return Character.isDigit(last) || last == ')' ? COUNTER.matcher(n).replaceFirst("") : n;
    }

    private static Set<String> titleForms(String title) {
        if (title == null || title.isBlank()) {
            return Set.of();
        }
        String full = titleNorm(title);
        java.util.regex.Matcher m = SITE_SUFFIX.matcher(full);
        if (m.find() && full.substring(0, m.start()).split(" ").length >= 3) {
            return Set.of(full, titleNorm(full.substring(0, m.start())));
        }
        return full.isEmpty() ? Set.of() : Set.of(full);
    }

    /** Kept lines, runs of blank lines folded into one, no blank lines at either end. */
    static String join(String[] lines, boolean[] drop) {
        StringBuilder sb = new StringBuilder();
        boolean pendingBlank = false;
        for (int i = 0; i < lines.length; i++) {
            if (drop[i]) {
                continue;
            }
            String line = lines[i].stripTrailing();
            if (line.isBlank()) {
                pendingBlank = sb.length() > 0;
                continue;
            }
            if (sb.length() > 0) {
                sb.append(pendingBlank ? "\n\n" : "\n");
            }
            pendingBlank = false;
            sb.append(line);
        }
        return sb.toString();
    }
}
