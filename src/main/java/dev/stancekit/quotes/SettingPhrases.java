package dev.stancekit.quotes;

/**
 * Phrases after a verb of saying that tell when or where the words were said, not what they were,
 * which {@link ContentForm} cuts off or turns down: a day after the object ("criticized Rubio's
 * announcement | Thursday"), a time phrase opening the content ("said Sunday on Fox News."), a
 * place with a participle on its noun ("said in a transcript provided to journalists"), and a
 * setting before the infinitive of a promise ("pledged during a summit in November | to clamp
 * down"). Stateless.
 */
final class SettingPhrases {

    private SettingPhrases() {
    }

    /**
     * The "to" of an infinitive after a phrase of where or when that opens the content of a verb
     * that reports a promise or a request with an infinitive (word type infinitive_report): "pledged
     * during a summit in November to clamp down"; {@code cs} when there is none. Only words of a
     * noun phrase stand between the setting preposition and "to", and no finite verb follows.
     */
    static int settingThenInfinitive(Lexicon lex, CueSite s, int cs, int ce) {
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
     * bombing Sunday of a hospital" goes on. An occasion ("| in a recorded speech") or "following"
     * and what led to the words ("| following raids on consulting firms") ends an object and its
     * infinitive too. Returns {@code ce} when there is no such day.
     */
    static int objectTimeEnd(Lexicon lex, Doc d, int cs, int ce) {
        boolean infinitive = cs + 1 < ce && "TO".equals(d.tok[cs].pos()) && "VB".equals(d.tok[cs + 1].pos());
        if ("IN".equals(d.tok[cs].pos()) || "TO".equals(d.tok[cs].pos()) && !infinitive) {
            return ce; // "said in a statement Thursday night they …"
        }
        // "vowed to counter belligerence | in a recorded speech": an infinitive ends there too
        for (int k = cs + 1; k < ce; k++) {
            if (d.quoteOf[k] >= 0 || ",".equals(d.word(k))) {
                return ce;
            }
            if (d.tok[k - 1].pos().startsWith("NN") && "following".equalsIgnoreCase(d.word(k)) && k + 1 < ce
                    && d.quoteOf[k + 1] < 0 && !Stretches.finiteOutsideQuotes(d, k + 1, ce)) {
                return k; // "expressed concern over the policies | following raids on consulting firms"
            }
            if (d.tok[k - 1].pos().startsWith("NN") && occasion(lex, d, k, ce)) {
                return k; // "reiterated her support for the accord | on her second visit to the island"
            }
            if (d.tok[k].isVerb()) {
                if (!("VB".equals(d.tok[k].pos()) && "TO".equals(d.tok[k - 1].pos()))) {
                    return ce;
                }
                infinitive = true;
                continue;
            }
            if (infinitive) {
                continue; // a day or a document inside the infinitive's phrase is its own ("to meet on Sunday")
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

    /**
     * Whether token k opens an occasion that runs to {@code ce} with no finite verb or quote mark
     * ("telling Mic in an interview, “…”" keeps its quote): "during", "on",
     * "at" or "in", a determiner or possessive and modifiers, then a noun of type occasion_noun
     * ("on her second visit to the island", "during his trip to Beijing").
     */
    private static boolean occasion(Lexicon lex, Doc d, int k, int ce) {
        String w = d.lower(k);
        if (!("on".equals(w) || lex.isExactly(w, Lexicon.WordType.SETTING_PREPOSITION)) || k + 2 >= ce
                || !("DT".equals(d.tok[k + 1].pos()) || "PRP$".equals(d.tok[k + 1].pos()))) {
            return false;
        }
        int n = k + 2;
        while (n < ce && ("JJ".equals(d.tok[n].pos()) || "CD".equals(d.tok[n].pos()) || "NNP".equals(d.tok[n].pos())
                || "VBN".equals(d.tok[n].pos()) && n + 1 < ce && d.tok[n + 1].pos().startsWith("NN"))) {
            n++;
        }
        return n < ce && d.tok[n].pos().startsWith("NN") && lex.isExactly(d.lower(n), Lexicon.WordType.OCCASION_NOUN)
                && !Stretches.finiteOutsideQuotes(d, n + 1, ce) && !Stretches.hasQuote(d, k, ce);
    }

    /** Whether the only verbs of tokens [cs, ce) are past participles right after a noun ("a transcript provided to …"). */
    static boolean reducedPlace(Doc d, int cs, int ce) {
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

    /**
     * Whether the content opens with a time phrase ("Sunday", "last July", "Wednesday morning")
     * followed by no clause: a preposition and no verb, a comma, or a finite verb whose subject is
     * missing (the verb of saying modifies a noun before it).
     */
    static boolean afterTime(Lexicon lex, Doc d, int cs, int ce) {
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
    static boolean dayAsSubject(Lexicon lex, CueSite s, Speaker sp, int cs, int ce) {
        Doc d = s.d();
        int first = d.sentStart[d.sentOf[s.cue()]];
        boolean opens = sp.start() == first || sp.start() > first && (",".equals(d.word(sp.start() - 1))
                || "CC".equals(d.tok[sp.start() - 1].pos())); // not "What he said Monday was …"
        return opens && sp.end() == s.cue() - 1 && "PRP".equals(d.tok[sp.end()].pos()) && "VBD".equals(d.tok[s.cue()].pos())
                && lex.is(d.word(cs), Lexicon.WordType.TIME) && cs + 1 < ce
                && ("VBD".equals(d.tok[cs + 1].pos()) || "VBZ".equals(d.tok[cs + 1].pos()) || "MD".equals(d.tok[cs + 1].pos()));
    }
}
