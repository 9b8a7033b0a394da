package dev.stancekit.quotes;

import java.util.Locale;

/**
 * Where reported content ends: at a semicolon, at a comma before a word of type {@code boundary}
 * ("X said A, while B"), at a second verb of saying coordinated with the first ("X said A and
 * warned B") and at a new clause about the speaker ("X said A, and he railed against B"). Word
 * types are from {@code attribution-words.csv}. Immutable, thread-safe.
 */
final class ContentEnd {

    private final Lexicon lex;
    private final CommaClauses commas;

    private final NewReports reports;

    ContentEnd(Lexicon lex) {
        this.lex = lex;
        this.commas = new CommaClauses(lex);
        this.reports = new NewReports(lex);
    }

    /**
     * The end (exclusive) of the content that starts at token cs, in a sentence ending before b:
     * the first boundary from token {@code from} on, or b.
     */
    int end(Doc d, int cs, int from, int b) {
        int ce = from;
        while (ce < b && !boundary(d, cs, ce, b)) {
            ce++;
        }
        return ce;
    }

    /**
     * ", and that's what …", ", but this was …": after a comma and a coordinator, a demonstrative
     * that is the subject of its own finite verb sums up what came before, in the writer's words.
     */
    private boolean demonstrativeClause(Doc d, int cs, int k, int b) {
        if (!",".equals(d.word(k)) || k <= cs + 2 || k + 3 >= b || d.quoteOf[k] >= 0
                || !lex.isLowered(d.word(k + 1), Lexicon.WordType.COORDINATOR)) {
            return false;
        }
        String dem = d.lower(k + 2);
        return ("that".equals(dem) || "this".equals(dem)) && "DT".equals(d.tok[k + 2].pos()) && d.quoteOf[k + 2] < 0
                && Tokens.finiteVerb(d.tok[k + 3].pos());
    }

    /** Whether the content that starts at token cs ends before token k. */
    boolean boundary(Doc d, int cs, int k, int b) {
        String w = d.word(k);
        if (";".equals(w) || coordinatedCue(d, cs, k, b) || newActor(d, cs, k, b) || reports.startsAt(d, cs, k, b)
                || mainClause(d, cs, k, b) || NextPredicate.startsAt(lex, d, cs, k, b)) {
            return true;
        }
        if ((Tokens.dash(d, k) || lex.is(w, Lexicon.WordType.WRITER_CLAUSE)) && k > cs && k + 1 < b && d.quoteOf[k] < 0
                && "VBG".equals(d.tok[k + 1].pos()) && lex.cueAt(d, k + 1, b) != null) {
            // "X said A – noting that B", "X acknowledged A while stressing B": a participle of saying
            // after a dash or a word of contrast is a report of its own
            return true;
        }
        if (demonstrativeClause(d, cs, k, b)) {
            return true; // "urged leaders to find common ground, and that's what the two found": the writer's comment
        }
        if (k - 2 > cs && d.isQuoteToken(k - 1) && ",".equals(d.word(k - 2)) && d.quoteOf[k - 2] >= 0
                && "VBG".equals(d.tok[k].pos()) && d.quoteOf[k] < 0 && lex.cueAt(d, k, b) != null) {
            return true; // "said the move was “typical unilateral sanctions,” saying …": the comma inside the marks
        }
        return ",".equals(w) && k + 1 < b && d.quoteOf[k] < 0
                && ((lex.isLowered(d.word(k + 1), Lexicon.WordType.BOUNDARY) && !commas.presentPredicate(d, cs, k, b)
                    && !notButContrast(d, cs, k, b) && !CommaClauses.subjectInsertion(d, cs, k))
                || participleAfterClause(d, cs, k) || commentAfterClause(d, cs, k, b)
                || commas.absoluteReport(d, k, b));
    }

    /**
     * "said the drills are not exercises, but “rehearsals” for an invasion": after a negation in the
     * content, "but" and a noun phrase (no clause of its own) give the contrast that the content
     * goes on with.
     */
    private boolean notButContrast(Doc d, int cs, int k, int b) {
        if (k + 2 >= b || !"but".equalsIgnoreCase(d.word(k + 1)) || Clauses.clauseFollows(d, k + 2, b, 0)) {
            return false;
        }
        for (int j = k + 2; j < b && !"that".equalsIgnoreCase(d.word(j)); j++) {
            if (Tokens.finiteVerb(d.tok[j].pos()) && d.quoteOf[j] < 0) {
                return false; // "was not qualified, but several of his findings contradicted …": a clause
            }
        }
        String p = d.tok[k + 2].pos();
        boolean phrase = d.isQuoteToken(k + 2) || "DT".equals(p) || p.startsWith("JJ") || p.startsWith("NN") || "CD".equals(p)
                || "PRP$".equals(p);
        boolean not = false;
        for (int j = cs; j < k && !not; j++) {
            not = d.quoteOf[j] < 0 && lex.isExactly(d.lower(j), Lexicon.WordType.NEGATION);
        }
        return phrase && not;
    }

    /**
     * "say they don't know, a higher level of uncertainty than before": after a whole clause, a comma
     * and an indefinite noun phrase with no verb after it to the sentence end is the writer's comment
     * on what was said. An apposition that a comma closes before the verb of its noun ("said Li Wei,
     * a director at a bank, is being held") is part of the content's subject.
     */
    private boolean commentAfterClause(Doc d, int cs, int k, int b) {
        String first = d.lower(k + 1);
        if (!("a".equals(first) || "an".equals(first))) {
            return false;
        }
        if (!Stretches.hasVerb(d, cs, k) && k + 2 < b && d.tok[k + 2].pos().startsWith("NN") && k - cs >= 2
                && !"IN".equals(d.tok[cs].pos()) // not "criticized, in blistering terms, a set of …"
                && !CommaClauses.verbAfterInsertion(d, k + 1)) { // not "said Li Wei, a director at a bank, is being investigated"
            return true; // "criticizing them as weak, a tactic aides hope will …": a comment on an object with no verb
        }
        if (!Stretches.finiteOutsideQuotes(d, cs, k)) {
            return false;
        }
        for (int j = k + 2; j < b; j++) {
            if (d.tok[j].isVerb() || d.quoteOf[j] >= 0 || d.isQuoteToken(j) || ",".equals(d.word(j))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "X said he would go, insisting that …", "X said Y should leave, echoing a memo": a
     * participle after a comma that follows a whole clause modifies the sentence, not the content
     * (participles that work as prepositions, "including", are of type {@code preposition_participle}).
     */
    private boolean participleAfterClause(Doc d, int cs, int k) {
        int v = k + 1;
        while (v + 1 < d.tok.length && "RB".equals(d.tok[v].pos()) && d.quoteOf[v] < 0) {
            v++; // "voiced opposition to the measures, clearly demonstrating …"
        }
        if (!"VBG".equals(d.tok[v].pos()) || d.quoteOf[v] >= 0
                || lex.isLowered(d.word(v), Lexicon.WordType.PREPOSITION_PARTICIPLE)) {
            return false;
        }
        if (k > cs && lex.cueAt(d, v, d.tok.length) != null) {
            return true; // "X dismissed Y as weak, arguing that …": a report of its own
        }
        // after a clause, or after an object with no verb ("denied the fraud claims, pointing to …");
        // not inside the subject: "added that strike forces, operating near the strait, could …"
        boolean finite = Stretches.finiteOutsideQuotes(d, cs, k);
        return (finite || !Stretches.hasVerb(d, cs, k) && !CommaClauses.verbAfterInsertion(d, v)) && !gerundList(d, cs, k);
    }

    /**
     * "China insists on realizing A, safeguarding B, and solving C": the participle after the comma
     * at token k is the next item of a list of gerunds that a preposition opened before it and "and"
     * or "or" closes after it.
     */
    private static boolean gerundList(Doc d, int cs, int k) {
        boolean opened = false;
        for (int j = cs + 1; j < k && !opened; j++) {
            opened = "VBG".equals(d.tok[j].pos()) && "IN".equals(d.tok[j - 1].pos());
        }
        if (!opened) {
            return false;
        }
        int end = d.sentEnd[d.sentOf[k]];
        for (int j = k + 2; j + 1 < end; j++) {
            if (d.quoteOf[j] >= 0 || Tokens.finiteVerb(d.tok[j].pos())) {
                return false;
            }
            String w = d.lower(j);
            if (("and".equals(w) || "or".equals(w)) && "VBG".equals(d.tok[j + 1].pos())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a coordinated second report starts at token k ("..., and that ...", "... but said ...",
     * "... and warned Y to ..."): the token after "that" or the second cue verb; else -1.
     */
    int coordination(Doc d, int k, int b) {
        if (d.quoteOf[k] >= 0 || !lex.isLowered(d.word(k), Lexicon.WordType.COORDINATOR)) {
            return -1;
        }
        int j = k + 1;
        while (j < b && d.tok[j].pos().startsWith("RB") && d.quoteOf[j] < 0) {
            j++;
        }
        if (j + 1 < b && Tokens.complementizer(d, j)) {
            return j + 1;
        }
        // "released A and called on B" (a past tense tagged as participle), "criticizing A and calling for B"
        boolean finite = j < b && ("VBD".equals(d.tok[j].pos()) || "VBZ".equals(d.tok[j].pos())
                || "VBN".equals(d.tok[j].pos()) || "VBG".equals(d.tok[j].pos()));
        return finite && d.quoteOf[j] < 0 && lex.cueAt(d, j, b) != null ? j : -1;
    }

    /** Whether the sentence opens with a participle of saying whose content starts at cs. */
    private boolean participleOpening(Doc d, int a, int cs) {
        for (int v = a; v < cs; v++) {
            if ("VBG".equals(d.tok[v].pos()) && lex.cueAt(d, v, cs + 1) != null) {
                return OpeningParticipleSubject.opensSentence(d, a, v) && !Stretches.finiteOutsideQuotes(d, v, cs);
            }
        }
        return false;
    }


    /**
     * "X said A and warned that B", "X rejected A and said that B": a second verb of saying
     * coordinated with the first ends the first content (it starts its own report); "and that B"
     * ends it only after quoted words.
     */
    private boolean coordinatedCue(Doc d, int cs, int k, int b) {
        int c = k > cs ? coordination(d, k, b) : -1;
        if (c < 0) {
            return false;
        }
        if (Stretches.quotedBefore(d, cs, k)) {
            return true;
        }
        // a noun object ("expressed concern over A and urged B") stays one report with its sequel,
        // unless a comma sets the second verb apart ("condemned A, and called on B to …")
        if ("that".equalsIgnoreCase(d.word(c - 1))) {
            return false;
        }
        // "called on Congress to act and said funding is needed": a second verb with a clause of its own
        Lexicon.Cue second = lex.cueAt(d, c, b);
        int after = second == null ? b : c + second.length();
        boolean ownClause = second != null && (Clauses.clauseFollows(d, after, b, 0)
                || after + 1 < b && Tokens.complementizer(d, after)); // "and said that Beijing “…”"
        return Stretches.finiteOutsideQuotes(d, cs, k) || k - 1 > cs && ",".equals(d.word(k - 1)) || ownClause
                || infinitiveBefore(d, cs, k);
    }

    /**
     * "told the alliance to stay out of Asia and warned the US against …": an object and its
     * to-infinitive make a report whole; a second verb of saying after it starts its own.
     */
    private static boolean infinitiveBefore(Doc d, int cs, int k) {
        for (int j = cs; j + 1 < k; j++) {
            if ("TO".equals(d.tok[j].pos()) && "VB".equals(d.tok[j + 1].pos()) && d.quoteOf[j] < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * "X said A, and he railed against B", "X said A and she accused Y of B": a coordinator
     * followed by a third-person subject pronoun and its finite verb starts a new clause about
     * the speaker, not more of what was said (after a noun object and a comma, any subject pronoun:
     * "warned of the risk, and it cited B", or a subject opened by a determiner: "accused him of
     * spying, and a court sentenced him"); so does "as" after a whole clause ("X said A, as she
     * announced B", "X warned that A as he pushed B"; word type trailing_as).
     */
    private boolean newActor(Doc d, int cs, int k, int b) {
        // after a noun object and a comma any subject pronoun starts the speaker's next act
        // ("warned of the risk of surveillance, and it cited the crackdown …"): an object has no clause to go on
        boolean objectThenPronoun = k > cs + 1 && ",".equals(d.word(k - 1)) && k + 1 < b
                && lex.isExactly(d.lower(k + 1), Lexicon.WordType.SUBJECT_PRONOUN) && !Stretches.finiteOutsideQuotes(d, cs, k);
        if (k > cs + 1 && ",".equals(d.word(k - 1)) && k + 2 < b && d.quoteOf[k] < 0 && !objectThenPronoun
                && lex.isLowered(d.word(k), Lexicon.WordType.COORDINATOR) && "DT".equals(d.tok[k + 1].pos())
                && !Stretches.finiteOutsideQuotes(d, cs, k) && !Stretches.hasQuote(d, cs, k) && Clauses.clauseFollows(d, k + 1, b, 0)) {
            return true; // "accused him of spying, and a court later sentenced him": a clause of its own after an object
        }
        if (k <= cs + 1 || k + 2 >= b || d.quoteOf[k] >= 0
                || !lex.is(d.word(k + 1), Lexicon.WordType.ACTOR_PRONOUN) && !objectThenPronoun) {
            return false;
        }
        boolean as = lex.isLowered(d.word(k), Lexicon.WordType.TRAILING_AS) && Stretches.finiteOutsideQuotes(d, cs, k);
        if (!as && !lex.isLowered(d.word(k), Lexicon.WordType.COORDINATOR)) {
            return false;
        }
        int j = k + 2;
        while (j < b && (d.tok[j].pos().startsWith("RB") || "MD".equals(d.tok[j].pos()))) {
            j++;
        }
        return j < b && ("VBD".equals(d.tok[j].pos()) || "VBZ".equals(d.tok[j].pos()) || "MD".equals(d.tok[j - 1].pos()));
    }

    /**
     * "In interviews on Sunday, he defended the plan, saying that as president, …": the opening
     * phrase closed by a comma and a clause before the content; the report is in the main clause.
     */
    private static boolean openerClosed(Doc d, int a, int cs) {
        for (int c = a + 1; c + 1 < cs; c++) {
            if (",".equals(d.word(c)) && d.quoteOf[c] < 0 && Clauses.clauseFollows(d, c + 1, cs, 0)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "While X said A, he appears B": when the sentence opens with a subordinating word, the
     * report is in the subordinate clause and a comma followed by a subject pronoun and its finite
     * verb starts the main clause.
     */
    private boolean mainClause(Doc d, int cs, int k, int b) {
        if (!",".equals(d.word(k)) || k <= cs + 1 || k + 2 >= b || d.quoteOf[k] >= 0) {
            return false;
        }
        int a = d.sentStart[d.sentOf[k]];
        String first = d.word(a).toLowerCase(Locale.ROOT);
        if (a < cs && participleOpening(d, a, cs)) {
            // "Noting that turnout fell, the mayor called for …": the main clause after the participle's content
            return OpeningParticipleSubject.mainClauseComma(d, cs, b) == k;
        }
        if (!"IN".equals(d.tok[a].pos()) || "that".equals(first) || a >= cs || openerClosed(d, a, cs)) {
            return false;
        }
        int j = k + 1;
        if (!"PRP".equals(d.tok[j].pos()) && !"NNP".equals(d.tok[j].pos())) {
            return false;
        }
        j++;
        while (j < b && (d.tok[j].pos().startsWith("RB") || "NNP".equals(d.tok[j].pos()))) {
            j++;
        }
        return j < b && Tokens.finiteVerb(d.tok[j].pos());
    }
}
