package dev.stancekit.speakers;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Word splitting and accent/case folding shared by the registry and the resolver. */
final class Words {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** English prepositions: a name right after one is not the speaker ("a spokesman for X"). */
    static final Set<String> PREPOSITIONS = Set.of("for", "of", "at", "to", "from", "in", "on", "with",
            "by", "about", "against", "toward", "towards", "over", "under", "near", "like");

    private Words() {
    }

    /**
     * One word of a phrase.
     *
     * @param text  as written
     * @param fold  lower case without accents ("Đổng" -> "dong")
     * @param start offset in the phrase
     * @param end   offset after it in the phrase
     */
    record Tok(String text, String fold, int start, int end) {

        boolean capitalized() {
            return Character.isUpperCase(text.codePointAt(0));
        }

        /** Short all-capital words (US, PLA, NSC) that must match in capitals only. */
        boolean acronym() {
            return text.length() <= 4 && text.chars().allMatch(Character::isUpperCase);
        }
    }

    /** Lower case, accents removed, a few letters without decomposition mapped by hand. */
    static String fold(String s) {
        if (isAscii(s)) {
            return s.toLowerCase(Locale.ROOT); // nothing to decompose, no marks, no letters mapped by hand
        }
        String d = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            switch (c) {
                case 'đ', 'Đ' -> b.append('d');
                case 'ł', 'Ł' -> b.append('l');
                case 'ø', 'Ø' -> b.append('o');
                case 'ß' -> b.append("ss");
                default -> b.append(c);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * Splits a phrase into words of letters and digits. Apostrophes and hyphens split words, and
     * a possessive "s" after an apostrophe is dropped ("China's" -> "China").
     */
    static List<Tok> tokenize(String s) {
        List<Tok> out = new ArrayList<>();
        int i = 0, n = s.length();
        while (i < n) {
            int cp = s.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n && isWordChar(s.codePointAt(i))) {
                i += Character.charCount(s.codePointAt(i));
            }
            String w = s.substring(start, i);
            if (start > 0 && isApostrophe(s.charAt(start - 1)) && (w.equals("s") || w.equals("S"))
                    && !out.isEmpty() && out.get(out.size() - 1).end() == start - 1) {
                continue;
            }
            out.add(new Tok(w, fold(w), start, i));
        }
        return out;
    }

    /**
     * The end of the article's headline: a first line of one sentence with a blank line after it;
     * -1 when the text opens with no such line.
     */
    static int headlineEnd(String text) {
        int nl = text.indexOf("\n\n");
        return nl > 0 && nl == text.indexOf('\n') && !text.substring(0, nl).contains(". ") ? nl : -1;
    }

    /** The folded words without a leading "the" ("the Wall Street Journal" -> "wall street journal"). */
    static List<String> withoutThe(List<String> folds) {
        return folds.size() > 1 && "the".equals(folds.get(0)) ? folds.subList(1, folds.size()) : folds;
    }

    static List<String> folds(List<Tok> toks) {
        List<String> out = new ArrayList<>(toks.size());
        for (Tok t : toks) {
            out.add(t.fold());
        }
        return out;
    }

    /** The folded words of a phrase joined by single spaces: the lookup key of a name. */
    static String key(String phrase) {
        return String.join(" ", folds(tokenize(phrase)));
    }

    private static boolean isWordChar(int cp) {
        int t = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || t == Character.NON_SPACING_MARK
                || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ' || c == '`';
    }
}
