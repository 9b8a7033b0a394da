package dev.stancekit.quotes;

/**
 * Gates on the object of a verb of saying that {@link ContentForm} asks before it takes the object
 * as what was said: a second object ("denied his party the victory"), a source named by "according
 * to", and the two parties of a readout ("The two sides discussed …") outside a subordinate clause.
 * Stateless.
 */
final class ObjectGates {

    private ObjectGates() {
    }

    /**
     * Whether tokens [cs, ce) after a verb whose first object is its listener hold that listener
     * alone (a pronoun, a name or outlet, a noun of type listener or a speaker noun), with at most
     * where, when or to whom it was said ("told the Daily Planet on Monday", "told ABC's “This
     * Week”", "told 2,000 people gathered at the arena"): no clause, infinitive, "that", quote
     * or topic ("about …") follows; not "told a different story".
     */
    static boolean listenerOnly(Lexicon lex, Doc d, int cs, int ce) {
        if (lex.isExactly(d.lower(cs), Lexicon.WordType.SUBJECT_PRONOUN) && !lex.isExactly(d.lower(cs), Lexicon.WordType.OBJECT_PRONOUN)) {
            return false; // "told them he would stay": the listener was passed over already
        }
        int np = listenerEnd(d, cs, ce);
        if (np <= cs || !listener(lex, d, cs, np)) {
            return false;
        }
        if (np < ce && ("about".equalsIgnoreCase(d.word(np)) || "of".equalsIgnoreCase(d.word(np))
                || Clauses.infinitive(d, np, ce) || Clauses.clauseFollows(d, np, ce, 0))) {
            return false;
        }
        for (int k = np; k < ce; k++) {
            boolean quoted = d.quoteOf[k] >= 0 || d.isQuoteToken(k);
            boolean title = quoted && k > cs && ("IN".equals(d.tok[k - 1].pos()) || "POS".equals(d.tok[k - 1].pos())
                    || d.quoteOf[k - 1] >= 0 || d.isQuoteToken(k - 1));
            if (quoted && !title || !quoted && ("that".equalsIgnoreCase(d.word(k)) || "MD".equals(d.tok[k].pos())
                    || d.tok[k].isVerb() && !participle(d, k, ce))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A participle modifying the noun before it ("people gathered at the arena", "a video posted
     * to its account"), including one the tagger took for a past tense before a preposition.
     */
    private static boolean participle(Doc d, int k, int ce) {
        String p = d.tok[k].pos();
        return "VBN".equals(p) || "VBG".equals(p) || "VBD".equals(p) && d.tok[k - 1].pos().startsWith("NN") && k + 1 < ce
                && ("IN".equals(d.tok[k + 1].pos()) || "TO".equals(d.tok[k + 1].pos()));
    }

    /**
     * The end of the listener phrase at cs: a pronoun, a run of names (with possessives), else a
     * noun phrase up to a determiner after its noun ("the Valley Gazette | the ferry would …"); -1
     * when none opens there.
     */
    static int listenerEnd(Doc d, int cs, int ce) {
        if ("PRP".equals(d.tok[cs].pos())) {
            return cs + 1;
        }
        if (d.tok[cs].pos().startsWith("NNP")) {
            int np = cs;
            while (np < ce && (d.tok[np].pos().startsWith("NNP") || "POS".equals(d.tok[np].pos())) && d.quoteOf[np] < 0) {
                np++;
            }
            // "told ABC's “Good Morning America”": the programme named after the possessive is the listener
            int close = np > cs && "POS".equals(d.tok[np - 1].pos()) ? QuotedNames.afterNoun(d, np, cs, ce) : -1;
            return close > 0 ? close + 1 : np;
        }
        int end = Clauses.nounPhraseEnd(d, cs, ce);
        for (int k = cs + 1; k < end; k++) {
            if (("DT".equals(d.tok[k].pos()) || "PRP$".equals(d.tok[k].pos())) && d.tok[k - 1].pos().startsWith("NN")) {
                return k;
            }
        }
        return end;
    }

    /** Whether tokens [cs, np) can be whom something is told: a pronoun, a name, a listener or a speaker noun ("the Springfield Gazette", "reporters"). */
    private static boolean listener(Lexicon lex, Doc d, int cs, int np) {
        String head = d.word(np - 1);
        if ("PRP".equals(d.tok[cs].pos()) || d.tok[cs].pos().startsWith("NNP") || d.tok[np - 1].pos().startsWith("NNP")
                || lex.is(head, Lexicon.WordType.LISTENER)
                || lex.isSpeakerNoun(head)) {
            return true;
        }
        for (int k = cs; k < np; k++) {
            if ("PERSON".equals(d.tok[k].ner()) || "ORGANIZATION".equals(d.tok[k].ner())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether tokens [cs, ce) say only when the words were said ("reported even on Friday morning",
     * "proposed two months ago", "reported a few days later"): time words (type time), numbers,
     * determiners, adjectives, adverbs and prepositions, at least one time word, no quote.
     */
    static boolean timeOnly(Lexicon lex, Doc d, int cs, int ce) {
        boolean time = false;
        for (int k = cs; k < ce; k++) {
            String p = d.tok[k].pos();
            if (d.quoteOf[k] >= 0 || d.isQuoteToken(k) || "so".equalsIgnoreCase(d.word(k))) {
                return false; // "said so in December": "so" stands for what was said
            }
            if (lex.is(d.word(k), Lexicon.WordType.TIME)) {
                time = true;
            } else if (!("CD".equals(p) || "DT".equals(p) || "JJ".equals(p) || p.startsWith("RB") || "IN".equals(p)
                    || ",".equals(p) || ".".equals(p))) {
                return false;
            }
        }
        return time;
    }

    /** Whether a noun phrase naming someone ("his party", "Carter", "them") and a second one follow at cs. */
    static boolean doubleObject(Doc d, int cs, int ce) {
        for (int k = cs + 1; k + 1 < ce && d.quoteOf[k] < 0; k++) {
            String p = d.tok[k].pos(), before = d.tok[k - 1].pos();
            if (("DT".equals(p) && !"that".equalsIgnoreCase(d.word(k)) || "PRP$".equals(p))
                    && (before.startsWith("NN") || "PRP".equals(before))) {
                return true;
            }
            if (!NounPhrases.npToken(d.tok[k])) {
                return false;
            }
        }
        return false;
    }

    /** Whether a word opening a subordinate clause stands in [a, to) ("when Biden and Xi discussed A": a past meeting told, no readout). */
    static boolean subordinate(Lexicon lex, Doc d, int a, int to) {
        for (int k = a; k < to; k++) {
            if ("WRB".equals(d.tok[k].pos()) || Insertions.subordinator(lex, d.word(k))
                    || lex.is(d.word(k), Lexicon.WordType.TIME_CLAUSE)) {
                return true;
            }
        }
        return false;
    }

    /** Whether "according to" stands in tokens [a, b): the sentence names its own source ("…, according to a statement"). */
    static boolean accordingTo(Doc d, int a, int b) {
        for (int k = a; k + 1 < b; k++) {
            if (Tokens.accordingTo(d, k, b)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the speaker's words name two parties: "the two sides", "both leaders", or a speaker
     * found after "and" and a name that opens the sentence's subject ("The Secretary and Director
     * Wang"; not "Xi arrived in Bali and Biden …", nor "the Department of Commerce and Industry").
     */
    static boolean jointSpeaker(Lexicon lex, Doc d, int a, Speaker sp) {
        if (NounPhrases.bothParties(d, lex, new int[] {sp.start(), sp.end()})) {
            return true;
        }
        int and = sp.start() - 1;
        if (and - 1 < a || !"CC".equals(d.tok[and].pos()) || !d.tok[and - 1].pos().startsWith("NNP")) {
            return false;
        }
        int first = and - 1;
        while (first > a && d.tok[first - 1].pos().startsWith("NNP")) {
            first--;
        }
        for (int k = a; k < first; k++) {
            if (!("DT".equals(d.tok[k].pos()) || ",".equals(d.word(k)) || d.tok[k].pos().startsWith("RB"))) {
                return false; // the names do not open the sentence: another clause or an "of" before them
            }
        }
        return true;
    }

    /** Whether a comma and "that" follow token cs in the sentence ("said, citing concerns, that …"). */
    static boolean thatAfterComma(Doc d, int cs, int b) {
        for (int k = cs; k + 1 < b; k++) {
            if (",".equals(d.word(k)) && d.quoteOf[k] < 0 && Tokens.complementizer(d, k + 1)) {
                return true;
            }
        }
        return false;
    }
}
