package dev.stancekit.briefing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A text split into a header (the lines before the first label) and labelled turns. A line that
 * starts with a label opens a turn; the lines after it, up to the next label, are more paragraphs
 * of the same turn; lines that are only a stage direction are left out. A name label ("Lin Jian:")
 * is taken as a label only when it has a title word, names someone the caller knows (the header,
 * the registry), is a news outlet, labels at least two lines, or stands alone on its line with the
 * turn's words on the next lines ("Li Yongjie:"); otherwise "Note: …" or "Time: 3 p.m." would
 * open turns. A first line whose words after the colon are a headline is the title, not a turn.
 *
 * @param header     the header lines, joined by newlines
 * @param headerEnd  offset just after the header
 * @param turns      the turns in text order
 */
record Transcript(String header, int headerEnd, List<Turn> turns) {

    /** A name label used on this many lines is a label even when nothing else vouches for it. */
    static final int REPEATED_LABEL = 2;

    Transcript {
        turns = List.copyOf(turns);
    }

    /** How many turns have each role. */
    Map<LabelRules.Role, Integer> roles() {
        Map<LabelRules.Role, Integer> n = new HashMap<>();
        turns.forEach(t -> n.merge(t.role(), 1, Integer::sum));
        return n;
    }

    /** Whether any line of the text opens with a label at all: a text without one is prose, with no need to split it. */
    static boolean hasLabel(String text, LabelRules rules) {
        for (int[] l : lines(text)) {
            if (rules.parse(text.substring(l[0], l[1])) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Splits a text into turns.
     *
     * @param known whether a name label (titles removed) names someone the caller knows
     */
    static Transcript split(String text, LabelRules rules, Outlets outlets, Predicate<String> known) {
        List<int[]> lines = lines(text);
        Map<String, Integer> uses = new HashMap<>();
        for (int[] l : lines) {
            LabelRules.Label lab = rules.parse(text.substring(l[0], l[1]));
            if (lab != null) {
                uses.merge(lab.text(), 1, Integer::sum);
            }
        }
        lines = InlineLabels.split(text, lines, label -> roleOf(label, false, rules, outlets, known, uses) != null, rules);
        boolean[] asks = asksQuestion(text, lines, rules);
        int index = -1;
        List<Turn> turns = new ArrayList<>();
        StringBuilder header = new StringBuilder();
        int headerEnd = 0;
        LabelRules.Role role = null;
        String label = null;
        int labelStart = 0;
        List<Turn.Span> paras = new ArrayList<>();
        for (int[] l : lines) {
            index++;
            String line = text.substring(l[0], l[1]);
            if (rules.isStage(line)) {
                continue;
            }
            LabelRules.Label lab = rules.parse(line);
            if (lab != null && l == lines.get(0) && headline(line.substring(lab.bodyStart()))) {
                lab = null; // "Ministry of National Defense: US Should Withdraw Its Missiles": a headline
            }
            boolean alone = lab != null && lab.bodyStart() >= line.length();
            LabelRules.Role r = lab == null ? null : roleOf(lab.text(), alone, rules, outlets, known, uses);
            if (r == null && lab != null && asks[index] && (personLike(lab.text()) || rules.hasMediaWord(lab.text()))) {
                // "Mei Tan: Let me follow up. Will the talks resume?": a reporter no one vouches for;
                // "Harbour City News Agency: … What is your comment?": an outlet news-outlets.csv lacks
                r = LabelRules.Role.QUESTION;
            }
            if (r != null) {
                if (label != null) {
                    turns.add(new Turn(role, label, labelStart, paras));
                }
                role = r;
                label = lab.text();
                labelStart = l[0] + line.indexOf(lab.text());
                paras = new ArrayList<>();
                if (l[0] + lab.bodyStart() < l[1]) { // "Li Yongjie:" alone on its line: the words follow
                    paras.add(trimmed(text, l[0] + lab.bodyStart(), l[1]));
                }
            } else if (label != null) {
                paras.add(trimmed(text, l[0], l[1]));
            } else {
                header.append(header.length() == 0 ? "" : "\n").append(line.strip());
                headerEnd = l[1];
            }
        }
        if (label != null) {
            turns.add(new Turn(role, label, labelStart, paras));
        }
        return new Transcript(header.toString(), headerEnd, turns);
    }

    private static LabelRules.Role roleOf(String label, boolean alone, LabelRules rules, Outlets outlets,
                                          Predicate<String> known, Map<String, Integer> uses) {
        LabelRules.Role r = rules.role(label);
        if (r != LabelRules.Role.SPEAKER) {
            return r;
        }
        if (!outlets.whole(label).isEmpty() || !outlets.whole(LabelRules.bracket(label)).isEmpty()) {
            return LabelRules.Role.QUESTION; // "Reuters:", "Harlow (The Washington Post):"
        }
        boolean vouched = alone || rules.hasTitle(label) || uses.getOrDefault(label, 0) >= REPEATED_LABEL
                || known.test(rules.name(label));
        return vouched ? LabelRules.Role.SPEAKER : null;
    }

    /** Most words of a name label taken for a reporter's on the strength of a question mark ("Mei Tan"). */
    static final int MAX_ASKER_WORDS = 3;

    /** Whether a label is two or three capitalised words, without brackets: a person's name. */
    private static boolean personLike(String label) {
        String[] w = label.strip().split("\\s+");
        return w.length >= 2 && w.length <= MAX_ASKER_WORDS && label.indexOf('(') < 0;
    }

    /**
     * Per line: whether the stretch from it to the next line that opens with a label ends with a
     * question mark (a section under a name heading, "Jeb Bush: Student loans …", does not).
     */
    private static boolean[] asksQuestion(String text, List<int[]> lines, LabelRules rules) {
        boolean[] asks = new boolean[lines.size()];
        boolean last = false;
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = text.substring(lines.get(i)[0], lines.get(i)[1]);
            if (i == lines.size() - 1 || rules.parse(text.substring(lines.get(i + 1)[0], lines.get(i + 1)[1])) != null) {
                last = line.strip().replaceAll("[\"”’)]+$", "").endsWith("?"); // the stretch's last line
            }
            asks[i] = last;
        }
        return asks;
    }

    /** Share of longer words (in tenths) that start with a capital in a headline after a colon. */
    static final int HEADLINE_CAPITALS = 7;

    /** Whether the words after a first line's colon are a headline: no full stop, mostly capitalised. */
    static boolean headline(String body) {
        String b = body.strip();
        if (b.isEmpty() || b.endsWith(".")) {
            return false;
        }
        int words = 0;
        int capitals = 0;
        for (String w : b.split("\\s+")) {
            if (w.length() >= 4 && Character.isLetter(w.charAt(0))) {
                words++;
                capitals += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
            }
        }
        return words >= 2 && capitals * 10 >= words * HEADLINE_CAPITALS;
    }

    /** Non-blank lines as [start, end) without their line break. */
    private static List<int[]> lines(String text) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i <= text.length()) {
            int nl = text.indexOf('\n', i);
            int end = nl < 0 ? text.length() : nl;
            if (!text.substring(i, end).isBlank()) {
                out.add(new int[] {i, end});
            }
            if (nl < 0) {
                break;
            }
            i = nl + 1;
        }
        return out;
    }

    private static Turn.Span trimmed(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Turn.Span(start, end);
    }
}
