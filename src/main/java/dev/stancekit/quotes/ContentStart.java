package dev.stancekit.quotes;

import dev.stancekit.nlp.Token;

/**
 * Where the content after a verb of saying starts (the token), and whether "that", a comma or a
 * colon opened it: {@code said (that) …}, {@code said on Thursday that …}, {@code said last week,
 * however, that …}, {@code said Sunday it tracked …}, {@code told reporters …}. Immutable.
 */
record ContentStart(int token, boolean that) {

    /**
     * The start of the content after the verb: after "that" or a colon within {@code window}
     * tokens (over adverbials, before any other verb, comma or quote), after a comma or colon right
     * after the verb, after the audience of "told"; else right after the verb.
     */
    static ContentStart of(CueSite s, Lexicon lex, int window) {
        Doc d = s.d();
        int b = s.b();
        int after = s.after();
        int cs = after;
        boolean that = false;
        for (int j = after; j < b && j < after + window; j++) {
            Token t = d.tok[j];
            int dash = Tokens.dash(d, j) && d.quoteOf[j] < 0 ? closingDash(d, j, b, after + window) : -1;
            if (dash > 0) {
                j = dash; // "argued emphatically - rebuking X by name - that …": the insertion between dashes
                continue;
            }
            if ("that".equalsIgnoreCase(t.word()) && j > after && d.tok[j - 1].pos().startsWith("NN") && j + 1 < b
                    && (Tokens.finiteVerb(d.tok[j + 1].pos()) || "MD".equals(d.tok[j + 1].pos()))
                    && ("IN".equals(d.tok[after].pos()) || "WDT".equals(t.pos()) && !document(lex, d, j - 1, after))) {
                // "said at the end of talks that featured clashes", "condemned the sale of drones that
                // were sent …": a relative clause on the noun of an adverbial or of the object ("wrote an
                // op-ed that targeted …" says what the text said)
                break;
            }
            if ("that".equalsIgnoreCase(t.word()) && j > after && d.tok[j - 1].pos().startsWith("NN") && reportInRelative(d, lex, j, b)) {
                break; // "noted his worries about trade tactics that the White House said harm workers": a relative clause
            }
            if ("that".equalsIgnoreCase(t.word()) && (!"DT".equals(t.pos()) || determinerThat(d, j, after, b))
                    || ":".equals(t.word())) {
                cs = j + 1;
                that = true;
                break;
            }
            int comma = adverbialBetweenCommas(d, j, Math.min(b, after + window));
            if (comma > j && comma + 1 < b && Tokens.complementizer(d, comma + 1)) {
                j = comma; // "said last week, however, that …": the adverb between commas
                continue;
            }
            int named = listenerNamed(d, lex, s, j, Math.min(b, after + window));
            if (named > j) {
                j = named; // "informed the minister, Wang Yi, in a call that …": the listener's name between commas
                continue;
            }
            // "said in a statement posted on its website that": a participle (or one the tagger took for a past tense) after a noun
            boolean modifier = ("VBN".equals(t.pos()) || "VBG".equals(t.pos()) || "VBD".equals(t.pos()) && j + 1 < b
                    && "IN".equals(d.tok[j + 1].pos()) && !"if".equalsIgnoreCase(d.word(after)) && !"whether".equalsIgnoreCase(d.word(after)))
                    && j > after
                    && d.tok[j - 1].pos().startsWith("NN") && "IN".equals(d.tok[after].pos());
            // a title in marks inside an adverbial phrase ("said on “Meet the Press,” that") is
            // passed over in the search for "that"
            boolean title = (d.isQuoteToken(j) || d.quoteOf[j] >= 0) && ("IN".equals(d.tok[after].pos()) || titleAfterOwner(d, j, after));
            if (t.isVerb() && !modifier && d.quoteOf[j] < 0 || ",".equals(t.word()) && d.quoteOf[j] < 0
                    || (d.isQuoteToken(j) || d.quoteOf[j] >= 0) && !title) {
                break;
            }
        }
        if (!that && cs < b && (",".equals(d.word(cs)) || ":".equals(d.word(cs)))) {
            cs++;
            that = true;
        }
        int time = !that && cs == after ? timeBeforeClause(d, lex, cs, b) : cs;
        if (time > cs) {
            cs = time; // "said Sunday it tracked six ships", "said on Monday the talks would resume"
        } else if (!that && cs == after && s.verb().complement() == Lexicon.Complement.ANY) {
            cs = timeBeforeObject(d, lex, cs, b); // "announced on Friday countermeasures against …"
        }
        int setting = !that && cs < b ? settingBeforeClause(d, lex, cs, b) : cs;
        if (setting > cs) {
            cs = setting; // "said in a statement to Reuters its supply was stable"
        }
        if (!that && lex.isExactly(d.tok[s.cue()].lemma(), Lexicon.WordType.LISTENER_VERB) && cs < b && lex.is(d.word(cs), Lexicon.WordType.LISTENER)) {
            cs++;
        } else if (!that && lex.isExactly(d.tok[s.cue()].lemma(), Lexicon.WordType.LISTENER_VERB) && cs < b) {
            // "told the Harbor News he would run", "told Ortiz the fees were illegal": the listener
            // before a clause is no content
            // "told Reuters the ships would leave", "told the Harbor News the ships …": the listener ends
            // before the clause's determiner
            int np = ObjectGates.listenerEnd(d, cs, b);
            int afterTime = np > cs && np < b ? timeBeforeClause(d, lex, np, b) : np;
            if (np > cs && np < b && Clauses.clauseFollows(d, np, b, 0)) {
                cs = np;
            } else if (afterTime > np) {
                cs = afterTime; // "told ABC's “Good Morning America” on Monday | the tone was cordial"
            }
        }
        return new ContentStart(cs, that);
    }

    /** Most tokens of the addressee after the noun of an occasion ("to Reuters", "with the Financial Times"). */
    private static final int MAX_ADDRESSEE = 4;

    /**
     * After the verb, the end of a phrase naming the occasion or the medium of the words, when a
     * clause follows it: "in a statement (to Reuters)", "in an interview with CNN", "at a briefing
     * on Friday" (a preposition of type setting_preposition or "on", a determiner, modifiers and a
     * noun of type report_noun or occasion_noun, then perhaps "to"/"with" and a name, and a time);
     * else {@code cs}.
     */
    private static int settingBeforeClause(Doc d, Lexicon lex, int cs, int b) {
        String w = d.lower(cs);
        if (!("on".equals(w) || lex.isExactly(w, Lexicon.WordType.SETTING_PREPOSITION)) || cs + 3 >= b
                || !("DT".equals(d.tok[cs + 1].pos()) || "PRP$".equals(d.tok[cs + 1].pos())) || d.quoteOf[cs] >= 0) {
            return cs;
        }
        int n = cs + 2;
        while (n < b && ("JJ".equals(d.tok[n].pos()) || "NNP".equals(d.tok[n].pos())) && d.quoteOf[n] < 0) {
            n++;
        }
        if (n >= b || !d.tok[n].pos().startsWith("NN") || d.quoteOf[n] >= 0
                || !(lex.isExactly(d.lower(n), Lexicon.WordType.REPORT_NOUN) || lex.isExactly(d.lower(n), Lexicon.WordType.OCCASION_NOUN))) {
            return cs;
        }
        int k = n + 1;
        if (k < b && ("to".equals(d.lower(k)) || "with".equals(d.lower(k)))) {
            int e = k + 1;
            while (e < b && e - k <= MAX_ADDRESSEE && ("NNP".equals(d.tok[e].pos()) || e == k + 1 && "DT".equals(d.tok[e].pos())) && d.quoteOf[e] < 0) {
                e++;
            }
            if (e == k + 1) {
                return cs;
            }
            k = e;
        }
        int time = k < b ? timeBeforeClause(d, lex, k, b) : k;
        k = Math.max(k, time);
        return k < b && !"that".equals(d.lower(k)) && Clauses.clauseFollows(d, k, b, 0) ? k : cs;
    }

    /**
     * After a verb whose object is the one told, the closing comma of a name between commas at
     * {@code j} ("informed the minister, Wang Yi, in a call …"); else -1.
     */
    private static int listenerNamed(Doc d, Lexicon lex, CueSite s, int j, int end) {
        if (!",".equals(d.word(j)) || d.quoteOf[j] >= 0 || !lex.isExactly(d.tok[s.cue()].lemma(), Lexicon.WordType.LISTENER_VERB)
                || j + 2 >= end || !d.tok[j - 1].pos().startsWith("NN")) {
            return -1;
        }
        int k = j + 1;
        while (k < end && "NNP".equals(d.tok[k].pos()) && d.quoteOf[k] < 0) {
            k++;
        }
        return k > j + 1 && k < end && ",".equals(d.word(k)) ? k : -1;
    }

    /** Most tokens of a time phrase passed over between the verb and its clause ("on Monday", "last Friday night"). */
    private static final int MAX_TIME_PHRASE = 4;

    /**
     * The token after a time phrase that opens with a day's name, or "on" and one ("on Friday",
     * "Tuesday night"), when a noun phrase follows it, the object of a verb that reports any content ("announced on Friday
     * countermeasures against …"); else {@code cs}.
     */
    private static int timeBeforeObject(Doc d, Lexicon lex, int cs, int b) {
        int day = cs < b && "on".equalsIgnoreCase(d.word(cs)) ? cs + 1 : cs; // "condemned Tuesday the sentencing of …"
        if (day + 1 >= b || !lex.is(d.word(day), Lexicon.WordType.TIME)
                || !"NNP".equals(d.tok[day].pos())) { // a day's name, not "reported on weekend clashes"
            return cs;
        }
        int k = day;
        while (k < b && k - cs <= MAX_TIME_PHRASE && d.quoteOf[k] < 0 && lex.is(d.word(k), Lexicon.WordType.TIME)) {
            k++;
        }
        String p = k < b && d.quoteOf[k] < 0 ? d.tok[k].pos() : "";
        boolean object = p.startsWith("NN") && !"NNP".equals(p) || "JJ".equals(p) || "PRP$".equals(p)
                || "DT".equals(p) && !"that".equalsIgnoreCase(d.word(k));
        return object && k + 1 < b ? k : cs;
    }

    /**
     * "said Sunday on NBC's “Meet the Press” that", "told CBS's “Face the Nation” that": whether
     * token j lies in a stretch in marks that opens with a capital right after a possessive or a
     * preposition, a programme's or paper's title.
     */
    private static boolean titleAfterOwner(Doc d, int j, int after) {
        int m = j;
        while (m > after && (d.quoteOf[m - 1] >= 0 || d.isQuoteToken(m - 1))) {
            m--;
        }
        String before = m - 1 >= after ? d.tok[m - 1].pos() : "";
        int first = d.isQuoteToken(m) ? m + 1 : m;
        return ("POS".equals(before) || "IN".equals(before)) && first < d.tok.length && Character.isUpperCase(d.word(first).charAt(0));
    }

    /**
     * The token after a time phrase that opens the content when a clause follows it ("Sunday it
     * tracked …", "on Monday the talks would …", "last week he was …"); else {@code cs}. Time
     * words are of type {@code time}.
     */
    private static int timeBeforeClause(Doc d, Lexicon lex, int cs, int b) {
        int k = cs;
        if (k < b && "on".equalsIgnoreCase(d.word(k))) {
            k++;
        }
        if (k + 1 < b && ("JJ".equals(d.tok[k].pos()) || "DT".equals(d.tok[k].pos()) && !"the".equalsIgnoreCase(d.word(k)))
                && lex.is(d.word(k + 1), Lexicon.WordType.TIME)) {
            k++; // "last", "this", "early"; not "the November election"
        }
        int first = k;
        while (k < b && k - cs < MAX_TIME_PHRASE && d.quoteOf[k] < 0
                && (lex.is(d.word(k), Lexicon.WordType.TIME) || k > first && "CD".equals(d.tok[k].pos()))) {
            k++;
        }
        if (k > first && k + 2 < b && ("in".equalsIgnoreCase(d.word(k)) || "on".equalsIgnoreCase(d.word(k)))) {
            // "said earlier in the day Beijing would …", "later on Tuesday": a second part of the time phrase
            int j = "DT".equals(d.tok[k + 1].pos()) ? k + 2 : k + 1;
            int t = j;
            while (t < b && t - j < MAX_TIME_PHRASE && d.quoteOf[t] < 0 && lex.is(d.word(t), Lexicon.WordType.TIME)) {
                t++;
            }
            k = t > j ? t : k;
        }
        if (k == first || k >= b) {
            return cs;
        }
        String p = d.tok[k].pos();
        boolean subject = "PRP".equals(p) || "EX".equals(p) || "DT".equals(p) || p.startsWith("NN") || p.startsWith("JJ");
        return subject && Clauses.clauseFollows(d, k, b, 0) ? k : cs;
    }

    /**
     * "argues that rapidly advancing technology has reached …": a "that" the tagger took for a
     * determiner, right after the verb, before a noun phrase and its finite verb, opens the clause
     * ("said that was wrong", with a verb right after it, keeps "that" as the clause's subject).
     */
    private static boolean determinerThat(Doc d, int j, int after, int b) {
        if (j != after || j + 1 >= b || d.tok[j + 1].isVerb() || "MD".equals(d.tok[j + 1].pos())) {
            return false;
        }
        boolean noun = false;
        for (int k = j + 1; k < b && k <= j + MAX_SUBJECT_AFTER_THAT; k++) {
            String p = d.tok[k].pos();
            if (Tokens.finiteVerb(p) || "MD".equals(p)) {
                return noun; // "said that really got us thinking": no noun, "that" is the subject
            }
            noun |= p.startsWith("NN");
            if (d.quoteOf[k] >= 0 || !(p.startsWith("NN") || p.startsWith("JJ") || p.startsWith("RB") || "VBG".equals(p)
                    || "VBN".equals(p) || "DT".equals(p) || "CD".equals(p) || "POS".equals(p) || "PRP$".equals(p))) {
                return false;
            }
        }
        return false;
    }

    /** Whether the noun at token k, with the two before it when a hyphen joins them ("op-ed"), names a text (word type document). */
    private static boolean document(Lexicon lex, Doc d, int k, int from) {
        String w = k - 2 >= from && "HYPH".equals(d.tok[k - 1].pos()) ? d.word(k - 2) + "-" + d.word(k) : d.word(k);
        return lex.is(w, Lexicon.WordType.DOCUMENT);
    }

    /** Most tokens of the subject of a report inside a relative clause ("tactics that the White House said harm"). */
    private static final int MAX_RELATIVE_SUBJECT = 5;

    /**
     * Whether the "that" at token j opens a relative clause that holds a report of its own before
     * its verb: a short noun phrase, a verb of saying in the past or present and a verb right after
     * it ("that the White House said harm American workers"), where a complementizer "that" would
     * have its clause's own subject and verb.
     */
    private static boolean reportInRelative(Doc d, Lexicon lex, int j, int b) {
        int k = j + 1;
        while (k < b && k - j <= MAX_RELATIVE_SUBJECT && d.quoteOf[k] < 0 && NounPhrases.npToken(d.tok[k])) {
            k++;
        }
        if (k == j + 1 || k + 1 >= b || !"say".equals(d.tok[k].lemma()) || !Tokens.finiteVerb(d.tok[k].pos())) {
            return false;
        }
        String v = d.tok[k + 1].pos();
        String then = k + 2 < b ? d.tok[k + 2].pos() : "";
        // "said harm/NN American workers": a present tense the tagger read as a noun, before its object
        boolean verbAsNoun = "NN".equals(v) && Character.isLowerCase(d.word(k + 1).charAt(0))
                && (then.startsWith("JJ") || then.startsWith("NN") || "DT".equals(then) || "PRP$".equals(then));
        return "VBP".equals(v) || "VBZ".equals(v) || "VBD".equals(v) || "VB".equals(v) || "MD".equals(v) || verbAsNoun;
    }

    /** Most tokens of an adverbial between commas before "that" ("said Friday, June 28 (Manila time), that"). */
    private static final int MAX_ADVERBIAL_BETWEEN_COMMAS = 7;

    /** Most tokens of the subject between a determiner-tagged "that" and its finite verb. */
    private static final int MAX_SUBJECT_AFTER_THAT = 8;

    /**
     * The comma closing a short adverbial between commas that opens at the comma {@code j} (", however,",
     * ", in turn,", ", June 28 (Manila time),", ", citing sources briefed on the matter,"), or -1.
     */
    private static int adverbialBetweenCommas(Doc d, int j, int limit) {
        if (!",".equals(d.word(j)) || d.quoteOf[j] >= 0) {
            return -1;
        }
        for (int k = j + 1; k < limit && k <= j + MAX_ADVERBIAL_BETWEEN_COMMAS; k++) {
            String p = d.tok[k].pos();
            if (",".equals(d.word(k))) {
                return k > j + 1 ? k : -1;
            }
            // ", citing sources briefed on the matter,": a participle opening the insertion, one after its noun
            // (the tagger may read the second as a past tense: "sources briefed/VBD on the matter")
            boolean participle = "VBG".equals(p) && k == j + 1
                    || ("VBN".equals(p) || "VBD".equals(p)) && k > j + 2 && "VBG".equals(d.tok[j + 1].pos()) && d.tok[k - 1].pos().startsWith("NN");
            if (!(p.startsWith("RB") || "IN".equals(p) && !"that".equalsIgnoreCase(d.word(k)) || "DT".equals(p)
                    || p.startsWith("NN") || "JJ".equals(p) || "CD".equals(p) || "-LRB-".equals(p) || "-RRB-".equals(p) || participle)
                    || d.quoteOf[k] >= 0) {
                return -1;
            }
        }
        return -1;
    }

    /** The next dash after token j before {@code limit}, outside quote marks, or -1. */
    private static int closingDash(Doc d, int j, int b, int limit) {
        for (int k = j + 1; k < b && k < limit; k++) {
            if (d.quoteOf[k] >= 0) {
                return -1;
            }
            if (Tokens.dash(d, k)) {
                return k;
            }
        }
        return -1;
    }
}
