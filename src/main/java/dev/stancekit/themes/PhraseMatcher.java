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

    /**
     * A compiled phrase: per element its kind ({@link #GAP}, {@link #PREFIX} or {@link #STEM}) and
     * its text without the {@code *}, so that matching allocates nothing.
     */
    private record Pattern<T>(String[] elems, byte[] kinds, int literals, T value) {

        static <T> Pattern<T> of(String[] elems, T value) {
            String[] texts = new String[elems.length];
            byte[] kinds = new byte[elems.length];
            int literals = 0;
            for (int k = 0; k < elems.length; k++) {
                String e = elems[k];
                if (e.equals("*")) {
                    kinds[k] = GAP;
                    texts[k] = e;
                } else if (e.endsWith("*")) {
                    kinds[k] = PREFIX;
                    texts[k] = e.substring(0, e.length() - 1);
                    literals++;
                } else {
                    kinds[k] = STEM;
                    texts[k] = e;
                    literals++;
                }
            }
            return new Pattern<>(texts, kinds, literals, value);
        }
    }

    private static final byte STEM = 0;
    private static final byte PREFIX = 1;
    private static final byte GAP = 2;

    private final Map<String, List<Pattern<T>>> byFirstStem = new HashMap<>();
    /** Phrases that begin with a prefix*, in table order, by the first character of the prefix. */
    private final Map<Character, List<Pattern<T>>> prefixFirst = new HashMap<>();

    private PhraseMatcher(List<Pattern<T>> patterns) {
        for (Pattern<T> p : patterns) {
            String first = p.elems()[0];
            if (p.kinds()[0] == PREFIX) {
                // a prefix is the key of a word of two or more letters, never empty
                prefixFirst.computeIfAbsent(first.charAt(0), k -> new ArrayList<>()).add(p);
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
            patterns.add(Pattern.of(parse(e.getKey()), e.getValue()));
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
            Word w = words.get(i);
            List<Pattern<T>> candidates = byFirstStem.get(w.stem());
            if (candidates != null) {
                for (Pattern<T> p : candidates) {
                    add(out, p, words, i);
                }
            }
            // a prefix phrase can only match a word whose key begins with its first character
            List<Pattern<T>> prefixed = w.key().isEmpty() ? null : prefixFirst.get(w.key().charAt(0));
            if (prefixed != null) {
                for (Pattern<T> p : prefixed) {
                    add(out, p, words, i);
                }
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
        int end = matchFrom(p, 0, words, start);
        if (end >= 0) {
            out.add(new Match<>(start, end, p.literals(), p.value()));
        }
    }

    /** Index after the match of elems[k..] at words[i..], shortest gaps first; -1 when none. */
    private static int matchFrom(Pattern<?> p, int k, List<Word> words, int i) {
        String[] elems = p.elems();
        if (k == elems.length) {
            return i;
        }
        if (p.kinds()[k] == GAP) {
            for (int skip = 0; skip <= MAX_GAP && i + skip < words.size(); skip++) {
                if (skip > 0 && words.get(i + skip - 1).afterBreak()) {
                    break;
                }
                int end = matchFrom(p, k + 1, words, i + skip);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (i >= words.size() || !matches(p.kinds()[k], elems[k], words.get(i))
                || (k > 0 && words.get(i).afterBreak())) {
            return -1;
        }
        return matchFrom(p, k + 1, words, i + 1);
    }

    private static boolean matches(byte kind, String elem, Word w) {
        return kind == PREFIX ? w.key().startsWith(elem) : elem.equals(w.stem());
    }
}
