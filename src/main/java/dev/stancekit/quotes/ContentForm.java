package dev.stancekit.quotes;

/**
 * The content after the verb: {@code X said (that) …}, {@code X said on Thursday that …}, {@code
 * X told reporters …}, {@code X urged Y to …}, {@code X said: …} (row {@code content}; limit:
 * most tokens searched after the verb for "that" or a colon). The content starts where {@link
 * ContentStart} says and ends where {@link ContentEnd} and {@link VerbPhraseEnds} say; it needs
 * two tokens, a clause for verbs that want one ({@code complement=that} in {@code
 * cue-verbs.csv}) and a verb when it opens with a preposition ("said in a statement.").
 */
final class ContentForm implements FormRule {

    /** Fewest tokens of content. */
    private static final int MIN_TOKENS = 2;

    private final Lexicon lex;
    private final ContentEnd ends;
    private final VerbPhraseEnds phrases;
    private final int window;
    private final int maxInsertion;
    /** Most tokens of a source named after a finite verb that ends a sentence ("…, reported the PLA website."). */
    static final int MAX_RELAY_SOURCE = 6;

    ContentForm(Lexicon lex, ContentEnd ends, int window, int maxInsertion) {
        this.lex = lex;
        this.ends = ends;
        this.phrases = new VerbPhraseEnds(lex);
        this.window = window;
        this.maxInsertion = maxInsertion;
    }

    @Override
    public Attribution match(CueSite s, Speaker sp) {
        if (sp.inverted()) {
            return null;
        }
        Doc d = s.d();
        int b = s.b();
        ContentStart st = ContentStart.of(s, lex, window);
        int cs = st.token();
        if (cs < b && ")".equals(d.word(cs))) {
            return null; // "(as low as 19%, Gutin says) hurt her husband": the verb closes a bracket; what follows is the writer's
        }
        int ce = cs;
        if (s.prev() != null && s.prev().trailing() && s.cue() > s.a() && ",".equals(d.word(s.cue() - 1)) && !st.that()
                && Tokens.finiteVerb(s.pos(s.cue())) && b - cs <= MAX_RELAY_SOURCE && !Clauses.clauseFollows(d, cs, b, maxInsertion)) {
            return null; // "“…,” said X in a statement, reported the PLA website": the source that relays it
        }
        if (st.that() && cs > s.after() && cs < b && ",".equals(d.word(cs - 1)) && "VBG".equals(d.tok[cs].pos())
                && d.quoteOf[cs] < 0 && !ObjectGates.thatAfterComma(d, cs, b)) {
            return null; // "…, the Post reported, citing a source": a participle phrase, no content of the verb
        }
        if (st.that() && cs + 1 < b && ",".equals(d.word(cs))) {
            // "say that, even if they wanted one, a recount could not be done": the insertion
            // between commas belongs to the content
            int close = cs + 1;
            while (close < b && !",".equals(d.word(close))) {
                close++;
            }
            if (close + 2 < b) {
                cs++;
                ce = close + 1;
            }
        }
        ce = ends.end(d, cs, ce, b);
        ce = SubordinateClauses.reportClauseEnd(d, lex, cs, ce); // "… after Nvidia said it was told …"
        ce = SubordinateClauses.openingClauseEnd(d, lex, s.a(), s.cue(), cs, ce); // "When X announced A, | workers …"
        if (cs >= b || ce - cs < minTokens(s, cs, ce)) {
            return null;
        }
        ce = st.that() ? phrases.relativeEnd(d, s.cue(), s.a(), cs, ce, true) // "Trump, who said last week that A, issued …"
                : phrases.verbPhraseEnd(d, s.cue(), cs, ce);
        ce = SpeakerSequel.end(lex, d, s.cue(), cs, ce); // "insists the party must be A, and has championed B"
        if (!st.that() && !Clauses.clauseFollows(d, cs, ce, maxInsertion)) {
            ce = phrases.relativeEnd(d, s.cue(), s.a(), cs, ce); // "Lee, who once praised the accord, now …"
            ce = SubordinateClauses.subordinateEnd(d, lex, cs, ce); // "accused Washington of double standards after Trump announced …"
            ce = objectTimeEnd(d, cs, ce); // "criticized Rubio's announcement | Thursday at a briefing"
        }
        if (cs >= ce || ce - cs < minTokens(s, cs, ce)) {
            return null; // the cuts above may leave too little
        }
        if (!st.that() && SubordinateClauses.subordinateOnly(d, lex, cs, ce)) {
            return null; // "“…,” Xi said as he met Biden": the time of the report, not its content
        }
        if (!st.that() && ObjectGates.timeOnly(lex, d, cs, ce)) {
            return null; // "first reported even on Friday morning": when, not what
        }
        if (!st.that() && Tokens.accordingTo(d, cs, ce)) {
            return null; // "“…” the spokesman said according to Bloomberg": the source of the report, not its content
        }
        Lexicon.Complement comp = s.verb().complement();
        if (comp == Lexicon.Complement.QUOTE && lex.isExactly(d.tok[s.cue()].lemma(), Lexicon.WordType.NAMING_VERB)
                && NamingClause.at(lex, d, cs, ce)) {
            comp = Lexicon.Complement.ANY; // "called him a liar": a name given without quote marks
            ce = NamingClause.end(lex, d, cs, ce);
        }
        // "a colonel who advises the military on US affairs put it bluntly": in a relative clause on
        // the sentence's subject, a bare clause after the verb is the main clause, not a report
        boolean subjectRelative = s.cue() - 1 > s.a() && "WP".equals(d.tok[s.cue() - 1].pos())
                && !Stretches.finiteBefore(d, s.a(), s.cue() - 1);
        boolean gap = relativeGap(d, sp, cs);
        boolean clause = st.that() || d.isQuoteToken(cs) || !subjectRelative && Clauses.clauseFollows(d, cs, b, maxInsertion)
                || Clauses.infinitive(d, cs, b) || gap;
        if (gap) {
            ce = Clauses.mainVerbAfterGap(d, cs, ce); // "Three sailors who the ministry said were detained | are back home"
        }
        boolean joint = comp == Lexicon.Complement.NOUN && ObjectGates.jointSpeaker(lex, d, s.a(), sp);
        if (comp == Lexicon.Complement.NOUN && joint && !st.that() && ObjectGates.accordingTo(d, s.a(), b)
                && !lex.speechNounObject(d, s.cue() + s.verb().length(), b)) {
            // "the two sides discussed promoting A, according to a statement": as AccordingToRule
            // reads it, the statement reports A, not the verb
            return null;
        }
        if (comp == Lexicon.Complement.NOUN && lex.isExactly(d.tok[s.cue()].lemma(), Lexicon.WordType.READOUT_VERB)
                && joint && !ObjectGates.subordinate(lex, d, s.a(), sp.start())) {
            comp = Lexicon.Complement.ANY; // "The two sides discussed the war": what both parties talked about
        }
        if (comp == Lexicon.Complement.THAT && !clause || comp == Lexicon.Complement.NOUN && !nounComplement(s, st, b, subjectRelative)) {
            return null;
        }
        if (comp == Lexicon.Complement.REQUEST && (st.that() || !objectInfinitive(d, cs, ce))) {
            return null; // "appealed to young voters": no request without "to" and a verb
        }
        if ("VBG".equals(d.tok[s.cue()].pos()) && s.cue() > s.a() && d.tok[s.cue() - 1].pos().startsWith("NN")
                && !Stretches.finiteOutsideQuotes(d, s.a(), s.cue()) && objectInfinitive(d, cs, ce)) {
            ce = Clauses.mainVerbAfterInfinitive(d, cs, ce); // "A petition calling on him to resign | has gathered …"
        }
        if (comp == Lexicon.Complement.NOUN || comp == Lexicon.Complement.REQUEST) {
            comp = Lexicon.Complement.ANY;
        }
        if (s.verb().length() > 1 && cs + 1 < ce && "CD".equals(d.tok[cs].pos()) && lex.is(d.word(cs + 1), Lexicon.WordType.TIME)) {
            return null; // "argued for three hours": a particle with a duration, not a topic
        }
        if (!st.that() && lex.isExactly(d.tok[s.cue()].lemma(), Lexicon.WordType.LISTENER_VERB) && ObjectGates.listenerOnly(lex, d, cs, ce)) {
            return null; // "told the Daily Planet on Monday", "told 2,000 people gathered at the arena": whom, not what
        }
        if (!st.that() && lex.isExactly(d.tok[s.cue()].lemma(), Lexicon.WordType.DOUBLE_OBJECT_VERB) && ObjectGates.doubleObject(d, cs, ce)) {
            return null; // "denied his party the victory": what was withheld from someone, no report
        }
        if (!st.that() && lex.isExactly(d.tok[s.cue()].lemma(), Lexicon.WordType.SELF_REQUEST) && passiveInfinitive(d, cs, ce)) {
            return null; // "who asked not to be named", "asking to be identified only by her first name"
        }
        if (!st.that() && afterTime(d, cs, ce) && !dayAsSubject(s, sp, cs, ce)) {
            return null; // "said Sunday on Fox News.", "the merger announced Monday would …", "proposed last July, provoked …"
        }
        // "said in a statement.", "said in a transcript provided to journalists": a place of the words, a
        // participle on its noun at most
        cs = settingThenInfinitive(s, cs, ce); // "pledged during a summit in November | to clamp down on the trade"
        // "said during his campaign speech to be a delegate": where, with an infinitive but no clause
        // "reported even on Friday morning": where or when the report went, past adverbs (not "said so in …")
        int p = "so".equalsIgnoreCase(d.word(cs)) ? cs : Tokens.afterAdverbs(d, cs, ce);
        boolean toNoun = p + 1 < ce && "TO".equals(d.tok[p].pos()) && !d.tok[p + 1].pos().startsWith("VB");
        if (("IN".equals(d.tok[p].pos()) || toNoun) && !Stretches.hasVerb(d, p, Stretches.ownPredicateEnd(d, p, ce)) || "IN".equals(d.tok[cs].pos())
                && !Stretches.finiteOutsideQuotes(d, cs, ce)
                && (reducedPlace(d, cs, ce) || !st.that() && lex.is(d.word(cs), Lexicon.WordType.SETTING_PREPOSITION))) {
            // "said in a statement." is no content; when a quote opens the next sentence, the
            // speaker is its speaker ("X said in a statement. “…”")
            if (ce >= b - 1 && b < d.tok.length && d.isQuoteToken(b) && b + 1 < d.tok.length && d.quoteOf[b + 1] >= 0) {
                int end = d.tok[b - 1].end();
                return new Attribution(s.cue(), s.cueText(), comp, sp.start(), sp.end(), end, end, false, -1, -1);
            }
            return null;
        }
        int start = d.tok[cs].begin();
        int end = TextSpans.trimEnd(d.text, start, d.tok[ce - 1].end());
        return new Attribution(s.cue(), s.cueText(), comp, sp.start(), sp.end(), start, end, false, -1, -1);
    }

    /**
     * The "to" of an infinitive after a phrase of where or when that opens the content of a verb
     * that reports a promise or a request with an infinitive (word type infinitive_report): "pledged
     * during a summit in November to clamp down"; {@code cs} when there is none. Only words of a
     * noun phrase stand between the setting preposition and "to", and no finite verb follows.
     */
    private int settingThenInfinitive(CueSite s, int cs, int ce) {
        Doc d = s.d();
        if (!lex.isExactly(d.tok[s.cue()].lemma(), Lexicon.WordType.INFINITIVE_REPORT)
                || !lex.is(d.word(cs), Lexicon.WordType.SETTING_PREPOSITION) || Stretches.finiteOutsideQuotes(d, cs, ce)) {
            return cs;
        }
        for (int k = cs + 1; k + 1 < ce; k++) {
            if (Clauses.infinitive(d, k, ce) && d.tok[k - 1].pos().startsWith("NN")) {
                return k;
            }
            if (d.quoteOf[k] >= 0 || !(NounPhrases.npToken(d.tok[k]) || "IN".equals(d.tok[k].pos()))) {
                return cs;
            }
        }
        return cs;
    }

    /**
     * The end of a noun object followed by a day ("criticized Rubio's announcement Thursday at a
     * briefing in Beijing"): a time word (a proper noun) right after a common noun of the object,
     * followed by nothing or by a word of type setting_preposition ("at", "in", "during") and no
     * verb, says when and where the words were said; so does "on" and a day followed by nothing, a
     * setting preposition or a clause of time ("hailed closer ties | on Sunday as …"). "condemned the
     * bombing Sunday of a hospital" goes on. Returns {@code ce} when there is no such day.
     */
    private int objectTimeEnd(Doc d, int cs, int ce) {
        if ("IN".equals(d.tok[cs].pos()) || "TO".equals(d.tok[cs].pos())) {
            return ce; // "said in a statement Thursday night they …"
        }
        for (int k = cs + 1; k < ce; k++) {
            if (d.quoteOf[k] >= 0 || d.tok[k].isVerb() || ",".equals(d.word(k))) {
                return ce;
            }
            if ("in".equalsIgnoreCase(d.word(k)) && k + 2 < ce && d.tok[k - 1].pos().startsWith("NN")
                    && ("a".equalsIgnoreCase(d.word(k + 1)) || "an".equalsIgnoreCase(d.word(k + 1)))
                    && lex.is(d.word(k + 2), Lexicon.WordType.DOCUMENT) && !Stretches.hasVerb(d, k + 2, ce)) {
                return k; // "condemned the sanctions | in a statement on Saturday": where the words were said
            }
            // "hailed closer ties with Vietnam | on Sunday as the two countries struck a deal": the day, then
            // nothing, where, or a clause of time
            if ("on".equalsIgnoreCase(d.word(k)) && k + 1 < ce && "NNP".equals(d.tok[k + 1].pos())
                    && lex.is(d.word(k + 1), Lexicon.WordType.TIME) && d.tok[k - 1].pos().startsWith("NN")) {
                int after = k + 2;
                boolean setting = after >= ce || lex.isExactly(d.lower(after), Lexicon.WordType.SETTING_PREPOSITION)
                        && !Stretches.hasVerb(d, after, ce) || lex.is(d.word(after), Lexicon.WordType.TIME_CLAUSE);
                return setting ? k : ce;
            }
            if ("NNP".equals(d.tok[k].pos()) && lex.is(d.word(k), Lexicon.WordType.TIME)
                    && ("NN".equals(d.tok[k - 1].pos()) || "NNS".equals(d.tok[k - 1].pos()))) {
                boolean setting = k + 1 >= ce || lex.isExactly(d.lower(k + 1), Lexicon.WordType.SETTING_PREPOSITION);
                return setting && !Stretches.hasVerb(d, k + 1, ce) ? k : ce;
            }
        }
        return ce;
    }

    /** Fewest tokens of content: one for a name after a verb aimed at it ("blasts Trump"), else {@link #MIN_TOKENS}. */
    private int minTokens(CueSite s, int cs, int ce) {
        return cs < ce && UnquotedAttributions.namedTarget(lex, s.d(), s.cue(), cs, ce) ? 1 : MIN_TOKENS;
    }

    /** Whether the only verbs of tokens [cs, ce) are past participles right after a noun ("a transcript provided to …"). */
    private static boolean reducedPlace(Doc d, int cs, int ce) {
        boolean any = false;
        for (int k = cs + 1; k < ce; k++) {
            if (d.tok[k].isVerb()) {
                if (!"VBN".equals(d.tok[k].pos()) || !d.tok[k - 1].pos().startsWith("NN")) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** Most tokens of the object before the infinitive of a request ("the two governments' negotiators"). */
    private static final int MAX_REQUEST_OBJECT = 10;

    /** "the United States to stop the sale": an object and a to-infinitive from token cs. */
    private static boolean objectInfinitive(Doc d, int cs, int ce) {
        int k = cs;
        while (k < ce && k - cs < MAX_REQUEST_OBJECT && d.quoteOf[k] < 0 && !"to".equalsIgnoreCase(d.word(k))
                && (d.tok[k].pos().startsWith("NN") || d.tok[k].pos().startsWith("JJ") || d.tok[k].pos().startsWith("PRP")
                || "DT".equals(d.tok[k].pos()) || "CD".equals(d.tok[k].pos()) || "POS".equals(d.tok[k].pos())
                || k > cs && ("CC".equals(d.tok[k].pos()) || ",".equals(d.word(k))))) { // "Washington and Taipei to …"
            k++;
        }
        return k > cs && Clauses.infinitive(d, k, ce);
    }

    /**
     * Whether the content opens with a time phrase ("Sunday", "last July", "Wednesday morning")
     * followed by no clause: a preposition and no verb, a comma, or a finite verb whose subject is
     * missing (the verb of saying modifies a noun before it).
     */
    private boolean afterTime(Doc d, int cs, int ce) {
        int k = cs;
        if (k + 1 < ce && "JJ".equals(d.tok[k].pos()) && lex.is(d.word(k + 1), Lexicon.WordType.TIME)) {
            k++; // "last", "early"
        }
        if (!lex.is(d.word(k), Lexicon.WordType.TIME) || d.quoteOf[k] >= 0) {
            return false;
        }
        k++;
        while (k < ce && (lex.is(d.word(k), Lexicon.WordType.TIME) || "CD".equals(d.tok[k].pos()))) {
            k++; // "Wednesday morning", "July 4"
        }
        if (k >= ce) {
            return true;
        }
        String p = d.tok[k].pos();
        return ",".equals(p) || "MD".equals(p) || "VBD".equals(p) || "VBZ".equals(p)
                || "IN".equals(p) && !"that".equalsIgnoreCase(d.word(k)) && !Stretches.verbOutsideQuotes(d, k, ce);
    }

    /**
     * "He said Wednesday was the first time …": after a pronoun subject right before a finite
     * verb of saying, a day followed by a finite verb is the subject of the reported clause, not
     * the time of the report ("the merger announced Monday would …" has a noun before the verb,
     * which may be a participle on it).
     */
    private boolean dayAsSubject(CueSite s, Speaker sp, int cs, int ce) {
        Doc d = s.d();
        int first = d.sentStart[d.sentOf[s.cue()]];
        boolean opens = sp.start() == first || sp.start() > first && (",".equals(d.word(sp.start() - 1))
                || "CC".equals(d.tok[sp.start() - 1].pos())); // not "What he said Monday was …"
        return opens && sp.end() == s.cue() - 1 && "PRP".equals(d.tok[sp.end()].pos()) && "VBD".equals(d.tok[s.cue()].pos())
                && lex.is(d.word(cs), Lexicon.WordType.TIME) && cs + 1 < ce
                && ("VBD".equals(d.tok[cs + 1].pos()) || "VBZ".equals(d.tok[cs + 1].pos()) || "MD".equals(d.tok[cs + 1].pos()));
    }

    /**
     * "asked not to be named": after a verb of type self_request a passive infinitive right after
     * the verb asks something for the speaker (to stay unnamed, to be excused); it reports no
     * statement ("vowed not to be intimidated" does).
     */
    private boolean passiveInfinitive(Doc d, int cs, int ce) {
        int k = cs < ce && lex.isExactly(d.lower(cs), Lexicon.WordType.NEGATION) ? cs + 1 : cs;
        return k + 2 < ce && "TO".equals(d.tok[k].pos()) && "be".equals(d.tok[k + 1].lemma())
                && "VBN".equals(d.tok[k + 2].pos());
    }

    /**
     * "standards, which he argued help students", "a program that she said had failed": the
     * speaker follows a relative pronoun and a finite verb follows the verb of saying, so the
     * relative pronoun is the subject of the reported clause.
     */
    private static boolean relativeGap(Doc d, Speaker sp, int cs) {
        boolean relative = sp.start() >= 1 && (d.tok[sp.start() - 1].pos().startsWith("W") && !"WRB".equals(d.tok[sp.start() - 1].pos())
                || "that".equalsIgnoreCase(d.word(sp.start() - 1))); // "a charity that prosecutors said was …"
        if (!relative) {
            return false;
        }
        // a base form there is a present tense the tagger missed ("which Tian claimed destabilize the region")
        return Tokens.finiteAfterAdverbs(d, cs) || cs < d.tok.length && "VB".equals(d.tok[cs].pos()) && d.quoteOf[cs] < 0;
    }

    /**
     * "underscored that …", an object headed by a speech noun right after the verb ("raised concerns
     * about …"), a gerund with its object, an embedded question, or a clause without "that" whose
     * subject is a subject pronoun or a name ("denied it was …"), also after a time phrase ("denied
     * on Tuesday that …", "denied Sunday it was …").
     */
    private boolean nounComplement(CueSite s, ContentStart st, int b, boolean subjectRelative) {
        int after = s.cue() + s.verb().length();
        if (st.that() && st.token() - 1 > after && "that".equals(s.d().lower(st.token() - 1)) && ObjectGates.timeOnly(lex, s.d(), after, st.token() - 1)) {
            return true; // "denied on Tuesday that it …": the "that" after the time phrase
        }
        // "highlighted bolstering deterrence": a gerund with its own object names what was said
        boolean gerund = after + 1 < b && "VBG".equals(s.d().tok[after].pos()) && s.d().quoteOf[after] < 0
                && (s.d().tok[after + 1].pos().startsWith("NN") || "DT".equals(s.d().tok[after + 1].pos())
                || "JJ".equals(s.d().tok[after + 1].pos()) || "PRP$".equals(s.d().tok[after + 1].pos()));
        // "underscored how both sides oppose …": an embedded question
        boolean question = after + 1 < b && lex.isExactly(s.d().lower(after), Lexicon.WordType.EMBEDDED_QUESTION)
                && Clauses.clauseFollows(s.d(), after + 1, b, 0);
        // "denied it was supplying arms": a clause without "that" whose subject is a subject pronoun or
        // a name (not in a relative clause on the sentence's subject: "activists who discussed Taiwan were …")
        int subject = st.that() ? after : st.token(); // past a time phrase: "denied Sunday it was …"
        boolean bareClause = !subjectRelative && subject < b && s.d().quoteOf[subject] < 0
                && (lex.isExactly(s.d().lower(subject), Lexicon.WordType.SUBJECT_PRONOUN) || "NNP".equals(s.d().tok[subject].pos()))
                && Clauses.clauseFollows(s.d(), subject, b, 0);
        return after < b && ("that".equals(s.d().lower(after)) || lex.speechNounObject(s.d(), after, b) || gerund || question
                || bareClause);
    }
}
