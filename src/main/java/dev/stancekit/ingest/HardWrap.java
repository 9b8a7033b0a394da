package dev.stancekit.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Texts saved with hard line breaks inside paragraphs (plain-text wire copy, e-mails, some
 * scrapes wrap every line at about 70 characters): the lines of each paragraph are joined again,
 * so that a quotation or a sentence that runs over a line break stays whole. A text counts as
 * hard-wrapped when it has many lines, none much longer than the others, and a good share of the
 * long ones end mid-sentence. A line is joined to the next when it ends without a full stop (or
 * other sentence end) and is long enough to have been wrapped, or the next line goes on in lower
 * case, or a quotation opened in its paragraph is still open. Each paragraph then stands on a line
 * of its own with a blank line after it.
 */
final class HardWrap {

    /** Fewest non-blank lines of a hard-wrapped text. */
    private static final int MIN_LINES = 8;
    /** The widest line of a hard-wrapped text is at least this many characters ... */
    private static final int MIN_WIDTH = 40;
    /** ... and at most this many. */
    private static final int MAX_WIDTH = 100;
    /** A line at least this share of the widest line's length is long enough to have been wrapped. */
    private static final double WRAPPED_SHARE = 0.6;
    /** Least share of the non-blank lines that are long and end mid-sentence. */
    private static final double MIN_MID_SENTENCE_SHARE = 0.4;

    private HardWrap() {
    }

    /** The text with its paragraphs' lines joined, or null when the text is not hard-wrapped. */
    static String unwrap(String t) {
        String[] lines = t.split("\n", -1);
        int width = 0;
        int nonBlank = 0;
        for (String l : lines) {
            String s = l.strip();
            if (!s.isEmpty()) {
                nonBlank++;
                width = Math.max(width, s.length());
            }
        }
        if (nonBlank < MIN_LINES || width < MIN_WIDTH || width > MAX_WIDTH) {
            return null;
        }
        int midSentence = 0;
        for (String l : lines) {
            String s = l.strip();
            if (!s.isEmpty() && wrappedLength(s, width) && !endsSentence(s)) {
                midSentence++;
            }
        }
        if (midSentence < nonBlank * MIN_MID_SENTENCE_SHARE) {
            return null;
        }
        List<String> paragraphs = new ArrayList<>();
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String s = lines[i].strip();
            if (s.isEmpty()) {
                flush(p, paragraphs);
                continue;
            }
            if (p.length() > 0) {
                p.append(' ');
            }
            p.append(s);
            String next = i + 1 < lines.length ? lines[i + 1].strip() : "";
            boolean join = !next.isEmpty() && (Character.isLowerCase(next.charAt(0))
                    || wrappedLength(s, width) && (!endsSentence(s) || quoteOpen(p)));
            if (!join) {
                flush(p, paragraphs);
            }
        }
        flush(p, paragraphs);
        return String.join("\n\n", paragraphs) + (t.endsWith("\n") ? "\n" : "");
    }

    private static void flush(StringBuilder p, List<String> out) {
        if (p.length() > 0) {
            out.add(p.toString());
            p.setLength(0);
        }
    }

    /** Whether the line is long enough to have been wrapped: {@value #WRAPPED_SHARE} of the widest line or more. */
    private static boolean wrappedLength(String line, int width) {
        return line.length() >= width * WRAPPED_SHARE;
    }

    /** Whether the line ends a sentence: a full stop, question or exclamation mark, colon, or a closing mark after one. */
    private static boolean endsSentence(String line) {
        int k = line.length() - 1;
        while (k > 0 && "\"”’')]".indexOf(line.charAt(k)) >= 0) {
            k--;
        }
        return ".!?:…".indexOf(line.charAt(k)) >= 0;
    }

    /** Whether a double quotation opened in the paragraph so far is still open. */
    private static boolean quoteOpen(CharSequence p) {
        int curly = 0;
        int straight = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '“') {
                curly++;
            } else if (c == '”') {
                curly = Math.max(0, curly - 1);
            } else if (c == '"') {
                straight++;
            }
        }
        return curly > 0 || straight % 2 == 1;
    }
}
