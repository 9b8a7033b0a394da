package dev.stancekit.themes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words for phrase matching and gives each a light, inflection-tolerant stem
 * ("exchanges" and "exchanging" -> "exchang", "militaries" -> "military"). No NLP model is needed,
 * so it is cheap enough to run on every quote. Stateless and thread-safe; public only so that
 * {@code dev.stancekit.tone} can share it.
 */
public final class Words {

    private Words() {
    }

    /**
     * One word of a text.
     *
     * @param text  the word as written
     * @param key   lower-cased, with typographic apostrophes made plain
     * @param stem  the inflection-tolerant stem of {@code key}
     * @param start offset of the first character in the text
     * @param end   offset after the last character
     * @param afterBreak whether a '.', ';', '!' or '?' stands between this word and the one before
     */
    public record Word(String text, String key, String stem, int start, int end, boolean afterBreak) {

        /** Whether the word has letters and all of them are capitals (Python's isupper). */
        public boolean isUpper() {
            boolean cased = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isLowerCase(c)) {
                    return false;
                }
                cased |= Character.isUpperCase(c);
            }
            return cased;
        }
    }

    /**
     * The words of a text: runs of letters and digits, with apostrophes inside them kept
     * ("can't", "China's"); hyphens and other punctuation split words. Single characters are
     * dropped, as VADER does.
     */
    public static List<Word> tokenize(String text) {
        List<Word> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        boolean brk = false;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                brk |= cp == '.' || cp == ';' || cp == '!' || cp == '?';
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            int dotted = initials(text, i);
            if (dotted > i) {
                String w = text.substring(start, dotted);
                String key = key(w.replace(".", ""));
                out.add(new Word(w, key, key, start, dotted, brk));
                brk = false;
                i = dotted;
                continue;
            }
            int points = 0;
            while (i < n) {
                int c = text.codePointAt(i);
                if (isWordChar(c)) {
                    i += Character.charCount(c);
                    points++;
                } else if (isApostrophe(c) && i + 1 < n && isWordChar(text.codePointAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            if (points > 1) {
                String w = text.substring(start, i);
                String key = key(w);
                out.add(new Word(w, key, stem(key), start, i, brk));
                brk = false;
            }
        }
        return out;
    }

    /**
     * The end of capital initials written with dots from {@code i} ("U.S.", "U.K.", "U.N."): one
     * word whose key has no dots ("us"), so that the one-letter parts are not dropped and their
     * dots are no sentence end; {@code i} when there are none.
     */
    private static int initials(String text, int i) {
        int j = i;
        int letters = 0;
        while (j + 1 < text.length() && Character.isUpperCase(text.charAt(j)) && text.charAt(j + 1) == '.'
                && (j == i || !Character.isLetterOrDigit(text.charAt(j - 1)) || text.charAt(j - 1) == '.')) {
            j += 2;
            letters++;
        }
        boolean wordAfter = j < text.length() && Character.isLetterOrDigit(text.charAt(j));
        return letters >= 2 && !wordAfter && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) ? j : i;
    }

    /** Lower case with plain apostrophes. */
    public static String key(String word) {
        return word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    /**
     * A light stem of a lower-case word: drops possessive 's, plural -s/-es/-ies and -ing/-ed
     * endings and a final e, so that the inflections of a word share one stem.
     */
    public static String stem(String w) {
        String s = w;
        if (s.endsWith("'s")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("'")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.length() > 4 && s.endsWith("ies")) {
            s = s.substring(0, s.length() - 3) + "y";
        } else if (s.endsWith("sses") || s.endsWith("shes") || s.endsWith("ches") || s.endsWith("xes")
                || s.endsWith("zes")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.length() > 3 && s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us")
                && !s.endsWith("is")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.length() >= 6 && s.endsWith("eed")) {
            s = s.substring(0, s.length() - 1);
        } else if (s.length() > 5 && s.endsWith("ied")) {
            s = s.substring(0, s.length() - 3) + "y";
        } else if (s.length() >= 6 && s.endsWith("ing")) {
            s = undouble(s.substring(0, s.length() - 3));
        } else if (s.length() >= 5 && s.endsWith("ed")) {
            s = undouble(s.substring(0, s.length() - 2));
        }
        if (s.length() > 3 && s.endsWith("e")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static String undouble(String s) {
        int n = s.length();
        if (n >= 3 && s.charAt(n - 1) == s.charAt(n - 2) && "lszaeiou".indexOf(s.charAt(n - 1)) < 0
                && Character.isLetter(s.charAt(n - 1))) {
            return s.substring(0, n - 1);
        }
        return s;
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    private static boolean isApostrophe(int c) {
        return c == '\'' || c == '\u2019';
    }
}
