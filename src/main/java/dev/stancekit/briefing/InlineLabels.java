package dev.stancekit.briefing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reposts of transcripts often run a question and its answer into one paragraph: "CCTV: … What is
 * China's comment? Wang Wenbin: China firmly opposes …". A paragraph that opens with a label is cut
 * before each further label that follows the end of a sentence, when the caller vouches for that
 * label (a podium speaker it knows, a title, a news outlet, a question or answer word). Stateless.
 */
final class InlineLabels {

    /** The end of a sentence, perhaps with a closing mark, and the spaces before the next word. */
    private static final Pattern SENTENCE_END = Pattern.compile("[?.!][\"”’)]?[ \\t]+(?=\\p{Lu})");

    private InlineLabels() {
    }

    /**
     * The lines, each line that opens with a label cut before the vouched labels inside it.
     *
     * @param text     the whole text
     * @param lines    non-blank lines as [start, end)
     * @param vouched  whether a label found inside a line is a label
     * @param rules    the label rules that parse a label
     */
    static List<int[]> split(String text, List<int[]> lines, Predicate<String> vouched, LabelRules rules) {
        List<int[]> out = new ArrayList<>(lines.size());
        for (int[] l : lines) {
            LabelRules.Label own = rules.parse(text.substring(l[0], l[1]));
            if (own == null) {
                out.add(l);
                continue;
            }
            int start = l[0];
            Matcher m = SENTENCE_END.matcher(text).region(Math.min(l[0] + own.bodyStart(), l[1]), l[1]);
            while (m.find()) {
                int at = m.end();
                if (text.charAt(m.start()) == '.' && rules.hasTitle(wordBefore(text, m.start()))) {
                    continue; // "… asked Gen. Wu: …" is no sentence end
                }
                LabelRules.Label lab = rules.parse(text.substring(at, l[1]));
                if (lab != null && at + lab.bodyStart() < l[1] && vouched.test(lab.text())) {
                    int end = at;
                    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                        end--;
                    }
                    out.add(new int[] {start, end});
                    start = at;
                }
            }
            out.add(new int[] {start, l[1]});
        }
        return out;
    }

    /** The word that ends right before offset {@code end}. */
    private static String wordBefore(String text, int end) {
        int b = end;
        while (b > 0 && !Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        return text.substring(b, end);
    }
}
