package dev.stancekit.briefing;

import dev.stancekit.resources.Resources;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The news outlets of {@code news-outlets.csv}, found in a question's label ("CCTV:") or in the
 * short sentence that opens it ("NHK.", "Shaun Tandon, AFP."). Immutable.
 */
final class Outlets {

    static final String FILE = "news-outlets.csv";
    /** A sentence that names the asker's outlet is short ("Tara Copp, Associated Press."). */
    static final int MAX_INTRO_WORDS = 8;
    /**
     * How many opening sentences of a question may name the outlet ("Thank you, Mr. Secretary. Jane
     * Doe, Reuters." splits after "Mr." too).
     */
    static final int INTRO_SENTENCES = 3;
    /** Aliases this short and in capitals ("AP", "NHK") match only in capitals. */
    static final int SHORT_ALIAS = 4;

    private record Alias(Pattern pattern, String outlet) { }

    private final List<Alias> aliases;

    private Outlets(List<Alias> aliases) {
        this.aliases = aliases;
    }

    static Outlets load(Resources res) {
        List<String[]> pairs = new ArrayList<>();
        for (Map<String, String> row : res.readCsvLayers(FILE)) {
            String outlet = row.getOrDefault("outlet", "");
            if (outlet.isBlank()) {
                throw new IllegalArgumentException(FILE + ": row " + row + " has no outlet");
            }
            pairs.add(new String[] {outlet, outlet});
            for (String a : row.getOrDefault("aliases", "").split(";")) {
                if (!a.isBlank()) {
                    pairs.add(new String[] {a.strip(), outlet});
                }
            }
        }
        pairs.sort(Comparator.comparingInt((String[] p) -> -p[0].length()));
        List<Alias> out = new ArrayList<>();
        for (String[] p : pairs) {
            boolean caps = p[0].length() <= SHORT_ALIAS && p[0].equals(p[0].toUpperCase(Locale.ROOT));
            String re = "(?<![\\p{L}\\p{Nd}])" + Pattern.quote(p[0]) + "(?![\\p{L}\\p{Nd}])";
            out.add(new Alias(Pattern.compile(re, caps ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), p[1]));
        }
        return new Outlets(out);
    }

    /** The outlet named anywhere in a short text (a label), longest alias first; or "". */
    String in(String text) {
        int best = Integer.MAX_VALUE;
        String found = "";
        for (Alias a : aliases) {
            Matcher m = a.pattern().matcher(text);
            if (m.find() && m.start() < best) {
                best = m.start();
                found = a.outlet();
            }
        }
        return found;
    }

    /** The whole label is an outlet ("CCTV", "Beijing Daily"): the outlet, else "". */
    String whole(String label) {
        for (Alias a : aliases) {
            if (a.pattern().matcher(label.strip()).matches()) {
                return a.outlet();
            }
        }
        return "";
    }

    /** The outlet named in one of the short opening sentences of a question; or "". */
    String opening(String question) {
        String[] sentences = question.split("(?<=[.?!])\\s+", INTRO_SENTENCES + 1);
        for (int i = 0; i < Math.min(INTRO_SENTENCES, sentences.length); i++) {
            String s = sentences[i];
            if (s.endsWith("?") || s.strip().split("\\s+").length > MAX_INTRO_WORDS) {
                continue;
            }
            String o = in(s);
            if (!o.isEmpty()) {
                return o;
            }
        }
        return "";
    }
}
