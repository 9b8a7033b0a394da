package dev.stancekit.tone;

import dev.stancekit.themes.PhraseMatcher.Match;
import dev.stancekit.themes.Words.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text's words into clauses for the tone model: a new clause at each sentence end
 * ('.', '!', '?', ';'), at each contrast word ("but": the clauses before it in its sentence are
 * {@link Role#BEFORE}, the one it opens {@link Role#AFTER}), and around each concession
 * ("although … ,": {@link Role#CONCESSION}, up to the next comma); the clause after "rather
 * than" is {@link Role#ALTERNATIVE}, what the speaker rejects. Stateless.
 */
final class Clauses {

    enum Role { PLAIN, BEFORE, AFTER, CONCESSION, ALTERNATIVE }

    /** Words {@code [from, to)} of the text, in sentence {@code sentence}. */
    record Clause(int from, int to, int sentence, Role role) {
    }

    private Clauses() {
    }

    /** The clauses of the words, given the scope phrases found in them. */
    static List<Clause> split(String text, List<Word> words, List<Match<CueTable.Cue>> scope) {
        int n = words.size();
        String[] kind = new String[n];
        for (Match<CueTable.Cue> m : scope) {
            kind[m.start()] = m.value().value();
        }
        List<Clause> out = new ArrayList<>();
        int sentence = 0;
        int start = 0;
        boolean contrasted = false;
        int concessionEnd = -1;
        boolean rejected = false;
        for (int i = 0; i <= n; i++) {
            boolean end = i == n;
            boolean brk = !end && i > 0 && words.get(i).afterBreak();
            boolean contrast = !end && i > 0 && "contrast".equals(kind[i]) && !contrasted;
            boolean concession = !end && "concession".equals(kind[i]);
            boolean alternative = !end && i > start && "alternative".equals(kind[i]);
            boolean concessionOver = !end && concessionEnd >= 0 && i > start && comma(text, words, i);
            if (end || brk || contrast || alternative || concessionOver || (concession && i > start)) {
                if (i > start) {
                    Role role = concessionEnd >= 0 ? Role.CONCESSION : rejected ? Role.ALTERNATIVE
                            : contrasted ? Role.AFTER : Role.PLAIN;
                    out.add(new Clause(start, i, sentence, role));
                }
                if (contrast) {
                    markBefore(out, sentence);
                }
                concessionEnd = concession ? i : concessionOver ? -1 : concessionEnd;
                start = i;
            } else if (concession) {
                concessionEnd = i;
            }
            if (brk) {
                sentence++;
                contrasted = false;
                concessionEnd = concession ? i : -1;
            }
            contrasted |= contrast;
            rejected = alternative || (rejected && !brk && !contrast);
        }
        return out;
    }

    private static void markBefore(List<Clause> out, int sentence) {
        for (int k = 0; k < out.size(); k++) {
            Clause c = out.get(k);
            if (c.sentence() == sentence && c.role() == Role.PLAIN) {
                out.set(k, new Clause(c.from(), c.to(), c.sentence(), Role.BEFORE));
            }
        }
    }

    /** Whether a comma stands between word {@code i - 1} and word {@code i}. */
    private static boolean comma(String text, List<Word> words, int i) {
        return text.substring(words.get(i - 1).end(), words.get(i).start()).indexOf(',') >= 0;
    }
}
