package dev.stancekit.quotes;

import dev.stancekit.nlp.Token;

/**
 * Part-of-speech patterns the reported-speech rules share: whether a clause, a that-clause or
 * only adverbials follow a verb of saying, and whether a stretch holds a verb or a quote.
 */
final class Clauses {

    /** Most adverbs before the noun phrase of a clause's subject ("nearly", "about"). */
    private static final int MAX_NP_ADVERBS = 3;
    /** Most words of that noun phrase. */
    private static final int MAX_NP_WORDS = 6;

    private Clauses() {
    }

    /**
     * Whether a finite clause starts at token k: a subject (a pronoun, or a short noun phrase)
     * and then its finite verb ("claims he's worth", "predicts the party will lose"). A relative
     * clause of at most {@code maxInsertion} tokens between commas may follow the subject.
     */
    static boolean clauseFollows(Doc d, int k, int b, int maxInsertion) {
        while (k + 1 < b && d.tok[k].pos().startsWith("RB") && d.quoteOf[k] < 0
                && ("PRP".equals(d.tok[k + 1].pos()) || "that".equalsIgnoreCase(d.word(k + 1)))) {
            k++; // "have said repeatedly they …", "said again that …"
        }
        if (k >= b || d.quoteOf[k] >= 0) {
            return false;
        }
        if ("that".equalsIgnoreCase(d.word(k)) && "IN".equals(d.tok[k].pos())) {
            k++; // "said that he …"
            if (k >= b || d.quoteOf[k] >= 0) {
                return false;
            }
        }
        String p0 = d.tok[k].pos();
        int j = k;
        if ("PRP".equals(p0) || "EX".equals(p0)) {
            j = k + 1;
        } else {
            j = nounPhraseEnd(d, k, b);
            if (j < 0) {
                return false;
            }
            // "the situation in the South China Sea was …": one prepositional phrase after the noun
            if (j + 1 < b && "IN".equals(d.tok[j].pos()) && !"that".equalsIgnoreCase(d.word(j))) {
                int e = nounPhraseEnd(d, j + 1, b);
                j = e < 0 ? j : e;
            }
            j = afterInsertion(d, j, b, maxInsertion);
        }
        if (j + 1 < b && "and".equalsIgnoreCase(d.word(j)) && d.quoteOf[j + 1] < 0) {
            // "said he and his father drove …": a second noun phrase joined to the subject
            int e = "PRP".equals(d.tok[j + 1].pos()) ? j + 2 : nounPhraseEnd(d, j + 1, b);
            j = e < 0 ? j : e;
        }
        while (j < b && d.tok[j].pos().startsWith("RB")) {
            j++;
        }
        if (j >= b) {
            return false;
        }
        String v = d.tok[j].pos();
        // after a subject pronoun a base form is a present tense the tagger missed ("they trust"),
        // and a clitic "'s" is "is" or "has" ("it’s up to him")
        boolean afterPronoun = "PRP".equals(p0) && j == k + 1
                && ("VB".equals(v) || "POS".equals(v) && d.word(j).endsWith("s"));
        return "VBD".equals(v) || "VBZ".equals(v) || "VBP".equals(v) || "MD".equals(v) || afterPronoun;
    }

    /**
     * The end (exclusive) of a short noun phrase starting at token k ("the big steel plant",
     * "at least six planes", "her campaign's"), or -1 when none starts there.
     */
    static int nounPhraseEnd(Doc d, int k, int b) {
        int j = k;
        if (j + 1 < b && "at".equalsIgnoreCase(d.word(j)) && "least".equalsIgnoreCase(d.word(j + 1))) {
            j += 2;
        }
        while (j < b && j - k < MAX_NP_ADVERBS && d.tok[j].pos().startsWith("RB")) {
            j++; // "nearly", "about"
        }
        int from = j;
        while (j < b && j - from < MAX_NP_WORDS && d.quoteOf[j] < 0 && ("DT".equals(d.tok[j].pos()) || "PRP$".equals(d.tok[j].pos())
                || d.tok[j].pos().startsWith("JJ") || "CD".equals(d.tok[j].pos())
                || "POS".equals(d.tok[j].pos()) || "HYPH".equals(d.tok[j].pos()) || d.tok[j].pos().startsWith("NN")
                || j > from && degree(d, j, b))) {
            j++;
        }
        return j == from || !d.tok[j - 1].pos().startsWith("NN") && !"PRP".equals(d.tok[j - 1].pos()) ? -1 : j;
    }

    /** "most" or "more" before an adjective inside a noun phrase ("their most urgent task"). */
    private static boolean degree(Doc d, int j, int b) {
        String p = d.tok[j].pos();
        return ("RBS".equals(p) || "RBR".equals(p)) && j + 1 < b && "JJ".equals(d.tok[j + 1].pos());
    }

    /**
     * After a subject, a relative clause or apposition between commas ("the decision, which
     * struck down the limits, shows") of at most {@code max} tokens: the token after the second
     * comma; else {@code j}.
     */
    private static int afterInsertion(Doc d, int j, int b, int max) {
        if (j + 1 >= b || !",".equals(d.word(j)) || !d.tok[j + 1].pos().startsWith("W")) {
            return j;
        }
        for (int k = j + 2; k < b && k - j <= max; k++) {
            if (d.quoteOf[k] >= 0 || ";".equals(d.word(k))) {
                return j;
            }
            if (",".equals(d.word(k))) {
                return k + 1;
            }
        }
        return j;
    }

    /**
     * Whether an object and a to-infinitive follow ("urged people not to spread rumors", "asked
     * the board to wait"): a short noun phrase or an object pronoun, then "to" and a verb.
     */
    static boolean objectInfinitive(Doc d, int k, int b) {
        if (k >= b || d.quoteOf[k] >= 0) {
            return false;
        }
        int j = "PRP".equals(d.tok[k].pos()) ? k + 1 : nounPhraseEnd(d, k, b);
        if (j < 0) {
            return false;
        }
        if (j < b && "not".equalsIgnoreCase(d.word(j))) {
            j++;
        }
        return j + 1 < b && "TO".equals(d.tok[j].pos()) && "VB".equals(d.tok[j + 1].pos()) && d.quoteOf[j + 1] < 0;
    }

    /**
     * Whether a clause ({@link #clauseFollows}) or, after adverbials, a that-clause ({@link
     * #thatAfterAdverbial}) starts at token k: the content a verb of saying needs for the looser
     * subject searches.
     */
    static boolean reportFollows(Doc d, int k, int b, int maxInsertion, int maxAdverbial) {
        return clauseFollows(d, k, b, maxInsertion) || thatAfterAdverbial(d, k, b, maxAdverbial);
    }

    /**
     * Whether a that-clause follows after adverbial phrases of at most {@code max} tokens ("said
     * on Thursday that", "told reporters in Ohio that").
     */
    static boolean thatAfterAdverbial(Doc d, int k, int b, int max) {
        for (int j = k; j < b && j - k <= max; j++) {
            Token t = d.tok[j];
            if (d.quoteOf[j] >= 0) {
                return false;
            }
            if ("that".equalsIgnoreCase(t.word()) && "IN".equals(t.pos())) {
                return j + 2 < b && d.quoteOf[j + 1] < 0;
            }
            String p = t.pos();
            if (!("IN".equals(p) || "DT".equals(p) || "JJ".equals(p) || "CD".equals(p) || p.startsWith("NN")
                    || p.startsWith("RB") || "PRP".equals(p) || "PRP$".equals(p) || ",".equals(p))) {
                return false;
            }
        }
        return false;
    }

    /** Most tokens inside a parenthesis that an attribution may carry ("(R-Tenn.)", "(pictured)"). */
    static final int MAX_PARENTHESIS = 8;

    /**
     * The closing parenthesis of a short parenthesis without a finite verb or quote mark opening at
     * {@code k}, or -1.
     */
    private static int parenthesisEnd(Doc d, int k, int b) {
        if (!"-LRB-".equals(d.tok[k].pos())) {
            return -1;
        }
        for (int m = k + 1; m < b && m <= k + MAX_PARENTHESIS + 1; m++) {
            if ("-RRB-".equals(d.tok[m].pos())) {
                return m;
            }
            if (Tokens.finiteVerb(d.tok[m].pos()) || "MD".equals(d.tok[m].pos()) || d.quoteOf[m] >= 0) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Only prepositional phrases, adverbs and punctuation until the sentence end ("said on
     * Tuesday.") or until a comma opening a participle or relative clause ("said, adding ..."),
     * or right away a clause of its own after a conjunction ("said, but he warned ..."); a name in
     * quote marks after a noun counts as one of its words ("said on the show “Harbor Talk.”",
     * see {@link QuotedNames}); a clause of time, opened by a word of type {@code time_clause},
     * counts as an adverbial ("said as he met Biden", "said after meeting aides").
     */
    static boolean adverbialOnly(Doc d, Lexicon lex, int from, int b, boolean clauseMayFollow) {
        for (int k = from; k < b; k++) {
            Token t = d.tok[k];
            if (clauseMayFollow && k == from && t.pos().startsWith("W")) {
                return true;
            }
            if (clauseMayFollow && ("IN".equals(t.pos()) || "WRB".equals(t.pos())) && lex.is(d.word(k), Lexicon.WordType.TIME_CLAUSE)
                    && d.quoteOf[k] < 0 && k + 1 < b
                    && ("PRP".equals(d.tok[k + 1].pos()) || "VBG".equals(d.tok[k + 1].pos())
                        || ("DT".equals(d.tok[k + 1].pos()) || "NNP".equals(d.tok[k + 1].pos())) && clauseFollows(d, k + 1, b, 0))) {
                // "…, Xi said as he met Biden, acknowledging …", "…, Trump suggested on Monday while
                // discussing tariffs": the time of the report; what follows its comma decides
                int comma = k + 1;
                while (comma < b && !(",".equals(d.word(comma)) && d.quoteOf[comma] < 0)) {
                    if (d.quoteOf[comma] >= 0 || d.isQuoteToken(comma) || "that".equalsIgnoreCase(d.word(comma))) {
                        return false; // "said after the vote was counted that …": a report of its own follows
                    }
                    comma++;
                }
                if (comma >= b) {
                    return true;
                }
                k = comma - 1;
                continue;
            }
            if (clauseMayFollow && ",".equals(t.word()) && k + 1 < b && ("VBG".equals(d.tok[k + 1].pos())
                    || d.tok[k + 1].pos().startsWith("W") || d.isQuoteToken(k + 1)
                    || "IN".equals(d.tok[k + 1].pos()) && !"that".equalsIgnoreCase(d.word(k + 1))
                    || k == from && "CC".equals(d.tok[k + 1].pos()) && clauseFollows(d, k + 2, b, 0))) {
                return true; // ", adding …", ", who …", ", but he warned …"
            }
            if (clauseMayFollow && ",".equals(t.word()) && k + 2 < b && d.quoteOf[k + 1] < 0
                    && ("a".equalsIgnoreCase(d.word(k + 1)) || "an".equalsIgnoreCase(d.word(k + 1)))
                    && d.tok[k + 2].pos().startsWith("NN")) {
                return true; // "…, the minister said on Thursday, a sign of …": the writer's comment on the report
            }
            if (clauseMayFollow && k > from && "IN".equals(d.tok[from].pos()) && d.tok[k - 1].pos().startsWith("NN")
                    && ("that".equalsIgnoreCase(t.word()) || "WDT".equals(t.pos())) && k + 1 < b
                    && Tokens.finiteVerb(d.tok[k + 1].pos()) && d.quoteOf[k] < 0) {
                return true; // "said at the end of talks that featured clashes": a relative clause on the adverbial's noun
            }
            int close = QuotedNames.afterNoun(d, k, from, b);
            if (close > k) {
                k = close; // "said Wednesday on the radio show “Harbor Talk.”": a name in quote marks
                continue;
            }
            int shut = parenthesisEnd(d, k, b);
            if (shut > k) {
                k = shut; // "said Sen. Bob Lane (R-Tenn.)", "said the minister (pictured)"
                continue;
            }
            String p = t.pos();
            if (p.startsWith("VB") && !"VB".equals(p) && k > from && "IN".equals(d.tok[from].pos())
                    && d.quoteOf[k] < 0 && (p.equals("VBN") || p.equals("VBG") || p.equals("VBD"))
                    && (d.tok[k - 1].pos().startsWith("NN") || "DT".equals(d.tok[k - 1].pos()))) {
                continue; // "in a statement posted on its website"
            }
            if (k == from && "VBN".equals(p) && k + 1 < b && "by".equalsIgnoreCase(d.word(k + 1)) && d.quoteOf[k] < 0) {
                continue; // "said a statement issued by the minister's office on Tuesday": a reduced relative
            }
            // "said X, its president and CEO": a coordinator between nouns of the apposition
            boolean nounAnd = "CC".equals(p) && k + 1 < b && (d.tok[k + 1].pos().startsWith("NN")
                    || "DT".equals(d.tok[k + 1].pos()) || "JJ".equals(d.tok[k + 1].pos()));
            boolean ok = nounAnd || "IN".equals(p) && !"that".equalsIgnoreCase(t.word()) || p.startsWith("NN")
                    || "DT".equals(p) || "JJ".equals(p) || "CD".equals(p) || p.startsWith("RB")
                    || "PRP$".equals(p) || "POS".equals(p) || ".".equals(p) || ",".equals(p) || "HYPH".equals(p);
            if (!ok || d.quoteOf[k] >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * After an inverted speaker, an apposition whose noun a relative clause or a participle
     * modifies: {@code …, said X, an analyst who has written on the topic.}, {@code …, said X, an
     * aide currently working for the mayor.}; whatever follows belongs to the speaker's words.
     */
    static boolean modifiedApposition(Doc d, int k, int b) {
        if (k + 1 >= b || !",".equals(d.word(k))) {
            return false;
        }
        int e = nounPhraseEnd(d, k + 1, b);
        if (e < 0 || e >= b) {
            return false;
        }
        while (e < b && d.tok[e].pos().startsWith("RB")) {
            e++;
        }
        String p = e < b ? d.tok[e].pos() : "";
        return d.quoteOf[e < b ? e : b - 1] < 0 && ("WP".equals(p) || "WDT".equals(p) || "VBG".equals(p) || "VBN".equals(p));
    }

    /** Whether a that-clause or colon opens right after the speaker ("said X, that …"). */
    static boolean thatFollows(Doc d, int from, int b) {
        int k = from < b && ",".equals(d.word(from)) ? from + 1 : from;
        return k < b && (":".equals(d.word(k)) || "that".equalsIgnoreCase(d.word(k)) && "IN".equals(d.tok[k].pos()));
    }

    /**
     * Whether a subordinating word ("if", "whether", "what", "because", "that") stands between
     * tokens {@code from} and {@code to}: a verb of saying after it is part of the content.
     */
    static boolean subordinate(Doc d, int from, int to) {
        for (int k = from; k < to; k++) {
            String p = d.tok[k].pos();
            if (d.quoteOf[k] < 0 && ("IN".equals(p) && !"of".equalsIgnoreCase(d.word(k)) || p.startsWith("W"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether tokens from..to-1 hold quoted words ("called it “x”, and said ..."). */
    static boolean quotedBefore(Doc d, int from, int to) {
        for (int j = from; j < to; j++) {
            if (d.quoteOf[j] >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether tokens from..to-1 hold quoted words or a quote mark. */
    static boolean hasQuote(Doc d, int from, int to) {
        for (int k = from; k < to; k++) {
            if (d.quoteOf[k] >= 0 || d.isQuoteToken(k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether tokens from..to-1 hold a finite verb or quoted words. */
    static boolean finiteBefore(Doc d, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Tokens.finiteVerb(d.tok[k].pos()) || d.quoteOf[k] >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * As {@link #finiteBefore}, also counting a past tense the tagger read as a participle when it
     * follows a noun and takes an object ("The two sides held/VBN candid talks"); a participle
     * followed by a preposition or a name is a reduced relative ("the men held in
     * custody", "the deal signed Friday").
     */
    static boolean clauseBefore(Doc d, int from, int to) {
        if (finiteBefore(d, from, to)) {
            return true;
        }
        for (int k = from + 1; k + 1 < to; k++) {
            String next = d.tok[k + 1].pos();
            if ("VBN".equals(d.tok[k].pos()) && d.tok[k - 1].pos().startsWith("NN") && d.quoteOf[k] < 0
                    && ("DT".equals(next) || "JJ".equals(next) || "NN".equals(next) || "NNS".equals(next) || "PRP$".equals(next) || "CD".equals(next))) {
                return true;
            }
        }
        return false;
    }

    /** Whether tokens from..to-1 hold a finite verb outside quote marks (a clause of the writer's). */
    static boolean finiteOutsideQuotes(Doc d, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Tokens.finiteVerb(d.tok[k].pos()) && d.quoteOf[k] < 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether tokens from..to-1 hold a verb outside quote marks (a title in marks is no clause). */
    static boolean verbOutsideQuotes(Doc d, int from, int to) {
        for (int k = from; k < to; k++) {
            if (d.tok[k].isVerb() && d.quoteOf[k] < 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether tokens from..to-1 hold a verb or quoted words. */
    static boolean hasVerb(Doc d, int from, int to) {
        for (int k = from; k < to; k++) {
            if (d.tok[k].isVerb() || d.quoteOf[k] >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A to-infinitive at token cs: "vowed to fight on", "claimed to have won" (not "wrote to the senator"). */
    static boolean infinitive(Doc d, int cs, int b) {
        return cs + 1 < b && "to".equalsIgnoreCase(d.word(cs)) && d.quoteOf[cs] < 0
                && ("VB".equals(d.tok[cs + 1].pos()) || "VBP".equals(d.tok[cs + 1].pos()));
    }
}
