package dev.stancekit.quotes;

/**
 * A second report that starts inside a content and ends it: "X said A, and other leaders said B",
 * "Although X conceded A, he maintained B", "…, which he said were …". Part of {@link ContentEnd}.
 * Immutable, thread-safe.
 */
final class NewReports {

    private final Lexicon lex;

    NewReports(Lexicon lex) {
        this.lex = lex;
    }

    /** How many proper-noun tokens run from token k in direction step (outside quote marks); 0 when a person's name is among them. */
    private static int properRun(Doc d, int k, int step) {
        int n = 0;
        for (int j = k; j >= 0 && j < d.tok.length && d.tok[j].pos().startsWith("NNP") && d.quoteOf[j] < 0; j += step) {
            if (d.tok[j].isPerson()) {
                return 0; // "Sen. Susan Collins and Rep. Louis Gohmert suggested": two people, two reports
            }
            n++;
        }
        return n;
    }

    /** Whether tokens [from, to) are only a noun phrase: determiners, adjectives, numbers and nouns. */
    private static boolean nounPhraseOnly(Doc d, int from, int to) {
        for (int j = from; j < to; j++) {
            String p = d.tok[j].pos();
            if (d.quoteOf[j] >= 0 || !(p.startsWith("NN") || p.startsWith("JJ") || "DT".equals(p) || "CD".equals(p)
                    || "PRP$".equals(p) || "POS".equals(p))) {
                return false;
            }
        }
        return to > from;
    }

    /** Most tokens of the subject of a second report after a comma ("…, and other leaders said"). */
    private static final int MAX_NEW_SUBJECT = 10;

    /**
     * "X said A, and other leaders said B", "Although X conceded A, he maintained B": after a comma
     * (and a coordinator), a short subject and its own finite verb of saying start a new report.
     */
    boolean startsAt(Doc d, int cs, int k, int b) {
        // the comma may stand inside the closing mark: "claimed that “A,” aides said B"
        boolean closing = d.isQuoteToken(k) && d.quoteOf[k] < 0 && k - 1 > cs && ",".equals(d.word(k - 1));
        // "accused the PLA of failing to attend and the Chinese said …": a coordinator without a comma too
        boolean coordinator = lex.isLowered(d.word(k), Lexicon.WordType.COORDINATOR) && d.quoteOf[k] < 0;
        // "said its supply was stable while rival Stellantis said …": a contrasting conjunction without a comma too
        boolean contrast = !coordinator && d.quoteOf[k] < 0 && lex.isLowered(d.word(k), Lexicon.WordType.BOUNDARY)
                && lex.isLowered(d.word(k), Lexicon.WordType.SUBORDINATOR);
        if (!(",".equals(d.word(k)) && d.quoteOf[k] < 0 || closing || coordinator || contrast) || k <= cs + 1) {
            return false;
        }
        if (coordinator && properRun(d, k - 1, -1) >= 2 && properRun(d, k + 1, 1) >= 2) {
            return false; // "the Taipei Economic and Cultural Representative Office has asked": one name
        }
        if (coordinator && nounPhraseOnly(d, cs, k) && lex.isLowered(d.word(k), Lexicon.WordType.NOUN_JOINER)
                && k + 1 < b && (d.tok[k + 1].pos().startsWith("NN") && !d.tok[k + 1].pos().startsWith("NNP")
                    || d.tok[k + 1].pos().startsWith("JJ"))) {
            return false; // "said some countries and regions have expressed understanding": one subject of two nouns
        }
        int j = coordinator ? k : k + 1; // after a contrasting conjunction, its subject
        if (j < b && lex.isLowered(d.word(j), Lexicon.WordType.COORDINATOR)) {
            j++;
        } else if (j + 1 < b && "WDT".equals(d.tok[j].pos()) && "PRP".equals(d.tok[j + 1].pos())) {
            j++; // "expressed concern about delays, which he said were …": a report of its own inside a relative clause
        } else if (j + 2 < b && ("IN".equals(d.tok[j].pos()) || "TO".equals(d.tok[j].pos())) && "WDT".equals(d.tok[j + 1].pos())) {
            j += 2; // "maintained that A, to which Carter fired back B": the reply is another speaker's report
        }
        int subj = j;
        j = afterApproximation(d, j, b);
        while (j < b && j - subj < MAX_NEW_SUBJECT && d.quoteOf[j] < 0 && (d.tok[j].pos().startsWith("NN")
                || "PRP".equals(d.tok[j].pos()) || "DT".equals(d.tok[j].pos()) || d.tok[j].pos().startsWith("JJ")
                || "CD".equals(d.tok[j].pos()) || "POS".equals(d.tok[j].pos()) && j > subj
                || ("HYPH".equals(d.tok[j].pos()) || "VBN".equals(d.tok[j].pos()) && "HYPH".equals(d.tok[j - 1].pos())) && j > subj
                || "IN".equals(d.tok[j].pos()) && j > subj)) {
            j++;
        }
        while (j < b && (d.tok[j].pos().startsWith("RB") || "MD".equals(d.tok[j].pos()))) {
            j++;
        }
        // "Cruz, who says A, said B": a verb of saying right after the comma has the subject before
        boolean sameSubject = j == subj && ",".equals(d.word(k)) && k + 1 < b && !lex.isLowered(d.word(k + 1), Lexicon.WordType.COORDINATOR);
        int finite = j;
        if (j > subj && j + 1 < b && Tokens.finiteVerb(d.tok[j].pos()) && "have".equals(d.tok[j].lemma())
                && "VBN".equals(d.tok[j + 1].pos())) {
            j++; // "…, and Trump has said he would like it": the perfect of a verb of saying
        }
        Lexicon.Cue cue = j < b ? lex.cueAt(d, j, b) : null;
        // "said that during the summit, Biden raised the importance of …": a verb with a noun
        // complement inside the content reports within it
        // "with the president saying A, and China saying B": a second subject of an absolute participle
        boolean absolute = j > subj && ",".equals(d.word(k)) && k + 1 < b
                && lex.isLowered(d.word(k + 1), Lexicon.WordType.COORDINATOR) && finite < b && "VBG".equals(d.tok[finite].pos());
        return (j > subj || sameSubject) && j < b && (Tokens.finiteVerb(d.tok[finite].pos()) || absolute) && d.quoteOf[j] < 0
                && cue != null && (cue.complement() != Lexicon.Complement.NOUN
                || j + cue.length() < b && "that".equalsIgnoreCase(d.word(j + cue.length())))
                && !(j > subj && cue.complement() == Lexicon.Complement.THAT && nounObject(d, j + cue.length(), b))
                // "that despite friction, the two powers concluded five rounds of talks": a verb that
                // reports only quoted words reports nothing without them (one that names, "call
                // themselves conservative", still does)
                && !(cue.complement() == Lexicon.Complement.QUOTE && !Stretches.hasQuote(d, j, b)
                    && !lex.isExactly(d.tok[j].lemma(), Lexicon.WordType.NAMING_VERB));
    }

    /**
     * "said that in the past year, the ministry has maintained silence", "… have maintained candid
     * communication": a noun object (adjectives may come first) after a verb that reports only a
     * clause is what the verb does, not a report of its own.
     */
    private static boolean nounObject(Doc d, int k, int b) {
        if (k >= b || d.quoteOf[k] >= 0 || Clauses.clauseFollows(d, k, b, 0)) {
            return false; // "…, he argued the probe could not go on": a clause of its own
        }
        String p = d.tok[k].pos();
        if (p.startsWith("JJ")) {
            // "have maintained candid and effective communication": adjectives before the noun
            int j = k;
            while (j < b && d.quoteOf[j] < 0 && (d.tok[j].pos().startsWith("JJ") || "CC".equals(d.tok[j].pos())
                    || ",".equals(d.word(j)))) {
                j++;
            }
            return j < b && ("NN".equals(d.tok[j].pos()) || "NNS".equals(d.tok[j].pos())) && d.quoteOf[j] < 0;
        }
        return "NN".equals(p) || "NNS".equals(p) || "PRP$".equals(p)
                || "DT".equals(p) && !"that".equalsIgnoreCase(d.word(k)) && k + 1 < b && d.tok[k + 1].pos().startsWith("NN");
    }

    /**
     * "nearly three in five", "more than 4 in 10", "just 8 percent": the token after an adverb or
     * comparative (and "than") that opens a share (a number and a word of type {@code share}); j itself when there is none.
     */
    private int afterApproximation(Doc d, int j, int b) {
        int k = j;
        while (k < b && k - j < 2 && d.quoteOf[k] < 0 && (d.tok[k].pos().startsWith("RB") || "JJR".equals(d.tok[k].pos())
                || "than".equalsIgnoreCase(d.word(k)))) {
            k++;
        }
        boolean share = k + 1 < b && lex.isExactly(d.lower(k + 1), Lexicon.WordType.SHARE);
        return k > j && share && "CD".equals(d.tok[k].pos()) ? k : j; // not "and then 20 minutes later said"
    }
}
