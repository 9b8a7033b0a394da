package dev.stancekit.quotes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Character-level edges of reported content: datelines, trailing punctuation, closing marks. */
final class TextSpans {

    private static final Pattern DATELINE = Pattern.compile(
            "\\p{Lu}[\\p{Lu} .,'-]+(,\\s*[\\p{Lu}\\d][\\p{L}\\d.]*(\\s[\\p{Lu}\\d][\\p{L}\\d.]*)*)*\\s*"
            + "(\\([^)]{1,40}\\))?\\s*(?:[—–-]+|:)\\s+"
            // "SIEM REAP, Cambodia—The …": a dash without spaces only after a place in capitals and a comma, not "US–China talks"
            + "|\\p{Lu}[\\p{Lu} .'-]+(,\\s*\\p{Lu}[\\p{L}.]*(\\s\\p{Lu}[\\p{L}.]*)*)+[—–]+(?=\\p{Lu})"
            // "Taipei, Aug. 11 (CNA) A delegation …": a place in title case, a date and the agency
            + "|\\p{Lu}\\p{Ll}+(\\s\\p{Lu}\\p{Ll}+)?,\\s*\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2}\\s*\\([^)]{1,30}\\)\\s*(?:[—–-]+\\s*)?(?=\\p{Lu})");
    /** How far into a sentence a dateline may reach, in characters. */
    private static final int MAX_DATELINE = 80;

    private TextSpans() {
    }

    /**
     * Skips a dateline ("WASHINGTON — ", "BEIJING (Reuters) - ", "BEIJING, March 4 (Xinhua) -- ",
     * "WOODSIDE, California, Nov. 16 -- ", "KUALA LUMPUR: ", "SIEM REAP, Cambodia—") at the start of a sentence.
     */
    static int skipDateline(String text, int start) {
        Matcher m = DATELINE.matcher(text);
        m.region(start, Math.min(text.length(), start + MAX_DATELINE));
        return m.lookingAt() ? m.end() : start;
    }

    /** Moves the end back over trailing punctuation and spaces. */
    static int trimEnd(String text, int start, int end) {
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || ".,;:".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end;
    }

    /**
     * Whether a closing quote mark ends the text just before {@code offset} in the same paragraph,
     * and the quote did not end its own sentence with a full stop ({@code “….” A spokesman said the
     * talks …} starts a new sentence; {@code “…,” said X} and {@code “…?” she asked} trail it).
     */
    static boolean closingMarkBefore(String text, int offset) {
        int k = offset - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '\u00a0'
                || text.charAt(k) == ',')) {
            k--;
        }
        if (k < 1 || "\"'`”’»›".indexOf(text.charAt(k)) < 0) {
            return false;
        }
        if (k >= 2 && text.charAt(k) == text.charAt(k - 1) && "'`".indexOf(text.charAt(k)) >= 0) {
            k--; // a doubled mark ("''", as the New York Times closes a quote) is one mark
        }
        return text.charAt(k - 1) != '.';
    }
}
