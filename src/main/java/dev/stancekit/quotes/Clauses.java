package dev.stancekit.quotes;

import dev.stancekit.nlp.Token;

/**
 * Part-of-speech patterns the reported-speech rules share: whether a clause, a that-clause or an
 * object and a to-infinitive follow a verb of saying, and where a short noun phrase ends. What
 * may trail an attribution is in {@link TrailingTails}; scans of a stretch for a verb or a quote
 * are in {@link Stretches}.
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
        if (Tokens.complementizer(d, k)) {
            k++; // "said that he …"
            if (k >= b || d.quoteOf[k] >= 0) {
                return false;
            }
        }
        String p0 = d.tok[k].pos();
        int j = k;
        // "adding there would be …": an existential "there" the tagger took for the adverb of place
        boolean there = "there".equalsIgnoreCase(d.word(k)) && k + 1 < b
                && ("MD".equals(d.tok[k + 1].pos()) || "be".equals(d.tok[k + 1].lemma()) && Tokens.finiteVerb(d.tok[k + 1].pos()));
        if ("PRP".equals(p0) || "EX".equals(p0) || there) {
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
                || j > from && degree(d, j, b) || j > from && compoundParticiple(d, j) || j > from && participleModifier(d, j, b))) {
            j++;
        }
        return j == from || !d.tok[j - 1].pos().startsWith("NN") && !"PRP".equals(d.tok[j - 1].pos()) ? -1 : j;
    }

    /** A participle after a hyphen inside a noun phrase ("the Chinese-claimed island", "a US-led coalition"). */
    private static boolean compoundParticiple(Doc d, int j) {
        String p = d.tok[j].pos();
        return ("VBN".equals(p) || "VBG".equals(p)) && "HYPH".equals(d.tok[j - 1].pos()) && d.tok[j - 1].end() == d.tok[j].begin();
    }

    /** A participle between a determiner and a noun ("the scheduled tariffs", "its existing rules"). */
    private static boolean participleModifier(Doc d, int j, int b) {
        String p = d.tok[j].pos();
        String before = d.tok[j - 1].pos();
        return ("VBN".equals(p) || "VBG".equals(p)) && ("DT".equals(before) || "PRP$".equals(before))
                && j + 1 < b && d.quoteOf[j + 1] < 0 && (d.tok[j + 1].pos().startsWith("NN") || d.tok[j + 1].pos().startsWith("JJ"));
    }

    /** "most" or "more" before an adjective inside a noun phrase ("their most urgent task"). */
    private static boolean degree(Doc d, int j, int b) {
        String p = d.tok[j].pos();
        return ("RBS".equals(p) || "RBR".equals(p)) && j + 1 < b && "JJ".equals(d.tok[j + 1].pos());
    }

    /**
     * After a subject, a relative clause or a prepositional phrase between commas ("the decision,
     * which struck down the limits, shows", "China, in the spirit of goodwill, has given") of at
     * most {@code max} tokens: the token after the second comma; else {@code j}.
     */
    private static int afterInsertion(Doc d, int j, int b, int max) {
        if (j + 1 >= b || !",".equals(d.word(j)) || !(d.tok[j + 1].pos().startsWith("W")
                || "IN".equals(d.tok[j + 1].pos()) && !"that".equalsIgnoreCase(d.word(j + 1)))) {
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

    /** A to-infinitive at token cs: "vowed to fight on", "claimed to have won" (not "wrote to the senator"). */
    static boolean infinitive(Doc d, int cs, int b) {
        return cs + 1 < b && "to".equalsIgnoreCase(d.word(cs)) && d.quoteOf[cs] < 0
                && ("VB".equals(d.tok[cs + 1].pos()) || "VBP".equals(d.tok[cs + 1].pos()));
    }
    /**
     * "A petition calling on the mayor to resign | has gathered …": after an object and its
     * to-infinitive, the first finite verb outside quote marks that no relative word or "that"
     * opens is the sentence's main verb, whose subject the participle of saying modifies; its
     * index, or {@code ce}.
     */
    static int mainVerbAfterInfinitive(Doc d, int cs, int ce) {
        int to = cs;
        while (to < ce && !"TO".equals(d.tok[to].pos())) {
            to++;
        }
        boolean relative = false;
        for (int k = to + 1; k < ce; k++) {
            String p = d.tok[k].pos();
            relative |= p.startsWith("W") || "that".equalsIgnoreCase(d.word(k));
            if (Tokens.finiteVerb(p) && d.quoteOf[k] < 0) {
                if (!relative) {
                    return k;
                }
                relative = false; // "… over the plan that he proposed | has gathered …": the relative clause's own verb
            }
        }
        return ce;
    }
    /**
     * "Three sailors who the ministry said were detained for years | are back home": in a relative
     * clause whose pronoun is the reported clause's subject, a second finite verb that no
     * coordinator, comma or relative word joins is the main clause's; its index, or {@code ce}.
     */
    static int mainVerbAfterGap(Doc d, int cs, int ce) {
        int k = cs;
        while (k < ce && d.tok[k].pos().startsWith("RB")) {
            k++;
        }
        if (k >= ce || !Tokens.finiteVerb(d.tok[k].pos())) {
            return ce;
        }
        for (int j = k + 1; j < ce; j++) {
            String p = d.tok[j].pos();
            if (d.quoteOf[j] >= 0 || "CC".equals(p) || ",".equals(d.word(j)) || Tokens.dash(d, j) || p.startsWith("W") || "IN".equals(p)
                    && "that".equalsIgnoreCase(d.word(j))) {
                return ce;
            }
            if (Tokens.finiteVerb(p) && !"MD".equals(d.tok[j - 1].pos())) {
                return j;
            }
        }
        return ce;
    }
}
