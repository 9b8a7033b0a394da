package dev.stancekit.quotes;

import java.util.regex.Pattern;

/**
 * Recognises lines that hold no article text: link blocks ("Read Next: …") and headlines,
 * captions or subheads (short or title case, without a full stop); each line's answer is cached
 * in {@link Doc#lineFlags}. A headline with a finite verb of saying is read as a report, as
 * annotators of news count it ("Harbour board urges port to reopen channel"; in title case only
 * when it holds words in quote marks, since its capitals make the tagger see nouns), and so is one
 * that {@link HeadlineColonRule} or the headline-subject mark rule attributes. Thread-safe as long
 * as no two threads share a {@link Doc}.
 */
final class HeadlineLines {

    private static final int MAX_HEADLINE_WORDS = 20;
    /**
     * Fewest words of a line under the headline with no full stop that reads as a deck, a summary
     * sentence with a verb of saying ("Chinese Embassy says Taiwan is ‘most important’ issue in
     * ties"), not a subhead or caption.
     */
    private static final int MIN_DECK_WORDS = 8;
    /** Fewest words of a headline with a finite verb of saying that is read as a report. */
    private static final int MIN_HEADLINE_REPORT_WORDS = 4;
    private static final Pattern TRAILING_MARKS = Pattern.compile("[\"'`“”‘’«»<>\\s\\p{Z})\\]]+$");
    private static final Pattern WORD_SPLIT = Pattern.compile("[\\s\\p{Pd}/]+");
    private static final Pattern LEADING_PUNCT = Pattern.compile("^[^\\p{L}\\p{N}]+");
    /**
     * Signs of running text inside a line: a full stop after a lower-case word and before a capital
     * ("… the official said. REUTERS"), or a comma closing a quotation before more words
     * ("“…,” Saltzman said, adding that S" cut off by the page).
     */
    private static final Pattern RUNNING_TEXT = Pattern.compile("\\p{Ll}{3,}[.!?][\"”’']*\\s+\\p{Lu}|,(?:[\"”’]|'')\\s+\\p{L}");

    /**
     * A word the page cut after its first letters, after a lower-case word or a quotation's closing
     * comma ("… there had been “no new development” since C", "… “extraordinarily aggressive,” Tru").
     */
    private static final Pattern CUT_CAPITAL = Pattern.compile("(?:\\p{Ll}|,[\"”’]?)\\s+\\p{Lu}\\p{Ll}{0,2}$");

    private final Lexicon lex;
    /** Headlines that name their speaker beside a colon or dash, which are read; null: none. */
    private final HeadlineColonRule colon;
    /** The mark rules, whose headline-subject rule makes a headline with its quote read; null: none. */
    private final MarkRules marks;

    HeadlineLines(Lexicon lex, HeadlineColonRule colon, MarkRules marks) {
        this.lex = lex;
        this.colon = colon;
        this.marks = marks;
    }

    /** Whether the line at {@code offset} is a link block ("Read Next: ...") or a headline (no full stop). */
    boolean skip(Doc d, int offset) {
        int line = d.lineAt(offset);
        byte known = d.lineFlags[line];
        if (known == 0) {
            known = skipUncached(d, offset) ? (byte) 1 : (byte) 2;
            d.lineFlags[line] = known;
        }
        return known == 1;
    }

    /** The end of the text's first non-blank line, its headline ("… Calling It a Lie" stays one). */
    private static int firstLineEnd(String text) {
        int k = 0;
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        int nl = text.indexOf('\n', k);
        return nl < 0 ? text.length() : nl;
    }

    /** Fewest words of a last paragraph that the page cut off mid-sentence. */
    private static final int MIN_CUT_WORDS = 6;
    /** Fewest words of such a paragraph when it opens a quotation no mark closes ("“Every cloud has a s"). */
    private static final int MIN_CUT_QUOTE_WORDS = 3;

    /**
     * Whether the line ending at {@code e} is the text's last and the page that was saved cut it off
     * mid-sentence: it ends in a lower-case word, a comma, a dash or a word cut after its first
     * letters ({@link #CUT_CAPITAL}) with no mark after it ("… which she said would be", "… at sea
     * and in the air,"), or it opens a quotation that no mark closes
     * ("“Our communities — people Y"); a headline or caption there ends in a name or a credit, or
     * has title case.
     */
    private static boolean cutOff(String text, int e, String line) {
        char last = line.charAt(line.length() - 1);
        boolean cut = Character.isLowerCase(last) || last == ',' || Character.getType(last) == Character.DASH_PUNCTUATION
                || opensUnclosedQuote(line) || CUT_CAPITAL.matcher(line).find();
        int words = QuoteAttacher.words(line, 0, line.length());
        boolean enough = words >= MIN_CUT_WORDS || opensUnclosedQuote(line) && words >= MIN_CUT_QUOTE_WORDS;
        return cut && text.substring(e).isBlank() && enough && !titleCase(line);
    }

    /** Whether the line opens with a quotation mark and holds no other double quotation mark. */
    private static boolean opensUnclosedQuote(String line) {
        char first = line.charAt(0);
        if (first != '“' && first != '"') {
            return false;
        }
        for (int i = 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '”' || c == '“' || c == '"') {
                return false;
            }
        }
        return true;
    }

    /** {@link #skip} without the cache. */
    private boolean skipUncached(Doc d, int offset) {
        int s = d.lineStart(offset);
        int e = d.lineEnd(offset);
        String line = d.text.substring(s, e).strip();
        if (lex.isBoilerplateStart(line)) {
            return true;
        }
        String bare = TRAILING_MARKS.matcher(line).replaceAll("");
        if (bare.isEmpty() || ".!?…:;".indexOf(bare.charAt(bare.length() - 1)) >= 0) {
            return false;
        }
        if (s > firstLineEnd(d.text) && RUNNING_TEXT.matcher(bare).find()) {
            return false; // a paragraph whose end the page cut off or a credit follows ("… said. REUTERS")
        }
        if (s > firstLineEnd(d.text) && cutOff(d.text, e, line)) {
            return false; // the text's last paragraph, cut off mid-sentence by the page
        }
        int words = QuoteAttacher.words(bare, 0, bare.length());
        boolean headline = s <= firstLineEnd(d.text);
        if (headline && colon != null && colon.match(d, d.tokenFrom(s)) != null) {
            return false; // "Fees will not rise: port chief"
        }
        if (headline && marks != null && d.quotes.stream().anyMatch(q -> q.open() >= s && q.open() < e && marks.headlineQuote(d, q))) {
            return false; // "Port authority ‘deeply concerned’ about dredging plan"
        }
        if (headline ? words >= MIN_HEADLINE_REPORT_WORDS && (!titleCase(bare) || Stretches.hasQuote(d, d.tokenFrom(s), d.tokenFrom(e))) && reports(d, s, e)
                : words >= MIN_DECK_WORDS && !titleCase(bare) && reports(d, s, e)) {
            return false; // a headline or a deck under it: "The Pentagon has said the pact could ‘destabilize’ the region"
        }
        if (words <= MAX_HEADLINE_WORDS) {
            // a short line without a full stop: headline, caption or subhead
            return true;
        }
        return titleCase(bare);
    }

    /**
     * Whether a finite verb of saying outside quote marks stands in the line from offset s to e
     * (not "‘Tens’ of nationals being denied entry").
     */
    private boolean reports(Doc d, int s, int e) {
        int from = d.tokenFrom(s);
        int to = d.tokenFrom(e);
        for (int k = from; k < to && k < d.tok.length; k++) {
            boolean perfect = k > from && "VBN".equals(d.tok[k].pos()) && "have".equals(d.tok[k - 1].lemma()); // "has announced"
            if (d.quoteOf[k] < 0 && (Tokens.finiteVerb(d.tok[k].pos()) || perfect) && lex.cueAt(d, k, to) != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether at least seven in ten of the line's four or more words open with a capital. */
    private static boolean titleCase(String bare) {
        int words = 0, caps = 0;
        for (String w : WORD_SPLIT.split(bare)) {
            String x = LEADING_PUNCT.matcher(w).replaceAll("");
            if (!x.isEmpty() && Character.isLetter(x.charAt(0))) {
                words++;
                if (Character.isUpperCase(x.charAt(0))) {
                    caps++;
                }
            }
        }
        return words >= 4 && caps * 10 >= words * 7;
    }
}
