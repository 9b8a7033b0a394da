package dev.stancekit.quotes;

import java.util.Locale;

/**
 * Recognises quote marks around a name rather than spoken words: a so-called term, or the
 * title of a show, book, report or film after a preposition, a possessive or a noun naming a
 * work. Stateless and thread-safe.
 */
final class QuotedTitles {

    /** Most words of a title in quote marks after a preposition ("on “Meet the Press”"). */
    private static final int MAX_TITLE_WORDS = 7;
    /** Most words of a title after a noun naming a work ("a report, “Dial Tone: Crisis Communication Between …”"). */
    private static final int MAX_WORK_TITLE_WORDS = 15;

    private final Lexicon lex;

    QuotedTitles(Lexicon lex) {
        this.lex = lex;
    }

    /** Whether the mark at {@code open} follows "so-called": a term, not a quote. */
    static boolean soCalled(String text, int open) {
        int s = Math.max(0, open - 12);
        String before = text.substring(s, open).strip().toLowerCase(Locale.ROOT);
        return before.endsWith("so-called") || before.endsWith("so called");
    }

    /** A given name or initials right before a nickname's marks ("Ferdinand", "C.L."). */
    private static final java.util.regex.Pattern NAME_BEFORE = java.util.regex.Pattern.compile("(?:\\b[A-Z][a-z][A-Za-z'-]*|\\b(?:[A-Z]\\.)+) $");
    /** A nickname: one capitalised word. */
    private static final java.util.regex.Pattern NICKNAME = java.util.regex.Pattern.compile("[A-Z][A-Za-z'-]*");
    /** A surname right after a nickname's marks. */
    private static final java.util.regex.Pattern NAME_AFTER = java.util.regex.Pattern.compile("^ [A-Z][a-z]");

    /**
     * A nickname in double quote marks inside a person's name: {@code Ferdinand “Bongbong” Marcos},
     * {@code C.L. "Butch" Otter}. One capitalised word between a given name (or initials) and a
     * surname, with single spaces on both sides, in a line that is not all capitals.
     */
    static boolean nickname(String text, QuoteMarks.Marked q) {
        if (!q.closed() || q.family() != QuoteMarks.Family.DOUBLE && q.family() != QuoteMarks.Family.STRAIGHT || q.open() < 2 || q.close() + 3 > text.length()
                || !NICKNAME.matcher(text.substring(q.start(), q.end())).matches()) {
            return false;
        }
        String before = text.substring(Math.max(0, q.open() - 30), q.open());
        return NAME_BEFORE.matcher(before).find()
                && NAME_AFTER.matcher(text.substring(q.close(), Math.min(text.length(), q.close() + 3))).find()
                && !titleCaseAround(text, q);
    }

    /** Letters either side of a nickname's marks looked at for a lower-case word. */
    private static final int NICKNAME_WINDOW = 40;

    /**
     * Whether the words around the marks, on their line, all start with a capital: a title-case
     * headline ("Why She Felt “Invisible” As A Child"), where capitals say nothing of names.
     */
    private static boolean titleCaseAround(String text, QuoteMarks.Marked q) {
        int a = Math.max(0, q.open() - NICKNAME_WINDOW), b = Math.min(text.length(), q.close() + NICKNAME_WINDOW);
        String around = text.substring(a, b);
        int nl = around.lastIndexOf('\n', q.open() - a);
        int end = around.indexOf('\n', q.close() - a);
        around = around.substring(nl + 1, end < 0 ? around.length() : end);
        for (String w : around.split("[\\s\"“”]+")) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A short title-case stretch after a preposition or a possessive: the name of a show, book or
     * film ({@code told CBS's “Face the Nation,”}, {@code said on “Meet the Press.”}). Every word
     * starts with a capital except function words (determiners, prepositions, conjunctions).
     */
    static boolean titleAfterPreposition(Doc d, QuoteMarks.Marked q) {
        int open = d.tokenFrom(q.open());
        int p = open - 1;
        // "NBC News’ “Meet the Press”": an apostrophe after a plural is a possessive the tagger may read as a mark
        boolean pluralPossessive = p > 0 && ("’".equals(d.word(p)) || "'".equals(d.word(p))) && d.word(p - 1).endsWith("s");
        if (p < 0 || open >= d.tok.length || d.quoteOf[p] >= 0 && !pluralPossessive || "that".equalsIgnoreCase(d.word(p))
                || !("IN".equals(d.tok[p].pos()) || "TO".equals(d.tok[p].pos()) || "POS".equals(d.tok[p].pos()) || pluralPossessive)) {
            return false;
        }
        return titleCase(d, q, open, MAX_TITLE_WORDS);
    }

    /** Most words of a name in capitals inside a reported clause (see {@link #nameInReport}). */
    private static final int MAX_REPORTED_NAME_WORDS = 4;

    /**
     * A name of two to four words in capitals inside a reported clause, after a determiner or a
     * possessive, after a word that introduces examples ("including", word type name_introducer) or
     * after a common noun it names ("hacker group “Salt Typhoon”"), in the report of a verb that neither reports only quoted words nor names ("call
     * her an “Aunt Sally”" keeps the quote, and so does a slogan that opens with a verb; "said it was suing after
     * Washington designated it a “Chinese Military Company”", "said the “Clean Network” program
     * would …"): the name of a list, programme or designation, not the speaker's words, so the
     * clause stays reported speech. ("said “Crooked Hillary” would lose" keeps the nickname.)
     */
    boolean nameInReport(Doc d, QuoteMarks.Marked q, Attribution a) {
        int open = d.tokenFrom(q.open());
        int p = open - 1;
        String before = p >= 0 ? d.tok[p].pos() : "";
        boolean naming = a.cueTok() >= 0 && lex.isExactly(d.tok[a.cueTok()].lemma(), Lexicon.WordType.NAMING_VERB);
        int first = d.tokenFrom(q.start());
        boolean slogan = first < d.tok.length && d.tok[first].isVerb(); // "the “Stop the Tolls” movement"
        return a.complement() != Lexicon.Complement.QUOTE && !naming && !slogan && p >= 0 && d.quoteOf[p] < 0
                && ("DT".equals(before) || "PRP$".equals(before) || "POS".equals(before)
                    || lex.isExactly(d.lower(p), Lexicon.WordType.NAME_INTRODUCER)
                    || "NN".equals(before) && Character.isLowerCase(d.word(p).charAt(0)) && allCapitalised(d, q))
                && q.words(d.text) >= 2 && titleCase(d, q, open, MAX_REPORTED_NAME_WORDS);
    }

    /** Whether every word in the marks opens with a capital ("Salt Typhoon", not "Medicare for all"). */
    private static boolean allCapitalised(Doc d, QuoteMarks.Marked q) {
        for (int k = d.tokenFrom(q.start()); k < d.tok.length && d.tok[k].begin() < q.end(); k++) {
            if (Character.isLetter(d.word(k).charAt(0)) && !Character.isUpperCase(d.word(k).charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A short title-case stretch between a determiner (or possessive) and a noun of type
     * {@code named_noun} that it names: {@code the “Joint Sword-2024A” military exercises}, {@code
     * its "One China" policy}. The name of an operation or a policy, not anyone's words; a slogan
     * before another noun ("the “Never Again” movement") stays a quote.
     */
    boolean nameBeforeNoun(Doc d, QuoteMarks.Marked q) {
        int open = d.tokenFrom(q.open());
        int p = open - 1;
        if (p < 0 || open >= d.tok.length || d.quoteOf[p] >= 0
                || !("DT".equals(d.tok[p].pos()) || "PRP$".equals(d.tok[p].pos()) || "POS".equals(d.tok[p].pos()))) {
            return false;
        }
        int after = d.tokenFrom(q.end());
        while (after < d.tok.length && d.isQuoteToken(after)) {
            after++;
        }
        if (after >= d.tok.length || d.quoteOf[after] >= 0 || d.sentOf[after] != d.sentOf[p]) {
            return false;
        }
        int noun = after;
        while (noun < d.tok.length && noun - after < MAX_NAMED_MODIFIERS && "JJ".equals(d.tok[noun].pos()) && d.quoteOf[noun] < 0) {
            noun++; // "the “Joint Sword” military exercises"
        }
        return noun < d.tok.length && d.quoteOf[noun] < 0 && Character.isLowerCase(d.word(noun).charAt(0))
                && lex.isExactly(d.lower(noun), Lexicon.WordType.NAMED_NOUN) && titleCase(d, q, open, MAX_TITLE_WORDS);
    }

    /** Most adjectives between a name in quote marks and the noun it names ("“Joint Sword” joint military exercises"). */
    private static final int MAX_NAMED_MODIFIERS = 2;

    /**
     * Whether the quoted stretch that token {@code inside} belongs to is a short title (see
     * {@link #titleCase}) that ends in a word, not in a comma or a stop ("“Harbour Lights” star").
     */
    static boolean titleEndingInWord(Doc d, int inside) {
        int qi = inside >= 0 && inside < d.tok.length ? d.quoteOf[inside] : -1;
        if (qi < 0) {
            return false;
        }
        QuoteMarks.Marked q = d.quotes.get(qi);
        return q.end() > q.start() && Character.isLetterOrDigit(d.text.charAt(q.end() - 1))
                && titleCase(d, q, d.tokenFrom(q.open()), MAX_TITLE_WORDS);
    }

    /** Whether the quoted words are a short title: capitals except on function words after the first. */
    private static boolean titleCase(Doc d, QuoteMarks.Marked q, int open, int maxWords) {
        int words = 0;
        for (int k = open; k < d.tok.length && d.tok[k].begin() < q.end(); k++) {
            if (d.tok[k].begin() < q.start()) {
                continue;
            }
            String w = d.word(k);
            if (!Character.isLetter(w.charAt(0))) {
                continue;
            }
            String pos = d.tok[k].pos();
            boolean function = "DT".equals(pos) || "IN".equals(pos) || "CC".equals(pos) || "TO".equals(pos);
            if (++words > maxWords || !Character.isUpperCase(w.charAt(0)) && (words == 1 || !function)) {
                return false;
            }
        }
        return words > 0;
    }

    /**
     * A short title-case stretch right after a participle of a naming verb (word type
     * {@code naming_verb}) that opens the sentence or follows a noun or comma: the name of an
     * operation or a plan ({@code the drills, dubbed “Joint Thunder”}, {@code Named “Blue Tide”, the
     * exercise …}). A finite verb with a subject ("Beijing called “…”") is left to the cues.
     */
    boolean nameAfterNamingVerb(Doc d, QuoteMarks.Marked q) {
        int open = d.tokenFrom(q.open());
        int p = open - 1;
        if (p < 0 || open >= d.tok.length || d.quoteOf[p] >= 0
                || !lex.isExactly(d.tok[p].lemma().toLowerCase(Locale.ROOT), Lexicon.WordType.NAMING_VERB)) {
            return false;
        }
        boolean opening = p == d.sentStart[d.sentOf[p]];
        boolean participle = "VBN".equals(d.tok[p].pos()) && p > 0
                && (",".equals(d.word(p - 1)) || d.tok[p - 1].pos().startsWith("NN") || "HYPH".equals(d.tok[p - 1].pos())); // "code-named"
        // "a white paper titled “China’s Arms Control, Disarmament, and Nonproliferation in the New Era”": a participle names a work, which may be long
        return (opening || participle) && titleCase(d, q, open, participle ? MAX_WORK_TITLE_WORDS : MAX_TITLE_WORDS);
    }

    /** Most tokens of the subject in "what SUBJECT called “…”" ("what the foreign ministry called"). */
    private static final int MAX_WHAT_SUBJECT = 4;

    /**
     * Whether the marks follow "what X called" (a free relative, a subject of a few words, a
     * naming verb and an optional article): {@code what it called “Taiwan independence”}. The
     * writer gives the words as X's, so even a term (word type term) is a quote there.
     */
    boolean namedByWhat(Doc d, QuoteMarks.Marked q) {
        int p = d.tokenFrom(q.open()) - 1;
        if (p >= 0 && lex.isExactly(d.lower(p), Lexicon.WordType.ARTICLE)) {
            p--;
        }
        if (p < 2 || d.quoteOf[p] >= 0 || !lex.isExactly(d.tok[p].lemma().toLowerCase(Locale.ROOT), Lexicon.WordType.NAMING_VERB)) {
            return false;
        }
        for (int k = p - 1; k >= 0 && k >= p - 1 - MAX_WHAT_SUBJECT && d.quoteOf[k] < 0; k--) {
            if (Tokens.freeRelative(lex, d, k, 0)) {
                return k < p - 1;
            }
            if (!(NounPhrases.npToken(d.tok[k]) || "PRP".equals(d.tok[k].pos()) || d.tok[k].isVerb() && k == p - 1)) {
                return false;
            }
        }
        return false;
    }

    /**
     * A title-case stretch right after a noun of type work and an optional comma: {@code a report,
     * “Dial Tone: Crisis Talks”}, {@code the documentary “Thirteen Days”}.
     */
    boolean titleAfterWork(Doc d, QuoteMarks.Marked q) {
        int open = d.tokenFrom(q.open());
        int p = open - 1;
        if (p >= 0 && ",".equals(d.word(p))) {
            p--;
        }
        return p >= 0 && d.quoteOf[p] < 0 && d.tok[p].pos().startsWith("NN") && lex.is(d.word(p), Lexicon.WordType.WORK)
                && titleCase(d, q, open, MAX_WORK_TITLE_WORDS);
    }
}
