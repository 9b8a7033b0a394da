package dev.stancekit.briefing;

import dev.stancekit.resources.Resources;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The speaker labels of briefing transcripts, read from {@code briefing-labels.csv}: which labels
 * open a question, an answer by the podium speaker of the day or a moderator's line, which title
 * words precede a podium speaker's name, and which stage directions are dropped. Immutable.
 */
final class LabelRules {

    static final String FILE = "briefing-labels.csv";
    /** Most words a label may have ("Senior Colonel Wu Qian" has four). */
    static final int MAX_LABEL_WORDS = 7;
    /** Longest label, in characters. */
    static final int MAX_LABEL_CHARS = 60;
    /** Longest bracket after a label's name, in characters ("Harlow (The Washington Post):"). */
    static final int MAX_BRACKET = 40;

    /** What a labelled turn is. */
    enum Role { QUESTION, ANSWER, MODERATOR, SPEAKER }

    /** A label at the start of a line: its words and where the turn's own text starts. */
    record Label(String text, int bodyStart) { }

    private final Set<String> question;
    private final Set<String> answer;
    private final Set<String> moderator;
    private final Set<String> titles;
    private final Set<String> connectors;
    private final Set<String> media;
    private final Pattern header;
    private final Pattern label;
    /** A title and a surname in capitals closed by a full stop, as some reposts print labels ("MR. KIRBY.  Thank you"). */
    private final Pattern stopLabel;
    /** A question label without a colon, set apart by a tab or several spaces ("Q    China again …"). */
    private final Pattern bareQuestion;
    /** A question or answer label with no space after its colon, as some reposts print it ("Q:Yesterday …"). */
    private final Pattern tightLabel;
    private final Pattern stage;

    private LabelRules(Map<String, Set<String>> byRole) {
        question = byRole.get("question");
        answer = byRole.get("answer");
        moderator = byRole.get("moderator");
        titles = byRole.get("title");
        connectors = byRole.get("connector");
        media = byRole.get("media");
        String word = "\\p{Lu}[\\p{L}\\p{Nd}.'’&-]*";
        String conn = connectors.isEmpty() ? "(?!)" : String.join("|", connectors.stream().map(Pattern::quote).toList());
        // a name may carry its outlet in brackets: "Harlow (Reuters):"
        label = Pattern.compile("^[ \\t]*(" + word + "(?:[ \\t]+(?:" + word + "|(?:" + conn + ")(?=[ \\t]+\\p{Lu})))*"
                + "(?:[ \\t]*\\([^()\\n]{1," + MAX_BRACKET + "}\\))?)"
                + "[ \\t]*:(?:[ \\t]+(?=\\S)|[ \\t]*$)"); // the turn's words after the colon, or on the next lines
        String title = titles.isEmpty() ? "(?!)" : String.join("|", titles.stream().map(Pattern::quote).toList());
        stopLabel = Pattern.compile("^[ \\t]*((?i:" + title + ")\\.?(?:[ \\t]+\\p{Lu}[\\p{Lu}'’-]+)+)\\.[ \\t]+(?=\\S)");
        String q = question.isEmpty() ? "(?!)" : String.join("|", question.stream().map(Pattern::quote).toList());
        bareQuestion = Pattern.compile("^[ \\t]*((?i:" + q + "))(?:\\t|[ \\t]{2,})[ \\t]*(?=\\S)");
        String qa = String.join("|", java.util.stream.Stream.concat(question.stream(), answer.stream())
                .map(Pattern::quote).toList());
        tightLabel = Pattern.compile("^[ \\t]*((?i:" + (qa.isEmpty() ? "(?!)" : qa) + ")):(?=\\S)");
        List<String> hd = new ArrayList<>();
        byRole.get("header").forEach(h -> hd.add(Pattern.quote(h)));
        header = Pattern.compile(hd.isEmpty() ? "(?!)" : "(?<!\\p{L})(?:" + String.join("|", hd) + ")(?!\\p{L})",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        List<String> st = new ArrayList<>();
        byRole.get("stage").forEach(s -> st.add(Pattern.quote(s)));
        stage = Pattern.compile("\\((?i:" + String.join("|", st) + ")[^()]{0,40}\\)", Pattern.UNICODE_CASE);
    }

    /** @throws IllegalArgumentException naming the file when a row has an unknown role */
    static LabelRules load(Resources res) {
        Map<String, Set<String>> byRole = new java.util.HashMap<>();
        for (String r : List.of("question", "answer", "moderator", "title", "stage", "connector", "header", "media")) {
            byRole.put(r, new HashSet<>());
        }
        for (Map<String, String> row : res.readCsvLayers(FILE)) {
            String role = row.getOrDefault("role", "").toLowerCase(Locale.ROOT);
            String word = row.getOrDefault("label", "");
            Set<String> set = byRole.get(role);
            if (set == null || word.isBlank()) {
                throw new IllegalArgumentException(FILE + ": row " + row + " needs a label and a role"
                        + " (question, answer, moderator, title, stage, connector, header or media)");
            }
            set.add(role.equals("stage") || role.equals("connector") ? word
                    : role.equals("header") ? word.toLowerCase(Locale.ROOT) : fold(word));
        }
        return new LabelRules(byRole);
    }

    /** The label that opens this line, or {@code null} when the line has none. */
    Label parse(String line) {
        Matcher m = label.matcher(line);
        if (!m.find()) {
            m = stopLabel.matcher(line);
            if (!m.find()) {
                m = bareQuestion.matcher(line);
                if (!m.find()) {
                    m = tightLabel.matcher(line);
                    if (!m.find()) {
                        return null;
                    }
                }
            }
        }
        String text = m.group(1).strip();
        if (text.length() > MAX_LABEL_CHARS || text.split("\\s+").length > MAX_LABEL_WORDS) {
            return null;
        }
        return new Label(text, m.end());
    }

    /** The words in brackets at the end of a label ("Harlow (Reuters)" → "Reuters"), or "" when it has none. */
    static String bracket(String label) {
        int open = label.indexOf('(');
        return open < 0 || !label.endsWith(")") ? "" : label.substring(open + 1, label.length() - 1).strip();
    }

    /** A label without its bracket ("Harlow (Reuters)" → "Harlow"). */
    static String withoutBracket(String label) {
        int open = label.indexOf('(');
        return open < 0 ? label : label.substring(0, open).strip();
    }

    /** Whether the header lines name a press briefing ("Regular Press Conference", "Spokesperson"). */
    boolean briefingHeader(String headerLines) {
        return header.matcher(headerLines).find();
    }

    /** The role a label's words give it; {@link Role#SPEAKER} for a name (perhaps a news outlet). */
    Role role(String label) {
        String[] w = label.strip().split("\\s+");
        String first = fold(w[0]);
        if (question.contains(first)) {
            return Role.QUESTION;
        }
        if (w.length == 1 && answer.contains(first)) {
            return Role.ANSWER;
        }
        if (moderator.contains(first)) {
            return Role.MODERATOR;
        }
        return Role.SPEAKER;
    }

    /** The words of a question label after its question word ("Reporter from CCTV" → "CCTV"). */
    String questionRest(String label) {
        String[] w = label.strip().split("\\s+");
        StringBuilder b = new StringBuilder();
        for (int i = 1; i < w.length; i++) {
            if (b.length() == 0 && connectors.contains(w[i])) {
                continue;
            }
            b.append(b.length() == 0 ? "" : " ").append(w[i]);
        }
        return b.toString();
    }

    /** Whether the label has a word of a news outlet's name ("China Review News Agency", "Shenzhen TV"). */
    boolean hasMediaWord(String label) {
        for (String w : withoutBracket(label.strip()).split("\\s+")) {
            if (media.contains(fold(w))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the label has a title word ("Spokesperson", "GEN.", "MR"). */
    boolean hasTitle(String label) {
        for (String w : label.strip().split("\\s+")) {
            if (titles.contains(fold(w))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name in a podium label without its leading titles, in title case when written in capitals:
     * "MR MILLER" → "Miller", "Senior Colonel Wu Qian" → "Wu Qian".
     */
    String name(String label) {
        String[] w = withoutBracket(label.strip()).split("\\s+");
        int i = 0;
        while (i < w.length - 1 && titles.contains(fold(w[i]))) {
            i++;
        }
        StringBuilder b = new StringBuilder();
        for (int j = i; j < w.length; j++) {
            b.append(j > i ? " " : "").append(titleCase(w[j]));
        }
        return b.toString();
    }

    /** The text with its stage directions ("(Laughter.)") removed and spaces tidied. */
    String withoutStage(String text) {
        String t = stage.matcher(text).replaceAll(" ").replaceAll("[ \\t]{2,}", " ");
        // "Thank you, (inaudible)." loses its stage direction, not its full stop: "Thank you."
        return t.replaceAll("[ \\t]+([,.;:!?])", "$1").replaceAll(",([.;:!?])", "$1").strip();
    }

    /** Whether the whole line is a stage direction, or an editor's note in square brackets ("[Editor in charge: …]"). */
    boolean isStage(String line) {
        String s = line.strip();
        return !s.isEmpty() && (withoutStage(s).isEmpty() || s.startsWith("[") && s.endsWith("]") && s.indexOf(']') == s.length() - 1);
    }

    static String fold(String w) {
        return w.replace(".", "").toLowerCase(Locale.ROOT);
    }

    private static String titleCase(String w) {
        if (w.length() < 2 || !w.equals(w.toUpperCase(Locale.ROOT))) {
            return w;
        }
        return w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT);
    }
}
