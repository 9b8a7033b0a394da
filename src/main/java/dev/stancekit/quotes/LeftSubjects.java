package dev.stancekit.quotes;

/**
 * The subject left of a cue that names a speaker, past insertions, prepositional phrases,
 * appositions ({@link SubjectAppositions}), relative clauses and coordinated verb phrases ({@link
 * CoordinatedPredicates}). Stateless and thread-safe.
 */
final class LeftSubjects {

    /** Most comma-delimited insertions skipped between a subject and its verb. */
    static final int MAX_INSERTIONS = 3;

    private final Lexicon lex;
    private final NounPhrases phrases;
    private final Insertions insertions;
    private final RelativeClauses relatives;
    private final LooseSubjects looseSubjects;
    private final CoordinatedSubjects coordination;
    private final SubjectAppositions appositions;
    private final CoordinatedPredicates predicates;

    LeftSubjects(Lexicon lex, NounPhrases phrases, Insertions insertions, RelativeClauses relatives,
            LooseSubjects looseSubjects) {
        this.lex = lex;
        this.phrases = phrases;
        this.insertions = insertions;
        this.relatives = relatives;
        this.looseSubjects = looseSubjects;
        this.coordination = new CoordinatedSubjects(lex, phrases);
        this.appositions = new SubjectAppositions(lex, phrases);
        this.predicates = new CoordinatedPredicates(lex, this);
    }

    /**
     * For a participle of saying with no comma before it, the finite verb whose subject speaks:
     * right before it ("China hit back saying …", "Beijing responded saying …"), or before an
     * object that names no speaker ("Lee defended the plan saying …", "The ministry issued a
     * statement saying …"; "quoted a source saying …" keeps the source). -1 otherwise.
     */
    private int verbBeforeParticiple(Doc d, int cue, int sentFirst) {
        if (!"VBG".equals(d.tok[cue].pos()) || cue - 2 < sentFirst) {
            return -1;
        }
        int j = cue - 1;
        if (d.tok[j].pos().startsWith("NN") && d.quoteOf[j] < 0) {
            int[] np = phrases.nounPhrase(d, j, sentFirst);
            String head = d.word(NounPhrases.headOf(d, np == null ? new int[] {j, j} : np));
            if (np == null || np[1] != j || lex.isSpeakerNoun(head) && !lex.is(head, Lexicon.WordType.DOCUMENT)
                    || "NNP".equals(d.tok[j].pos()) || "NNPS".equals(d.tok[j].pos())) {
                return -1;
            }
            j = np[0] - 1;
        }
        while (j > sentFirst && ("RP".equals(d.tok[j].pos()) || "RB".equals(d.tok[j].pos()))) {
            j--;
        }
        return j > sentFirst && d.quoteOf[j] < 0 && ("VBD".equals(d.tok[j].pos()) || "VBZ".equals(d.tok[j].pos())
                || "VBP".equals(d.tok[j].pos())) ? j : -1;
    }

    /** Token range [s, e] of the subject left of the cue at {@code cue}, or null. */
    int[] left(Doc d, int cue, int sentFirst) {
        int verb = verbBeforeParticiple(d, cue, sentFirst);
        if (verb >= 0) {
            return left(d, verb, sentFirst); // "Lee defended the plan saying …": Lee says it, not the plan
        }
        int i = insertions.beforeCue(d, cue, sentFirst);
        if (i < sentFirst) {
            return null;
        }
        int[] marked = quotedName(d, i, sentFirst);
        if (marked != null) {
            return marked; // 'Taiwan's "defense ministry" said': a body named in quote marks by whoever doubts it
        }
        // "Ann Ode, who calls him a “fraud,” said": the comma inside the closing mark ends the insertion
        boolean quotedComma = d.isQuoteToken(i) && i - 1 > sentFirst && ",".equals(d.word(i - 1)) && d.quoteOf[i - 1] >= 0;
        if (",".equals(d.word(i)) && i - 1 > sentFirst && ")".equals(d.word(i - 1))) {
            // "Sen. Ann Ode (R-Ohio), said": a stray comma after the bracketed tag
            int[] np = phrases.nounPhrase(d, Insertions.skipBracket(d, i - 1, sentFirst), sentFirst);
            if (np != null && np[0] == sentFirst && phrases.plausible(d, np)) {
                return np;
            }
        }
        boolean inserted = false;
        if (",".equals(d.word(i)) || quotedComma) {
            inserted = true;
            int j = Insertions.prevComma(d, i - 1, sentFirst);
            int[] named = j < 0 ? null : appositions.namedInApposition(d, j, i, sentFirst);
            if (named != null) {
                return named; // "His Hungarian counterpart, Peter Szijjarto, said": the name is the speaker
            }
            if (j < 0 || !insertions.parenthetical(d, j + 1, i)) {
                return null;
            }
            i = Insertions.skipBracket(d, j - 1, sentFirst);
            // "Ms. Arnold, who helped found EDGE, an advocacy group, said": a second insertion
            for (int extra = 0; extra < MAX_INSERTIONS - 1; extra++) {
                int[] np = i >= sentFirst ? phrases.nounPhrase(d, i, sentFirst) : null;
                int k = np != null && phrases.plausible(d, np) ? -1 : Insertions.prevComma(d, i, sentFirst);
                if (k < 0 || !insertions.parenthetical(d, k + 1, j)) {
                    break;
                }
                j = k;
                i = Insertions.skipBracket(d, k - 1, sentFirst);
            }
        } else if (lex.is(d.word(i), Lexicon.WordType.VERB_CONJUNCTION) && i - 1 >= sentFirst) {
            return predicates.subject(d, i, sentFirst);
        }
        int end = -1;
        for (int hops = 0; hops < 3 && i >= sentFirst; hops++) {
            int[] np = phrases.nounPhrase(d, i, sentFirst);
            if (np == null) {
                // "groups that have endorsed him say": an object pronoun ends a relative clause
                return hops == 0 && "PRP".equals(d.tok[i].pos()) ? relatives.objectInRelative(d, new int[] {i, i}, sentFirst) : null;
            }
            int p = CoordinatedSubjects.ofConjunct(d, np[0] - 1, sentFirst);
            int m = p;
            while (m > sentFirst && ("VBN".equals(d.tok[m].pos()) || "JJ".equals(d.tok[m].pos()))) {
                m--; // "52 percent of registered voters": the participle belongs to the noun after "of"
            }
            if (m < p && m >= sentFirst && "of".equalsIgnoreCase(d.word(m))) {
                p = m;
            }
            // "information that officials said would …": "that" is no preposition
            // "remarks made Tuesday by President Xi suggesting …": the agent after "by" is the speaker of
            // a participle right after it (not of a finite verb: "officers injured by protesters said")
            boolean agent = p >= sentFirst && "by".equalsIgnoreCase(d.word(p)) && phrases.plausible(d, np)
                    && "VBG".equals(d.tok[cue].pos()) && np[1] == cue - 1;
            boolean pp = p >= sentFirst && "IN".equals(d.tok[p].pos()) && !thatBeforeSubject(d, p, cue) && !agent
                    && (!Insertions.subordinator(lex, d.word(p)) || !phrases.plausible(d, np));
            if (!pp) {
                if (!phrases.plausible(d, np)) {
                    return coordination.withName(d, np, sentFirst);
                }
                boolean keepPp = end >= 0 && lex.isSpeakerNoun(d.word(NounPhrases.headOf(d, np)));
                int[] head = relatives.objectInRelative(d, np, sentFirst);
                if (head != null) {
                    return head; // "A retired captain who advises the navy said": not "the navy"
                }
                int[] pair = coordination.subject(d, np, sentFirst);
                if (pair != null) {
                    return pair; // "…, she and another reporter said."
                }
                if (inserted && appositions.appositionOfName(d, np, sentFirst)) {
                    return phrases.nounPhrase(d, np[0] - 2, sentFirst); // "Park Ji-won, deputy minister at the Ministry of Trade, Industry and Energy, said"
                }
                return keepPp ? new int[] {np[0], end} : np;
            }
            // "China on Tuesday accused", "Minister X during the meeting emphasized": skip the
            // prepositional phrase; "officials at the ministry said", "a person familiar with
            // the talks said": keep it in the mention when the noun before it names a speaker
            end = end < 0 ? np[1] : end;
            i = Insertions.skipBracket(d, insertions.skipAdverbs(d, p - 1, sentFirst), sentFirst); // "Sen. Ann Ode (R-Ohio) on Saturday said"
            int t = i;
            while (t - 1 > sentFirst && lex.is(d.word(t), Lexicon.WordType.TIME) && d.quoteOf[t] < 0) {
                t--; // "A report issued Monday by the committee said": the day belongs to the participle
            }
            if (t < i && "VBN".equals(d.tok[t].pos())) {
                i = t;
            }
            boolean ends = cue + 1 >= d.tok.length || ".".equals(d.word(cue + 1)) || ",".equals(d.word(cue + 1));
            int[] relative = i >= sentFirst ? relatives.verbInRelative(d, i, sentFirst, ends) : null;
            if (relative != null) {
                return relative; // "…, people who have worked on relief efforts said": the relative clause's head
            }
            // "A statement posted/VBD on the website said": a participle the tagger read as a past tense
            boolean pastAsParticiple = i - 2 >= sentFirst && "VBD".equals(d.tok[i].pos()) && i + 1 < cue && "IN".equals(d.tok[i + 1].pos())
                    && ("NN".equals(d.tok[i - 1].pos()) || "NNS".equals(d.tok[i - 1].pos()))
                    && "DT".equals(d.tok[i - 2].pos());
            if (i - 1 >= sentFirst && ("JJ".equals(d.tok[i].pos()) || "VBN".equals(d.tok[i].pos()) || pastAsParticiple)
                    && d.tok[i - 1].pos().startsWith("NN")) {
                np = phrases.nounPhrase(d, i - 1, sentFirst);
                if (np != null && phrases.plausible(d, np)) {
                    return new int[] {np[0], end};
                }
                return null;
            }
        }
        return null;
    }


    /** Most words of a body's name in quote marks before a verb of saying. */
    private static final int MAX_QUOTED_NAME = 4;

    /**
     * 'Taiwan's "defense ministry" said', 'the island's "foreign ministry" claimed': a short noun phrase
     * in quote marks, with no verb, right before the verb of saying and after a possessive: the owner
     * and the quoted name as one subject, token range [s, e]; null otherwise.
     */
    private int[] quotedName(Doc d, int close, int sentFirst) {
        if (!d.isQuoteToken(close) || close - 1 <= sentFirst || d.quoteOf[close - 1] < 0) {
            return null;
        }
        int open = close - 1;
        while (open > sentFirst && d.quoteOf[open] >= 0) {
            if (d.tok[open].isVerb() || "MD".equals(d.tok[open].pos())) {
                return null;
            }
            open--;
        }
        int words = close - open - 1;
        if (!d.isQuoteToken(open) || words < 1 || words > MAX_QUOTED_NAME || !d.tok[close - 1].pos().startsWith("NN")
                || open - 1 < sentFirst || !"POS".equals(d.tok[open - 1].pos())) {
            return null;
        }
        int[] owner = phrases.nounPhrase(d, open - 2, sentFirst);
        return owner == null ? null : new int[] {owner[0], close};
    }

    /**
     * "information that officials said would …" (a finite verb right after the verb of saying: the
     * relative pronoun is the reported clause's subject), "argued that officials said …" (after a
     * verb): the "that" at token p opens the clause of the verb of saying; it is no preposition.
     */
    private static boolean thatBeforeSubject(Doc d, int p, int cue) {
        if (!"that".equalsIgnoreCase(d.word(p))) {
            return false;
        }
        return Tokens.finiteAfterAdverbs(d, cue + 1) || p > 0 && d.tok[p - 1].isVerb();
    }

    /**
     * The subject of the verb at {@code v}: {@link #left}, else any noun phrase that opens the
     * clause ("The departments declined to comment, saying …"), or with {@code afterComma} that
     * follows a comma.
     */
    int[] openingSubject(Doc d, int v, int from, boolean afterComma) {
        int[] subj = left(d, v, from);
        if (subj != null) {
            return subj;
        }
        int[] np = looseSubjects.leftAny(d, v, from);
        boolean opens = np != null && (np[0] == from || afterComma && ",".equals(d.word(np[0] - 1)));
        return opens && NounPhrases.nounHeaded(d, np) ? np : null;
    }
}
