package dev.stancekit.quotes;

import dev.stancekit.nlp.AnnotatedText;
import dev.stancekit.nlp.Sentence;
import dev.stancekit.nlp.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * One article prepared for attribution: its tokens in one array, the sentence of each token,
 * the quote each token lies in and the paragraph bounds. Built per call, never shared.
 */
final class Doc {

    /** Longest lower-case syllable after a hyphen taken as part of a name ("Ji-won", "Jae-in"). */
    private static final int MAX_NAME_SYLLABLE = 4;

    final String text;
    final Token[] tok;
    final int[] sentOf;
    final int[] sentStart;
    final int[] sentEnd;
    final int[] quoteOf;
    final List<QuoteMarks.Marked> quotes;
    private final int[] paraStarts;
    private final int[] paraOfLine;
    /** Per line: 0 unknown, 1 skipped (headline, link block), 2 article text; filled by QuoteAttacher. */
    final byte[] lineFlags;

    Doc(String text, AnnotatedText doc, List<QuoteMarks.Marked> quotes) {
        this(text, doc, quotes, w -> false);
    }

    /**
     * @param title whether a word is a title ("Gen", "Rep"): a sentence that CoreNLP ended after
     *              such an abbreviation ("Lt. Gen. | He Lei said") is joined to the next one
     */
    Doc(String text, AnnotatedText doc, List<QuoteMarks.Marked> quotes, Predicate<String> title) {
        this(text, doc, quotes, title, List.of());
    }

    /**
     * @param nicknames stretches in marks that are part of a name ("Ferdinand “Bongbong” Marcos"):
     *                  their marks are left out of the tokens and the words inside are names
     */
    Doc(String text, AnnotatedText doc, List<QuoteMarks.Marked> quotes, Predicate<String> title,
        List<QuoteMarks.Marked> nicknames) {
        this.text = text;
        this.quotes = quotes;
        List<Token> all = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        List<Integer> sentIdx = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (s.tokens().isEmpty()) {
                continue;
            }
            boolean join = !starts.isEmpty() && endsWithTitle(all, title)
                    && text.substring(all.get(all.size() - 1).end(), s.tokens().get(0).begin()).indexOf('\n') < 0;
            if (!join) {
                starts.add(all.size());
            }
            for (Token t : s.tokens()) {
                if (nameMark(t, nicknames)) {
                    continue;
                }
                if (inNickname(t, nicknames) && !t.pos().startsWith("NNP")) {
                    t = new Token(t.word(), t.lemma(), "NNP", t.ner(), t.begin(), t.end());
                }
                if (t.begin() < 0 || t.end() > text.length() || t.end() < t.begin()) {
                    throw new IllegalArgumentException("token '" + t.word() + "' at " + t.begin() + ".."
                            + t.end() + " lies outside the article text (length " + text.length()
                            + "); was the text annotated from another string?");
                }
                all.add(t);
                sentIdx.add(starts.size() - 1);
            }
        }
        moveOpeningMarks(all, starts, quotes);
        joinHyphenatedNames(all);
        sentStart = new int[starts.size()];
        sentEnd = new int[starts.size()];
        for (int k = 0; k < starts.size(); k++) {
            sentStart[k] = starts.get(k);
            sentEnd[k] = k + 1 < starts.size() ? starts.get(k + 1) : all.size();
        }
        sentIdx.clear();
        for (int k = 0; k < starts.size(); k++) {
            for (int i = sentStart[k]; i < sentEnd[k]; i++) {
                sentIdx.add(k);
            }
        }
        tok = all.toArray(new Token[0]);
        sentOf = sentIdx.stream().mapToInt(Integer::intValue).toArray();
        quoteOf = new int[tok.length];
        Arrays.fill(quoteOf, -1);
        int q = 0;
        for (int i = 0; i < tok.length && q < quotes.size(); i++) {
            while (q < quotes.size() && quotes.get(q).end() <= tok[i].begin()) {
                q++;
            }
            if (q < quotes.size() && tok[i].begin() >= quotes.get(q).start()
                    && tok[i].end() <= quotes.get(q).end()) {
                quoteOf[i] = q;
            }
        }
        for (int i = 0; i < tok.length; i++) {
            if (!"POS".equals(tok[i].pos()) && possessiveApostrophe(i)) {
                // "the United States’ support": the tagger may read the apostrophe as a quote mark
                tok[i] = new Token(tok[i].word(), tok[i].lemma(), "POS", tok[i].ner(), tok[i].begin(), tok[i].end());
            }
        }
        List<Integer> lines = new ArrayList<>();
        int pos = 0;
        while (pos <= text.length()) {
            lines.add(pos);
            int nl = text.indexOf('\n', pos);
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        paraStarts = lines.stream().mapToInt(Integer::intValue).toArray();
        paraOfLine = new int[paraStarts.length];
        lineFlags = new byte[paraStarts.length];
        int count = -1;
        for (int l = 0; l < paraStarts.length; l++) {
            int e = l + 1 < paraStarts.length ? paraStarts[l + 1] : text.length();
            if (!text.substring(paraStarts[l], e).isBlank()) {
                count++;
            }
            paraOfLine[l] = Math.max(count, 0);
        }
    }

    /**
     * The tokenizer guesses the direction of straight quote marks and may end a sentence with the
     * mark that opens the next one ({@code said. "} + {@code More ...}): such a mark, which
     * {@link QuoteMarks} found opening a quote, is moved to the sentence it opens.
     */
    /**
     * "Park Ji-won", "Moon Jae-in": the lower-case syllable after a hyphen that is joined to a
     * capitalised name is part of the name, whatever the tagger made of it ("won" as a verb).
     */
    private static void joinHyphenatedNames(List<Token> all) {
        for (int i = 2; i < all.size(); i++) {
            Token t = all.get(i);
            Token hyphen = all.get(i - 1);
            Token name = all.get(i - 2);
            if ("HYPH".equals(hyphen.pos()) && name.pos().startsWith("NNP") && Character.isUpperCase(name.word().charAt(0))
                    && name.end() == hyphen.begin() && hyphen.end() == t.begin() && Character.isLowerCase(t.word().charAt(0))
                    && !t.pos().startsWith("NNP") && !t.pos().startsWith("JJ") && t.word().length() <= MAX_NAME_SYLLABLE) {
                all.set(i, new Token(t.word(), t.lemma(), "NNP", t.ner(), t.begin(), t.end()));
            }
        }
    }

    private static boolean nameMark(Token t, List<QuoteMarks.Marked> nicknames) {
        for (QuoteMarks.Marked q : nicknames) {
            if (t.begin() >= q.open() && t.end() <= q.start() || t.begin() >= q.end() && t.end() <= q.close()) {
                return true;
            }
        }
        return false;
    }

    private static boolean inNickname(Token t, List<QuoteMarks.Marked> nicknames) {
        for (QuoteMarks.Marked q : nicknames) {
            if (t.begin() >= q.start() && t.end() <= q.end()) {
                return true;
            }
        }
        return false;
    }

    private static void moveOpeningMarks(List<Token> all, List<Integer> starts, List<QuoteMarks.Marked> quotes) {
        if (quotes.isEmpty()) {
            return;
        }
        java.util.Set<Integer> opens = new java.util.HashSet<>();
        for (QuoteMarks.Marked q : quotes) {
            opens.add(q.open());
        }
        for (int k = 1; k < starts.size(); k++) {
            int s = starts.get(k);
            while (s - 1 > starts.get(k - 1) && opens.contains(all.get(s - 1).begin())) {
                s--;
            }
            starts.set(k, s);
        }
    }

    /** Whether the tokens end with an abbreviated title ("Gen.", "Rep." or "Gen" + "."). */
    private static boolean endsWithTitle(List<Token> all, Predicate<String> title) {
        Token last = all.get(all.size() - 1);
        if (last.word().endsWith(".") && last.word().length() > 1) {
            return abbreviatedTitle(last.word().substring(0, last.word().length() - 1), title);
        }
        return ".".equals(last.word()) && all.size() >= 2 && all.get(all.size() - 2).end() == last.begin()
                && abbreviatedTitle(all.get(all.size() - 2).word(), title);
    }

    private static boolean abbreviatedTitle(String w, Predicate<String> title) {
        // an acronym ("CEO.") ends its sentence; an abbreviation ("Gen.", "Sgt.") is mixed case
        return w.length() <= 4 && !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !w.equals(w.toUpperCase(java.util.Locale.ROOT))
                && title.test(Lexicon.normal(w));
    }

    /** Index of the paragraph (non-blank line) holding the offset. */
    int paragraphAt(int offset) {
        return paraOfLine[lineAt(offset)];
    }

    /** Whether the offset stands on the text's first non-blank line (its headline). */
    boolean onFirstLine(int offset) {
        int k = 0;
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        return lineAt(offset) == lineAt(k);
    }

    /** Line number of the offset (lines, blank ones included). */
    int lineAt(int offset) {
        int i = Arrays.binarySearch(paraStarts, offset);
        return i >= 0 ? i : -i - 2;
    }

    int lineStart(int offset) {
        return paraStarts[lineAt(offset)];
    }

    int lineEnd(int offset) {
        int nl = text.indexOf('\n', offset);
        return nl < 0 ? text.length() : nl;
    }

    /** Index of the first token starting at or after the offset (tok.length when none). */
    int tokenFrom(int offset) {
        int lo = 0, hi = tok.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tok[mid].begin() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    String span(int fromTok, int toTokIncl) {
        return text.substring(tok[fromTok].begin(), tok[toTokIncl].end());
    }

    String word(int i) {
        return tok[i].word();
    }

    String lower(int i) {
        return Lexicon.normal(tok[i].word());
    }

    boolean isQuoteToken(int i) {
        String w = tok[i].word();
        if (possessiveApostrophe(i)) {
            return false;
        }
        String p = tok[i].pos();
        if ("``".equals(p) || "''".equals(p)) {
            return true;
        }
        for (int k = 0; k < w.length(); k++) {
            if ("\"'`“”‘’«»‹›„".indexOf(w.charAt(k)) < 0) {
                return false;
            }
        }
        return !w.isEmpty();
    }

    /**
     * A lone apostrophe glued to a word ending in s ("Sanders’ aides", "the states' rights") that
     * closes no stretch in quote marks: the plural or name possessive, not a quote mark.
     */
    boolean possessiveApostrophe(int i) {
        String w = tok[i].word();
        if (i == 0 || !("’".equals(w) || "'".equals(w)) || tok[i - 1].end() != tok[i].begin()) {
            return false;
        }
        String prev = tok[i - 1].word();
        if (prev.isEmpty() || Character.toLowerCase(prev.charAt(prev.length() - 1)) != 's') {
            return false;
        }
        for (QuoteMarks.Marked q : quotes) {
            if (q.close() == tok[i].begin()) {
                return false;
            }
        }
        return true;
    }

    /** The text of the sentences covering both offsets. */
    String context(int from, int to) {
        int a = tokenFrom(from);
        int b = tokenFrom(Math.max(from, to - 1));
        if (tok.length == 0) {
            return text.substring(from, to);
        }
        a = Math.min(a, tok.length - 1);
        b = Math.min(Math.max(b, a), tok.length - 1);
        int s = Math.min(sentStart[sentOf[a]] < tok.length ? tok[sentStart[sentOf[a]]].begin() : from, from);
        int e = Math.max(tok[sentEnd[sentOf[b]] - 1].end(), to);
        return text.substring(Math.max(0, s), Math.min(text.length(), e));
    }
}
