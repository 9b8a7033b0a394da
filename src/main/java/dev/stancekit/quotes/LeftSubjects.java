package dev.stancekit.quotes;

/**
 * The subject left of a cue that names a speaker, past insertions, prepositional phrases,
 * appositions, relative clauses and coordinated verb phrases. Stateless and thread-safe.
 */
final class LeftSubjects {

    /** Most comma-delimited insertions skipped between a subject and its verb. */
    private static final int MAX_INSERTIONS = 3;

    private final Lexicon lex;
    private final NounPhrases phrases;
    private final Insertions insertions;
    private final RelativeClauses relatives;
    private final LooseSubjects looseSubjects;
    private final CoordinatedSubjects coordination;

    LeftSubjects(Lexicon lex, NounPhrases phrases, Insertions insertions, RelativeClauses relatives,
            LooseSubjects looseSubjects) {
        this.lex = lex;
        this.phrases = phrases;
        this.insertions = insertions;
        this.relatives = relatives;
        this.looseSubjects = looseSubjects;
        this.coordination = new CoordinatedSubjects(lex, phrases);
    }

    /** Token range [s, e] of the subject left of the cue at {@code cue}, or null. */
    int[] left(Doc d, int cue, int sentFirst) {
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
            int[] named = j < 0 ? null : namedInApposition(d, j, i, sentFirst);
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
            return coordinated(d, i, sentFirst);
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
                if (inserted && appositionOfName(d, np, sentFirst)) {
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
     * The person's name between the commas at tokens j and {@code comma} (a bracketed tag after it left out) when it follows a description that
     * names no one and is no object of a preposition ("his Hungarian counterpart, Peter Szijjarto,");
     * null otherwise.
     */
    private int[] namedInApposition(Doc d, int j, int comma, int sentFirst) {
        // "…, Rep. Raja Ode (D-Ill.), said": the bracketed party and state tag after the name
        int i = Insertions.skipBracket(d, comma - 1, sentFirst) + 1;
        if (i - j < 3 || j - 1 < sentFirst || !"PERSON".equals(d.tok[i - 1].ner())) {
            return null;
        }
        for (int k = j + 1; k < i; k++) {
            if (!"NNP".equals(d.tok[k].pos())) {
                return null;
            }
        }
        if (titleOpening(d, j, sentFirst)) {
            return new int[] {j + 1, i - 1}; // "Coordinating Minister for Maritime Affairs and Investment, Luhut Pandjaitan, said"
        }
        int[] before = phrases.nounPhrase(d, j - 1, sentFirst);
        // a name before it is a list or another apposition; a capitalised common noun ("The committee's
        // top Democrat") describes
        if (before == null || "PERSON".equals(d.tok[before[1]].ner())
                || d.tok[before[1]].pos().startsWith("NNP") && !"O".equals(d.tok[before[1]].ner())
                || !NounPhrases.nounHeaded(d, before)) {
            return null;
        }
        // not the object of a preposition or verb ("remarks about his rival, X,", "fired his police chief, X,") nor an apposition
        String prev = before[0] - 1 >= sentFirst ? d.tok[before[0] - 1].pos() : "";
        if ("IN".equals(prev) || "TO".equals(prev) || ",".equals(prev) || prev.startsWith("VB") && !adjectival(d, before[0] - 1, sentFirst)) {
            return null;
        }
        return new int[] {j + 1, i - 1};
    }

    /** Most tokens of a dateline with an agency before an office ("Jakarta (Wire) - "). */
    private static final int MAX_DATELINE_TOKENS = 8;

    /**
     * Whether everything from the sentence's start (after a dateline) to the comma at {@code j} is an
     * office in capitals with a title word ("Coordinating Minister for Maritime Affairs and
     * Investment"): a name between commas after it is the office holder.
     */
    private boolean titleOpening(Doc d, int j, int sentFirst) {
        boolean title = false;
        int from = sentFirst;
        for (int k = sentFirst; k < j && k < sentFirst + MAX_DATELINE_TOKENS; k++) {
            if (Tokens.dash(d, k) && k > sentFirst && ")".equals(d.word(k - 1))) {
                from = k + 1; // "Jakarta (Wire) - "
            }
        }
        for (int k = from; k < j; k++) {
            String w = d.word(k);
            boolean cap = Character.isUpperCase(w.charAt(0));
            if (!(cap || "of".equals(w) || "for".equals(w) || "and".equals(w) || "the".equals(w)) || "PERSON".equals(d.tok[k].ner())
                    || d.quoteOf[k] >= 0) {
                return false;
            }
            title |= cap && lex.is(w, Lexicon.WordType.TITLE);
        }
        return title && j - from >= 2;
    }

    /** "The Democrats’ leading candidate": a participle at token k after a determiner or possessive modifies the noun. */
    private static boolean adjectival(Doc d, int k, int sentFirst) {
        String before = k - 1 >= sentFirst ? d.tok[k - 1].pos() : "";
        return "VBG".equals(d.tok[k].pos()) && ("DT".equals(before) || "PRP$".equals(before) || "POS".equals(before)
                || "''".equals(before));
    }

    /**
     * "Park Ji-won, deputy minister at the Ministry of Trade, Industry and Energy, said": a
     * lower-case description after a comma that follows a capitalised name describes that name, and
     * so does a short hyphenated tag after a person's name ("Rep. Paul Ryan, R-Wis., …").
     */
    private boolean appositionOfName(Doc d, int[] np, int sentFirst) {
        int comma = np[0] - 1;
        // a lower-case description, or a one-word tag that names no person ("Rep. Paul Ryan, R-Wis.,")
        boolean tag = np[1] - np[0] <= 2;
        boolean hyphen = false;
        for (int k = np[0]; k <= np[1] && tag; k++) {
            tag = !"PERSON".equals(d.tok[k].ner());
            hyphen |= "HYPH".equals(d.tok[k].pos()) || d.word(k).indexOf('-') > 0;
        }
        tag &= hyphen;
        if (comma - 1 < sentFirst || !",".equals(d.word(comma)) || !Character.isLowerCase(d.word(np[0]).charAt(0)) && !tag) {
            return false;
        }
        int[] name = phrases.nounPhrase(d, comma - 1, sentFirst);
        if (tag && (name == null || !"PERSON".equals(d.tok[name[1]].ner()))) {
            return false;
        }
        // not the object of a preposition ("In a statement to the Observer, her adviser, …")
        return name != null && d.tok[name[1]].pos().startsWith("NNP") && phrases.plausible(d, name)
                && (name[0] == sentFirst || !("IN".equals(d.tok[name[0] - 1].pos()) || "TO".equals(d.tok[name[0] - 1].pos())));
    }



    /**
     * The subject of the verb phrases coordinated with the cue: "He met the envoy and later said",
     * "The judge delayed a ruling but said", "The mayor praised A, criticised B and said" (each
     * verb phrase after a comma is walked over to the one before it).
     */
    private int[] coordinated(Doc d, int conj, int sentFirst) {
        boolean reported = false;
        boolean plainAnd = "and".equalsIgnoreCase(d.word(conj)) && !",".equals(d.word(conj - 1));
        for (int k = sentFirst; k < conj && !plainAnd; k++) {
            if (reported && Tokens.finiteVerb(d.tok[k].pos()) && !",".equals(d.word(k - 1))) {
                // "X said A remains open, but stressed B": the verb is in reported content; the
                // report before decides (see ReportedSpeechFinder)
                return null;
            }
            reported |= d.tok[k].isVerb() && !lex.cues(d.tok[k].lemma()).isEmpty();
        }
        int end = conj;
        for (int phrases = 0; phrases <= MAX_INSERTIONS; phrases++) {
            int start = end - 1;
            while (start > sentFirst && !",".equals(d.word(start - 1))) {
                start--;
            }
            // the finite verb nearest before the conjunction: "when he brought up the bombing and later said"
            for (int v = end - 1; v > start; v--) {
                if (Tokens.finiteVerb(d.tok[v].pos()) && d.quoteOf[v] < 0 && !Insertions.auxiliary(lex, d.tok[v].lemma())) {
                    // "Her campaign announced A and said B": any noun phrase opening the clause
                    int[] subj = clauseAfterCue(d, conj) ? openingSubject(d, v, sentFirst, true) : left(d, v, sentFirst);
                    if (subj != null && Tokens.freeRelative(lex, d, subj[0] - 1, sentFirst)) {
                        continue; // "urged A to stop what it called “B” and warned": the verb of "what it called" is no subject's
                    }
                    if (subj != null) {
                        return subj;
                    }
                }
            }
            if (start - 1 > sentFirst && Tokens.finiteVerb(d.tok[start].pos()) && d.quoteOf[start] < 0) {
                int[] subj = phrases == 0 ? left(d, start, sentFirst) : null;
                if (subj != null && !Stretches.finiteBefore(d, sentFirst, subj[0])) { // not "X thanked his counterpart, Y, praised …"
                    return subj; // "Rep. Ann Ode (Ill.), threw support behind it but said": the subject over the insertion
                }
                end = start - 1; // ", criticised the budget and said": the phrase before the comma
                continue;
            }
            for (int v = start; v < end; v++) {
                if (d.tok[v].isVerb() && d.quoteOf[v] < 0 && !Insertions.auxiliary(lex, d.tok[v].lemma())) {
                    return v > start ? left(d, v, sentFirst) : null;
                }
            }
            if (start - 1 <= sentFirst) {
                return null;
            }
            end = start - 1; // 'blamed it on a “disturbed person,” not on his religion, and said': a phrase with no verb
        }
        return null;
    }

    /** Whether a finite verb follows the verb of saying after the conjunction at {@code conj} ("and said he would …"). */
    private static boolean clauseAfterCue(Doc d, int conj) {
        int b = d.sentEnd[d.sentOf[conj]];
        int v = conj + 1;
        while (v < b && d.tok[v].pos().startsWith("RB")) {
            v++;
        }
        return Stretches.finiteOutsideQuotes(d, v + 1, b);
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
