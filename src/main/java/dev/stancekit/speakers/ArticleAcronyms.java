package dev.stancekit.speakers;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names an article spells out for its acronyms: "the Ministry of Foreign Affairs (MOFA)" makes
 * a later "MOFA said" the ministry. The name is the run of capitalised words (and the small words
 * between them) right before the acronym in parentheses, from the first word whose initial is the
 * acronym's first letter (with the owner before it: "Taiwan's"), when the acronym's letters follow
 * the words' initials in order. Stateless.
 */
final class ArticleAcronyms {

    /** An acronym as a speaker's whole name: two to six capitals. */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");
    private static final String WORD = "\\p{Lu}[\\p{L}’'.&-]*";
    private static final String SMALL = "(?:of|and|for|on|the|de|to)";

    private ArticleAcronyms() {
    }

    /** The name {@code acronym} stands for in {@code text}, or null when the text spells out none. */
    static String expand(String text, String acronym) {
        if (acronym == null || !ACRONYM.matcher(acronym).matches()) {
            return null;
        }
        Matcher m = Pattern.compile("(" + WORD + "(?:\\s+(?:" + SMALL + "|" + WORD + "))*)\\s*\\(" + acronym + "\\)").matcher(text);
        while (m.find()) {
            String name = fromInitial(m.group(1).split("\\s+"), acronym);
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    /** The words from the last one that starts the acronym's letters in order, joined; or null. */
    private static String fromInitial(String[] words, String acronym) {
        String first = acronym.substring(0, 1);
        for (int i = 0; i < words.length; i++) {
            if (words[i].startsWith(first) && initialsHold(words, i, acronym)) {
                StringBuilder sb = new StringBuilder();
                // "Taiwan's Ministry of Foreign Affairs (MOFA)": the owner stays with the name
                int from = i > 0 && (words[i - 1].endsWith("'s") || words[i - 1].endsWith("’s")) ? i - 1 : i;
                for (int j = from; j < words.length; j++) {
                    sb.append(j > from ? " " : "").append(words[j]);
                }
                return sb.toString();
            }
        }
        return null;
    }

    /** Whether the acronym's letters are the words' initials from word i on, in order, each word a letter or skipped only when small. */
    private static boolean initialsHold(String[] words, int from, String acronym) {
        int a = 0;
        for (int j = from; j < words.length; j++) {
            char c = Character.toUpperCase(words[j].charAt(0));
            if (a < acronym.length() && c == acronym.charAt(a)) {
                a++;
            } else if (!words[j].toLowerCase(Locale.ROOT).matches(SMALL)) {
                return false; // a capitalised word whose initial is not the acronym's next letter
            }
        }
        return a == acronym.length();
    }
}
