package dev.stancekit.quotes;

/**
 * The subject that opens the clause of a verb of saying when no finite verb stands between them,
 * however long it is: {@code Large majorities of voters in six states going to the polls said
 * they …}, {@code Many veterans interviewed at rallies, including Mr. Jebens, said they …},
 * {@code Still, 52 percent of voters say they …}, {@code The billionaire developer says a …}.
 * The whole stretch is the speaker's mention; with one relative clause on it ({@code The longtime
 * Democrat who wrote the speech says …}), the noun phrase before the relative pronoun. Tried only
 * when the verb is followed by a reported clause, after the noun-phrase rules of {@link
 * MentionFinder} found nothing.
 */
final class OpeningSubject {

    /** Most tokens of an opening subject. */
    static final int MAX_TOKENS = 30;
    /** Most tokens of an introductory phrase closed by a comma ("On Sunday night,"). */
    private static final int MAX_INTRO = 6;

    private OpeningSubject() {
    }

    /** Token range [s, e] of the subject opening the cue's clause, or null. */
    static int[] find(Doc d, int cue, int sentFirst) {
        int verb = cue;
        while (verb - 1 > sentFirst && !Tokens.finiteVerb(d.tok[verb].pos()) && Tokens.adverbOrAux(d.tok[verb - 1])) {
            verb--; // "have said", "has also argued": the auxiliary is the finite verb
        }
        if (!Tokens.finiteVerb(d.tok[verb].pos()) || d.tok[cue - 1].pos().equals("HYPH")) {
            return null; // "The self-described hawk": a participle is no verb of a clause
        }
        int e = verb - 1;
        while (e >= sentFirst && (d.tok[e].pos().startsWith("RB") || ",".equals(d.word(e)))) {
            e--; // "…, also said"
        }
        int s = clauseStart(d, sentFirst, e);
        if (s < 0 || s > e || e - s + 1 > MAX_TOKENS || !opensNounPhrase(d.tok[s].pos())) {
            return null;
        }
        boolean noun = false;
        int relative = -1;
        int relativeVerbs = 0;
        for (int k = s; k <= e; k++) {
            String p = d.tok[k].pos();
            if (reducedRelative(d, k, s, e)) {
                continue; // "veterans interviewed at rallies": a past participle the tagger took for a past tense
            }
            if (relative < 0 && noun && ("WP".equals(p) || "WDT".equals(p)) && d.tok[k - 1].pos().startsWith("NN")
                    && k + 1 <= e && d.tok[k + 1].isVerb()) {
                relative = k; // "The lifelong Republican who wrote the speech says …": one relative clause on the subject
                continue;
            }
            if (relative > 0 && Tokens.finiteVerb(p) && ++relativeVerbs > 1) {
                return null; // "The firm that built the ship went bankrupt and its chief now says": more than one clause
            }
            if (d.quoteOf[k] >= 0 || d.isQuoteToken(k) || Tokens.finiteVerb(p) && relative < 0 || ":".equals(p)
                    || ";".equals(d.word(k)) || "WDT".equals(p) || "WP".equals(p) || "(".equals(d.word(k))) {
                return null;
            }
            noun |= p.startsWith("NN") || "PRP".equals(p) || "CD".equals(p);
        }
        // the mention of a subject with a relative clause is the noun phrase it hangs on
        return !noun ? null : relative > 0 ? new int[] {s, relative - 1} : new int[] {s, e};
    }

    /**
     * The opening subject of the verb phrases that a cue after a conjunction is coordinated with
     * ({@code The judge delayed a ruling but said …}, {@code The mayor praised A, criticised B and
     * said …}): every finite verb before the conjunction is the first or follows a comma, so none
     * is inside reported content, unless the first is itself a verb of saying with "that" after it
     * (and a time phrase): {@code The ministry acknowledged on Monday that sales had slowed, but
     * said …}. {@code conj} is the conjunction's token; null when none.
     */
    static int[] ofCoordinated(Lexicon lex, Doc d, int conj, int sentFirst) {
        int first = -1;
        for (int k = sentFirst; k < conj; k++) {
            if (first >= 0 && "that".equalsIgnoreCase(d.word(k)) && lex.cueAt(d, first, conj) != null
                    && (k == first + 1 || ObjectGates.timeOnly(lex, d, first + 1, k))) {
                break; // "The ministry acknowledged (on Monday) that the war had slowed sales, but said …": the report's own verbs
            }
            if (d.quoteOf[k] >= 0 || d.isQuoteToken(k)) {
                if (first < 0) {
                    return null;
                }
                continue; // "She blamed it on a “disturbed person,” not on his religion, and said …": quoted words of an object
            }
            if (Tokens.finiteVerb(d.tok[k].pos())) {
                // after a comma, or after a comma inside closing marks ("summed her up as “terrible,” denounced …")
                boolean afterComma = Tokens.commaOrClosingComma(d, k - 1, sentFirst);
                if (first >= 0 && !afterComma) {
                    return null;
                }
                first = first < 0 ? k : first;
            }
        }
        return first > sentFirst ? find(d, first, sentFirst) : null;
    }

    /**
     * Where the clause starts: after a leading conjunction ("But"), after an introductory adverb
     * or prepositional phrase closed by a comma ("Still,", "On Sunday,"), after a subordinator
     * ("While old hands say"); -1 when the sentence opens otherwise with a clause of its own.
     */
    private static int clauseStart(Doc d, int sentFirst, int e) {
        int s = sentFirst;
        if (s <= e && "CC".equals(d.tok[s].pos())) {
            s++;
        }
        if (s > e) {
            return -1;
        }
        String p = d.tok[s].pos();
        if (p.startsWith("RB") || "IN".equals(p)) {
            for (int k = s + 1; k <= e && k - s <= MAX_INTRO; k++) {
                if (",".equals(d.word(k))) {
                    return k + 1; // "Still, 52 percent …", "In Iowa, party officials …"
                }
                if (d.tok[k].isVerb()) {
                    break;
                }
            }
            // "While old hands say …": a subordinator opens the clause of the cue itself; "Nearly
            // nine in 10 say …", "Virtually all analysts say …": an adverb of degree before the subject
            return ("IN".equals(p) || p.startsWith("RB")) && s + 1 <= e && opensNounPhrase(d.tok[s + 1].pos()) ? s + 1 : -1;
        }
        return s;
    }

    private static boolean reducedRelative(Doc d, int k, int s, int e) {
        return "VBD".equals(d.tok[k].pos()) && k > s && k < e && d.tok[k - 1].pos().startsWith("NNS")
                && ("IN".equals(d.tok[k + 1].pos()) || "RB".equals(d.tok[k + 1].pos()));
    }

    private static boolean opensNounPhrase(String pos) {
        return "DT".equals(pos) || "PDT".equals(pos) || pos.startsWith("JJ") || pos.startsWith("NN")
                || "CD".equals(pos) || "PRP$".equals(pos) || "RBR".equals(pos);
    }

    /**
     * A reported clause after the verb: {@code that} (and an insertion between commas), or a
     * subject and a finite verb within a few tokens, a relative clause in the subject allowed
     * ({@code says a tackle that used to be praised now draws a penalty}).
     */
    static boolean clauseAhead(Doc d, int k, int b) {
        if (k >= b || d.quoteOf[k] >= 0) {
            return false;
        }
        if (Tokens.complementizer(d, k)) {
            return k + 2 < b && d.quoteOf[k + 1] < 0;
        }
        String p0 = d.tok[k].pos();
        if ("WRB".equals(p0) && k + 1 < b && d.quoteOf[k + 1] < 0 && !"when".equalsIgnoreCase(d.word(k))) {
            k++; // "… and underscored how both sides oppose …": an embedded question
            p0 = d.tok[k].pos();
        }
        if (!("PRP".equals(p0) || "EX".equals(p0) || opensNounPhrase(p0))) {
            return false;
        }
        for (int j = k + 1; j < b && j - k <= MAX_INTRO * 2; j++) {
            if (d.quoteOf[j] >= 0 || ";".equals(d.word(j)) || ":".equals(d.word(j))) {
                return false;
            }
            if (Tokens.finiteVerb(d.tok[j].pos())) {
                return true;
            }
        }
        return false;
    }
}
