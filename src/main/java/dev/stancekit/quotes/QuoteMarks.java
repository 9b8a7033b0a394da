package dev.stancekit.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds stretches of text between quote marks, paragraph by paragraph (a paragraph is a line).
 * Handles “…”, "…", `…` (backtick used as both marks), ``…'', ''…'', ‘…’, '…', «…», ‹…› and „…“.
 * A quote never runs past its paragraph: an unclosed mark ends at the paragraph's end. A quote
 * left open when the next paragraph opens with the same mark is a multi-paragraph quote; so is one
 * whose next paragraph closes it without opening it again (“A.¶B,” he said).
 * Stateless and thread-safe.
 */
final class QuoteMarks {

    /** Families of marks; a quote is closed only by a mark of its own family. */
    enum Family { DOUBLE, STRAIGHT, BACKTICK, LATEX, TWO_APOSTROPHES, SINGLE, STRAIGHT_SINGLE, GUILLEMET, SINGLE_GUILLEMET }

    /**
     * One quoted stretch.
     *
     * @param open      offset of the opening mark (the paragraph's start for a quote continued from
     *                  the paragraph before without a new opening mark: “A.¶B,” he said)
     * @param start     offset of the first quoted character (whitespace trimmed)
     * @param end       offset after the last quoted character
     * @param close     offset after the closing mark (or the paragraph end when unclosed)
     * @param closed    whether a closing mark was found
     * @param paragraph index of the paragraph (non-blank line) holding the opening mark
     * @param paraStart offset where that paragraph starts
     * @param paraEnd   offset where that paragraph ends
     */
    record Marked(Family family, int open, int start, int end, int close, boolean closed,
                  int paragraph, int paraStart, int paraEnd) {

        /** The words between the marks, split at white space (0 for a stretch under two characters). */
        int words(String text) {
            return end - start < 2 ? 0 : text.substring(start, end).strip().split("\\s+").length;
        }
    }

    private QuoteMarks() {
    }

    static List<Marked> find(String text) {
        List<Marked> out = new ArrayList<>();
        int n = text.length();
        int pos = 0;
        int para = 0;
        while (pos < n) {
            int lineEnd = text.indexOf('\n', pos);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            if (!text.substring(pos, lineEnd).isBlank()) {
                scanParagraph(text, pos, lineEnd, para, out);
                para++;
            }
            pos = lineEnd + 1;
        }
        return out;
    }

    private static void scanParagraph(String t, int ps, int pe, int para, List<Marked> out) {
        Family open = null;
        int openAt = -1;
        int textFrom = -1;
        int firstOfPara = out.size();
        for (int i = ps; i < pe; i++) {
            char c = t.charAt(i);
            if (open == null) {
                Family f = opener(t, i, ps, pe);
                if (f == null && c == '”' && i == ps && i + 1 < pe && Character.isLetterOrDigit(t.charAt(i + 1))
                        && !continuesOpen(c, para, out)) {
                    f = Family.DOUBLE; // "”We also believe …”" opening a paragraph after one with no quote left open
                }
                if (f != null) {
                    open = f;
                    openAt = i;
                    textFrom = i + (f == Family.LATEX || f == Family.TWO_APOSTROPHES ? 2 : 1);
                    i = textFrom - 1;
                } else if ((c == '”' || c == '»' || c == '’') && out.size() > firstOfPara) {
                    extendStray(t, i, c, out);
                } else if ((c == '”' || c == '»' || c == '"' && closingPosition(t, i, pe)) && out.size() == firstOfPara
                        && continuesOpen(c, para, out)) {
                    // “A.¶B,” he said: the quote left open in the paragraph before goes on up to the
                    // closing mark, though its opening mark was not repeated (straight marks alike:
                    // scraped pages break a paragraph at a line break inside a quote)
                    add(t, family(c), ps, ps, i, i + 1, true, para, ps, pe, out);
                }
            } else {
                int inner = open == Family.STRAIGHT && c == '"' ? nestedStraight(t, i, ps, pe, openAt) : -1;
                if (inner > 0) {
                    i = inner; // "A "B" C": the inner pair is part of the quote
                    continue;
                }
                int len = closer(t, i, ps, pe, open, openAt);
                if (len > 0) {
                    add(t, open, openAt, textFrom, i, i + len, true, para, ps, pe, out);
                    open = null;
                    i += len - 1;
                }
            }
        }
        if (open != null && open != Family.SINGLE && open != Family.STRAIGHT_SINGLE) {
            add(t, open, openAt, textFrom, pe, pe, false, para, ps, pe, out);
        }
    }

    /** Whether the last quote found was left open at the end of the paragraph before, in the family of mark c. */
    private static boolean continuesOpen(char c, int para, List<Marked> out) {
        if (out.isEmpty()) {
            return false;
        }
        Marked prev = out.get(out.size() - 1);
        return !prev.closed() && prev.family() == family(c) && prev.paragraph() == para - 1;
    }

    /** The family a closing mark ”, » or " ends. */
    private static Family family(char c) {
        return c == '”' ? Family.DOUBLE : c == '»' ? Family.GUILLEMET : Family.STRAIGHT;
    }

    /** A closing mark with no opener right after a closed quote of its family extends that quote. */
    private static void extendStray(String t, int i, char c, List<Marked> out) {
        Marked prev = out.get(out.size() - 1);
        boolean same = (c == '”' && prev.family() == Family.DOUBLE)
                || (c == '»' && prev.family() == Family.GUILLEMET)
                || (c == '’' && prev.family() == Family.SINGLE && !isApostrophe(t, i));
        if (same && prev.closed()) {
            out.set(out.size() - 1, trimmed(t, prev.family(), prev.open(), prev.start(), i, i + 1,
                    true, prev.paragraph(), prev.paraStart(), prev.paraEnd()));
        }
    }

    private static void add(String t, Family f, int open, int from, int to, int close, boolean closed,
                            int para, int ps, int pe, List<Marked> out) {
        Marked m = trimmed(t, f, open, from, to, close, closed, para, ps, pe);
        if (m.end() > m.start()) {
            out.add(m);
        }
    }

    private static Marked trimmed(String t, Family f, int open, int from, int to, int close,
                                  boolean closed, int para, int ps, int pe) {
        while (from < to && Character.isWhitespace(t.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(t.charAt(to - 1))) {
            to--;
        }
        return new Marked(f, open, from, to, close, closed, para, ps, pe);
    }

    private static Family opener(String t, int i, int ps, int pe) {
        char c = t.charAt(i);
        switch (c) {
            case '“', '„':
                return Family.DOUBLE;
            case '”':
                // “A,” she said. ”B.”: a closing mark typed where a quote opens, after a space and
                // before a word, opens one (at a paragraph's start it closes a quote left open)
                return i > ps && Character.isWhitespace(t.charAt(i - 1)) && i + 1 < pe
                        && Character.isLetterOrDigit(t.charAt(i + 1)) ? Family.DOUBLE : null;
            case '«':
                return Family.GUILLEMET;
            case '‹':
                return Family.SINGLE_GUILLEMET;
            case '"':
                return i + 1 < pe && !Character.isWhitespace(t.charAt(i + 1)) ? Family.STRAIGHT : null;
            case '`':
                if (betweenLetters(t, i, ps, pe)) {
                    return null; // "China`s": a backtick typed for an apostrophe
                }
                return i + 1 < pe && t.charAt(i + 1) == '`' ? Family.LATEX : Family.BACKTICK;
            case '‘':
                return wordStart(t, i, ps, pe) ? Family.SINGLE : null;
            case '\'':
                if (twoApostrophes(t, i, pe)) {
                    // ''quote'' (two apostrophes as both marks, as some archives print double quotes)
                    return wordStart(t, i + 1, ps, pe) && (i == ps || !Character.isLetterOrDigit(t.charAt(i - 1)))
                        ? Family.TWO_APOSTROPHES : null;
                }
                return wordStart(t, i, ps, pe) ? Family.STRAIGHT_SINGLE : null;
            default:
                return null;
        }
    }

    /** Length of the closing mark at i for an open quote of family f, or 0. */
    private static int closer(String t, int i, int ps, int pe, Family f, int openAt) {
        char c = t.charAt(i);
        switch (f) {
            case DOUBLE:
                // a straight mark closes a curly quote when it stands where a closing mark does
                // (“…," he said): mixed marks are common in scraped news
                return c == '”' || c == '“' && i > openAt + 1 && !wordStart(t, i, ps, pe)
                        || c == '"' && closingPosition(t, i, pe) ? 1 : 0;
            case STRAIGHT:
                // "performed poorly'' on …: scraped wire copy mixes a straight opening mark with two
                // apostrophes closing it, and the other way round (see TWO_APOSTROPHES)
                return c == '"' || c == '”' ? 1 : twoApostrophes(t, i, pe) && closingPosition(t, i + 1, pe) ? 2 : 0;
            case GUILLEMET:
                return c == '»' ? 1 : 0;
            case SINGLE_GUILLEMET:
                return c == '›' ? 1 : 0;
            case TWO_APOSTROPHES:
                return twoApostrophes(t, i, pe) && i > openAt + 2 ? 2 : c == '"' && i > openAt + 2 && closingPosition(t, i, pe) ? 1 : 0;
            case LATEX:
                return twoApostrophes(t, i, pe) ? 2 : c == '”' ? 1 : 0;
            case BACKTICK:
                if (c == '`') {
                    return betweenLetters(t, i, ps, pe) ? 0 : 1;
                }
                // `quote' style: accepted only when no backtick follows in the paragraph
                int next = t.indexOf('`', i);
                return c == '\'' && !isApostrophe(t, i) && (next < 0 || next >= pe) ? 1 : 0;
            case SINGLE:
                return c == '’' && !isApostrophe(t, i) && i > openAt + 1 ? 1 : 0;
            case STRAIGHT_SINGLE:
                return c == '\'' && !isApostrophe(t, i) && i > openAt + 1
                        && !Character.isWhitespace(t.charAt(i - 1)) ? 1 : 0;
            default:
                return 0;
        }
    }

    /**
     * Inside a straight-quoted stretch, a straight mark where a quote opens ("… claims of "territorial
     * sovereignty" over …") starts a quote within the quote when its own closing mark follows and
     * then either another closing mark or, for a quote that opens its paragraph, none at all (it
     * runs on into the next paragraph): the offset of the inner closing mark, or -1.
     */
    private static int nestedStraight(String t, int i, int ps, int pe, int openAt) {
        if (!wordStart(t, i, ps, pe) || closingPosition(t, i, pe)) {
            return -1;
        }
        int j = t.indexOf('"', i + 1);
        if (j < 0 || j >= pe || !closingPosition(t, j, pe)) {
            return -1;
        }
        int k = t.indexOf('"', j + 1);
        boolean outerCloses = k > 0 && k < pe && closingPosition(t, k, pe);
        boolean outerRuns = (k < 0 || k >= pe) && openAt == ps;
        return outerCloses || outerRuns ? j : -1;
    }

    /** Two apostrophes at i ('' printed for a double quote mark). */
    private static boolean twoApostrophes(String t, int i, int pe) {
        return t.charAt(i) == '\'' && i + 1 < pe && t.charAt(i + 1) == '\'';
    }

    /** A mark with a letter right before and right after it ("member`s"). */
    private static boolean betweenLetters(String t, int i, int ps, int pe) {
        return i > ps && i + 1 < pe && Character.isLetter(t.charAt(i - 1)) && Character.isLetter(t.charAt(i + 1));
    }

    /** A mark right after a word or punctuation and before a space, punctuation or the paragraph end. */
    private static boolean closingPosition(String t, int i, int pe) {
        boolean after = i > 0 && !Character.isWhitespace(t.charAt(i - 1));
        boolean before = i + 1 >= pe || !Character.isLetterOrDigit(t.charAt(i + 1));
        return after && before;
    }

    /** A mark at a word start: after a space, an opening bracket or the paragraph start, before a letter. */
    private static boolean wordStart(String t, int i, int ps, int pe) {
        boolean before = i == ps || Character.isWhitespace(t.charAt(i - 1))
                || "([{—–-/:\"“'".indexOf(t.charAt(i - 1)) >= 0;
        return before && i + 1 < pe && Character.isLetterOrDigit(t.charAt(i + 1));
    }

    /** ’ or ' between two letters ("China’s", "can't") or after an s before a space is an apostrophe. */
    static boolean isApostrophe(String t, int i) {
        boolean letterBefore = i > 0 && Character.isLetter(t.charAt(i - 1));
        boolean letterAfter = i + 1 < t.length() && Character.isLetter(t.charAt(i + 1));
        return letterBefore && letterAfter;
    }
}
