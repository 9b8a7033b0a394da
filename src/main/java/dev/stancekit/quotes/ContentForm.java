package dev.stancekit.quotes;

/**
 * The content after the verb: {@code X said (that) …}, {@code X said on Thursday that …}, {@code
 * X told reporters …}, {@code X urged Y to …}, {@code X said: …} (row {@code content}; limit:
 * most tokens searched after the verb for "that" or a colon). The content starts where {@link
 * ContentStart} says and ends where {@link ContentEnd} and {@link VerbPhraseEnds} say; it needs
 * two tokens, a clause for verbs that want one ({@code complement=that} in {@code
 * cue-verbs.csv}) and a verb when it opens with a preposition ("said in a statement.").
 * {@link VerbComplements} tells whether the complement a verb asks for is there, {@link
 * SettingPhrases} what only says when or where the words were said.
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
            ce = SettingPhrases.objectTimeEnd(lex, d, cs, ce); // "criticized Rubio's announcement | Thursday at a briefing"
            ce = CommaClauses.absoluteObjectEnd(d, cs, ce); // "denied making such a promise|, with President Marcos even saying …"
        }
        if (cs >= ce || ce - cs < minTokens(s, cs, ce)) {
            return null; // the cuts above may leave too little
        }
        boolean question = lex.isExactly(d.tok[s.cue()].lemma(), Lexicon.WordType.QUESTION_VERB) && "WRB".equals(d.tok[cs].pos());
        if (!st.that() && !question && SubordinateClauses.subordinateOnly(d, lex, cs, ce)) { // "asked when the US would …" is the question
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
        boolean gap = VerbComplements.relativeGap(d, sp, cs);
        boolean clause = st.that() || d.isQuoteToken(cs) || !subjectRelative && Clauses.clauseFollows(d, cs, b, maxInsertion)
                || Clauses.infinitive(d, cs, b) || gap;
        if (gap) {
            ce = Clauses.mainVerbAfterGap(d, cs, ce); // "Three sailors who the ministry said were detained | are back home"
        }
        boolean joint = comp == Lexicon.Complement.NOUN && ObjectGates.jointSpeaker(lex, d, s.a(), sp);
        if (comp == Lexicon.Complement.NOUN && joint && !st.that() && ObjectGates.accordingTo(d, s.a(), b)
                && !lex.speechNounObject(d, s.after(), b)) {
            // "the two sides discussed promoting A, according to a statement": as AccordingToRule
            // reads it, the statement reports A, not the verb
            return null;
        }
        if (comp == Lexicon.Complement.NOUN && lex.isExactly(d.tok[s.cue()].lemma(), Lexicon.WordType.READOUT_VERB)
                && joint && !ObjectGates.subordinate(lex, d, s.a(), sp.start())) {
            comp = Lexicon.Complement.ANY; // "The two sides discussed the war": what both parties talked about
        }
        if (comp == Lexicon.Complement.PERSON) {
            if (!clause) {
                return null; // "the polls indicate that …": a finding, not a statement
            }
            comp = Lexicon.Complement.THAT;
        }
        if (comp == Lexicon.Complement.THAT && !clause || comp == Lexicon.Complement.NOUN && !VerbComplements.nounComplement(lex, s, st, b, subjectRelative)) {
            return null;
        }
        if (comp == Lexicon.Complement.REQUEST && (st.that() || !VerbComplements.objectInfinitive(d, cs, ce))) {
            return null; // "appealed to young voters": no request without "to" and a verb
        }
        if ("VBG".equals(d.tok[s.cue()].pos()) && s.cue() > s.a() && d.tok[s.cue() - 1].pos().startsWith("NN")
                && !Stretches.finiteOutsideQuotes(d, s.a(), s.cue()) && VerbComplements.objectInfinitive(d, cs, ce)) {
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
        if (!st.that() && lex.isExactly(d.tok[s.cue()].lemma(), Lexicon.WordType.SELF_REQUEST) && VerbComplements.passiveInfinitive(lex, d, cs, ce)) {
            return null; // "who asked not to be named", "asking to be identified only by her first name"
        }
        if (!st.that() && SettingPhrases.afterTime(lex, d, cs, ce) && !SettingPhrases.dayAsSubject(lex, s, sp, cs, ce)) {
            return null; // "said Sunday on Fox News.", "the merger announced Monday would …", "proposed last July, provoked …"
        }
        // "said in a statement.", "said in a transcript provided to journalists": a place of the words, a
        // participle on its noun at most
        cs = SettingPhrases.settingThenInfinitive(lex, s, cs, ce); // "pledged during a summit in November | to clamp down on the trade"
        // "said during his campaign speech to be a delegate": where, with an infinitive but no clause
        // "reported even on Friday morning": where or when the report went, past adverbs (not "said so in …")
        int p = "so".equalsIgnoreCase(d.word(cs)) ? cs : Tokens.afterAdverbs(d, cs, ce);
        boolean toNoun = p + 1 < ce && "TO".equals(d.tok[p].pos()) && !d.tok[p + 1].pos().startsWith("VB");
        if (("IN".equals(d.tok[p].pos()) || toNoun) && !Stretches.hasVerb(d, p, Stretches.ownPredicateEnd(d, p, ce)) || "IN".equals(d.tok[cs].pos())
                && !Stretches.finiteOutsideQuotes(d, cs, ce)
                && (SettingPhrases.reducedPlace(d, cs, ce) || !st.that() && lex.is(d.word(cs), Lexicon.WordType.SETTING_PREPOSITION))) {
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

    /** Fewest tokens of content: one for a name after a verb aimed at it ("blasts Trump"), else {@link #MIN_TOKENS}. */
    private int minTokens(CueSite s, int cs, int ce) {
        return cs < ce && UnquotedAttributions.namedTarget(lex, s.d(), s.cue(), cs, ce) ? 1 : MIN_TOKENS;
    }
}
