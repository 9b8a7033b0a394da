package dev.stancekit.themes;

import dev.stancekit.themes.Words.Word;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds phrases in tokenized text. A phrase is a sequence of words compared by their stems, so
 * that "communication line" also matches "communication lines" and "exchange" matches "exchanges".
 * Two wildcards are supported: a word ending in {@code *} matches any word beginning with it
 * ("taiwan*" matches "Taiwanese"; in "de-escalat*" only the last word is a prefix), and a lone {@code *} between two words matches up to three
 * words of any kind ("lines * communication" matches "lines of communication"). A phrase does not
 * run across the end of a sentence or clause ('.', ';', '!', '?' between its words). Immutable and
 * thread-safe; public only so that {@code dev.stancekit.tone} can share it.
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseMatcher<T> {

    /** Words a lone {@code *} may skip. */
    public static final int MAX_GAP = 3;

    /**
     * A phrase found in a text.
     *
     * @param start    index of its first word
     * @param end      index after its last word
     * @param literals how many words of the phrase are not a lone {@code *}
     * @param value    what the phrase stands for
     */
    public record Match<T>(int start, int end, int literals, T value) {
    }

    private record Pattern<T>(String[] elems, T value) {
    }

    private final Map<String, List<Pattern<T>>> byFirstStem = new HashMap<>();
    private final List<Pattern<T>> prefixFirst = new ArrayList<>();

    private PhraseMatcher(List<Pattern<T>> patterns) {
        for (Pattern<T> p : patterns) {
            String first = p.elems()[0];
            if (first.endsWith("*")) {
                prefixFirst.add(p);
            } else {
                byFirstStem.computeIfAbsent(first, k -> new ArrayList<>()).add(p);
            }
        }
    }

    /**
     * Compiles phrases. Throws {@link IllegalArgumentException} naming the phrase when one is
     * empty, starts or ends with a lone {@code *}, or has two in a row.
     */
    public static <T> PhraseMatcher<T> compile(List<Map.Entry<String, T>> phrases) {
        List<Pattern<T>> patterns = new ArrayList<>();
        for (Map.Entry<String, T> e : phrases) {
            patterns.add(new Pattern<>(parse(e.getKey()), e.getValue()));
        }
        return new PhraseMatcher<>(patterns);
    }

    /** The elements of a phrase: stems, prefix* and lone *; throws on a bad phrase. */
    public static String[] parse(String phrase) {
        List<String> elems = new ArrayList<>();
        for (String piece : phrase.strip().split("\\s+")) {
            if (piece.equals("*")) {
                if (elems.isEmpty() || elems.get(elems.size() - 1).equals("*")) {
                    throw new IllegalArgumentException("bad phrase '" + phrase
                            + "': a lone * must stand between two words");
                }
                elems.add("*");
            } else if (piece.endsWith("*")) {
                List<Word> words = Words.tokenize(piece.substring(0, piece.length() - 1));
                Word last = words.isEmpty() ? null : words.get(words.size() - 1);
                if (last == null || last.end() != piece.length() - 1) {
                    throw new IllegalArgumentException("bad phrase '" + phrase
                            + "': a prefix* must end in a word of two or more letters");
                }
                for (Word w : words.subList(0, words.size() - 1)) {
                    elems.add(w.stem());
                }
                elems.add(last.key() + "*");
            } else {
                for (Word w : Words.tokenize(piece)) {
                    elems.add(w.stem());
                }
            }
        }
        if (elems.isEmpty() || elems.get(elems.size() - 1).equals("*")) {
            throw new IllegalArgumentException("bad phrase '" + phrase
                    + "': no word of two or more letters, or ends with a lone *");
        }
        return elems.toArray(String[]::new);
    }

    /** Every occurrence of every phrase, overlapping or not, ordered by start. */
    public List<Match<T>> findAll(List<Word> words) {
        List<Match<T>> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            List<Pattern<T>> candidates = byFirstStem.getOrDefault(words.get(i).stem(), List.of());
            for (Pattern<T> p : candidates) {
                add(out, p, words, i);
            }
            for (Pattern<T> p : prefixFirst) {
                add(out, p, words, i);
            }
        }
        return out;
    }

    /**
     * Occurrences that do not overlap, longer phrases first: a phrase with more words wins over
     * the words and shorter phrases inside it. Ordered by start.
     */
    public List<Match<T>> findLongest(List<Word> words) {
        List<Match<T>> all = new ArrayList<>(findAll(words));
        all.sort(Comparator.<Match<T>>comparingInt(m -> -m.literals())
                .thenComparingInt(m -> m.end() - m.start()).thenComparingInt(Match::start));
        boolean[] taken = new boolean[words.size()];
        List<Match<T>> kept = new ArrayList<>();
        for (Match<T> m : all) {
            boolean free = true;
            for (int i = m.start(); i < m.end() && free; i++) {
                free = !taken[i];
            }
            if (free) {
                for (int i = m.start(); i < m.end(); i++) {
                    taken[i] = true;
                }
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(Match::start));
        return kept;
    }

    private void add(List<Match<T>> out, Pattern<T> p, List<Word> words, int start) {
        int end = matchFrom(p.elems(), 0, words, start);
        if (end >= 0) {
            int literals = 0;
            for (String e : p.elems()) {
                literals += e.equals("*") ? 0 : 1;
            }
            out.add(new Match<>(start, end, literals, p.value()));
        }
    }

    /** Index after the match of elems[k..] at words[i..], shortest gaps first; -1 when none. */
    private static int matchFrom(String[] elems, int k, List<Word> words, int i) {
        if (k == elems.length) {
            return i;
        }
        String e = elems[k];
        if (e.equals("*")) {
            for (int skip = 0; skip <= MAX_GAP && i + skip < words.size(); skip++) {
                if (skip > 0 && words.get(i + skip - 1).afterBreak()) {
                    break;
                }
                int end = matchFrom(elems, k + 1, words, i + skip);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (i >= words.size() || !matches(e, words.get(i)) || (k > 0 && words.get(i).afterBreak())) {
            return -1;
        }
        return matchFrom(elems, k + 1, words, i + 1);
    }

    private static boolean matches(String elem, Word w) {
        if (elem.endsWith("*")) {
            return w.key().startsWith(elem.substring(0, elem.length() - 1));
        }
        return elem.equals(w.stem());
    }
}
