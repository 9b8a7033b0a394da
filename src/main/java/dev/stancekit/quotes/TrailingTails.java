package dev.stancekit.quotes;

import dev.stancekit.nlp.Token;

/**
 * What may stand after the verb of saying of an attribution that ends its sentence, or after its
 * inverted speaker ("…,” X said on Tuesday.", "…,” said Sen. Bob Lane (R-Tenn.).", "…,” said X,
 * an analyst who has written on the topic."): only adverbials, an apposition that a clause
 * modifies, or else a that-clause or colon of a report of its own. Stateless.
 */
final class TrailingTails {

    /** Most tokens inside a parenthesis that an attribution may carry ("(R-Tenn.)", "(pictured)"). */
    private static final int MAX_PARENTHESIS = 8;

    private TrailingTails() {
    }

    /**
     * The closing parenthesis of a short parenthesis without a finite verb or quote mark opening at
     * {@code k}, or -1.
     */
    private static int parenthesisEnd(Doc d, int k, int b) {
        if (!"-LRB-".equals(d.tok[k].pos())) {
            return -1;
        }
        for (int m = k + 1; m < b && m <= k + MAX_PARENTHESIS + 1; m++) {
            if ("-RRB-".equals(d.tok[m].pos())) {
                return m;
            }
            if (Tokens.finiteVerb(d.tok[m].pos()) || "MD".equals(d.tok[m].pos()) || d.quoteOf[m] >= 0) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Only prepositional phrases, adverbs and punctuation until the sentence end ("said on
     * Tuesday.") or until a comma opening a participle or relative clause ("said, adding ..."),
     * or right away a clause of its own after a conjunction ("said, but he warned ..."); a name in
     * quote marks after a noun counts as one of its words ("said on the show “Harbor Talk.”",
     * see {@link QuotedNames}); a clause of time, opened by a word of type {@code time_clause},
     * counts as an adverbial ("said as he met Biden", "said after meeting aides").
     */
    /** Most tokens of a subject with prepositional phrases before its verb ("a growing partnership with allies in the region"). */
    private static final int MAX_PHRASE_SUBJECT = 12;

    /**
     * A clause whose subject opens with a determiner and holds only noun-phrase words and
     * prepositions up to its finite verb ("a growing partnership with allies in the region aims").
     */
    private static boolean subjectWithPhrase(Doc d, int k, int b) {
        if (k >= b || !"DT".equals(d.tok[k].pos()) || d.quoteOf[k] >= 0) {
            return false;
        }
        for (int j = k + 1; j < b && j - k <= MAX_PHRASE_SUBJECT && d.quoteOf[j] < 0; j++) {
            String p = d.tok[j].pos();
            if (Tokens.finiteVerb(p) || "MD".equals(p)) {
                return j > k + 1;
            }
            boolean modifier = ("VBG".equals(p) || "VBN".equals(p)) && j + 1 < b && d.tok[j + 1].pos().startsWith("NN"); // "a growing partnership"
            if (!(NounPhrases.npToken(d.tok[j]) || modifier || "IN".equals(p) && !"that".equalsIgnoreCase(d.word(j)))) {
                return false;
            }
        }
        return false;
    }

    /** A noun phrase with a relative clause on it, the subject of a clause ("cases where the buyers are abroad are …"). */
    private static boolean subjectWithRelative(Doc d, int k, int b) {
        int j = k < b && d.quoteOf[k] < 0 ? Clauses.nounPhraseEnd(d, k, b) : -1;
        return j > k && j + 1 < b && d.quoteOf[j] < 0 && (d.tok[j].pos().startsWith("W") || "that".equalsIgnoreCase(d.word(j)));
    }

    static boolean adverbialOnly(Doc d, Lexicon lex, int from, int b, boolean clauseMayFollow) {
        for (int k = from; k < b; k++) {
            Token t = d.tok[k];
            if (clauseMayFollow && k == from && t.pos().startsWith("W")) {
                return true;
            }
            if ((k == from && "in".equalsIgnoreCase(t.word()) || "without".equalsIgnoreCase(t.word())) && k + 1 < b
                    && "VBG".equals(d.tok[k + 1].pos()) && d.quoteOf[k + 1] < 0) {
                // "…, Raddatz said in posing the question to Christie", "…, he said without elaborating", "…, he told reporters in Stockholm without providing details": how the words were said
                int comma = k + 1;
                while (comma < b && !",".equals(d.word(comma)) && d.quoteOf[comma] < 0 && !d.isQuoteToken(comma)) {
                    comma++;
                }
                if (comma >= b) {
                    return true;
                }
            }
            if (clauseMayFollow && ("IN".equals(t.pos()) || "WRB".equals(t.pos())) && lex.is(d.word(k), Lexicon.WordType.TIME_CLAUSE)
                    && d.quoteOf[k] < 0 && k + 1 < b
                    && ("PRP".equals(d.tok[k + 1].pos()) || "VBG".equals(d.tok[k + 1].pos()) || "VBN".equals(d.tok[k + 1].pos())
                        || ("DT".equals(d.tok[k + 1].pos()) || "NNP".equals(d.tok[k + 1].pos())) && Clauses.clauseFollows(d, k + 1, b, 0)
                        || subjectWithApposition(d, k + 1, b) > k)) {
                // "…, Xi said as he met Biden, acknowledging …", "…, Trump suggested on Monday while
                // discussing tariffs": the time of the report; what follows its comma decides
                int comma = Math.max(k + 1, subjectWithApposition(d, k + 1, b));
                while (comma < b && !(",".equals(d.word(comma)) && d.quoteOf[comma] < 0)) {
                    if (d.quoteOf[comma] >= 0 || d.isQuoteToken(comma) || "that".equalsIgnoreCase(d.word(comma))) {
                        return false; // "said after the vote was counted that …": a report of its own follows
                    }
                    comma++;
                }
                if (comma >= b) {
                    return true;
                }
                k = comma - 1;
                continue;
            }
            if (clauseMayFollow && ",".equals(t.word()) && k + 1 < b && ("VBG".equals(d.tok[k + 1].pos())
                    || d.tok[k + 1].pos().startsWith("W") || d.isQuoteToken(k + 1)
                    || "IN".equals(d.tok[k + 1].pos()) && !"that".equalsIgnoreCase(d.word(k + 1))
                    || adverbThenSubordinate(d, k + 1, b)
                    // "…, two sources told Reuters, to resume talks …": a purpose after the listener or a
                    // time; right after the speaker ("…, Ode said, to talk …") the words go on
                    || k > from && "TO".equals(d.tok[k + 1].pos()) && k + 2 < b && "VB".equals(d.tok[k + 2].pos())
                    || k == from && "CC".equals(d.tok[k + 1].pos())
                        && (Clauses.clauseFollows(d, k + 2, b, 0) || subjectWithRelative(d, k + 2, b)
                            // "A share B, the secretary said, and are working on C": the content's own
                            // predicate goes on after the attribution, with no subject of its own
                            // (or the speaker's next verb of saying: "A, Lee said, and added that B")
                            || k + 2 < b && d.quoteOf[k + 2] < 0 && (Tokens.finiteVerb(d.tok[k + 2].pos()) || "MD".equals(d.tok[k + 2].pos())))
                    // "…, Campbell said on Thursday, but a growing partnership with allies aims to …": after the
                    // time, a clause of its own whose subject carries a prepositional phrase
                    || k > from && "CC".equals(d.tok[k + 1].pos()) && subjectWithPhrase(d, k + 2, b))) {
                return true; // ", adding …", ", who …", ", even as he …", ", but he warned …", ", to resume talks …"
            }
            if (clauseMayFollow && ",".equals(t.word()) && k + 2 < b && d.quoteOf[k + 1] < 0
                    && ("a".equalsIgnoreCase(d.word(k + 1)) || "an".equalsIgnoreCase(d.word(k + 1)))
                    && d.tok[k + 2].pos().startsWith("NN")) {
                return true; // "…, the minister said on Thursday, a sign of …": the writer's comment on the report
            }
            if (clauseMayFollow && k > from && "IN".equals(d.tok[from].pos()) && d.tok[k - 1].pos().startsWith("NN")
                    && ("that".equalsIgnoreCase(t.word()) || "WDT".equals(t.pos())) && k + 1 < b
                    && Tokens.finiteVerb(d.tok[k + 1].pos()) && d.quoteOf[k] < 0) {
                return true; // "said at the end of talks that featured clashes": a relative clause on the adverbial's noun
            }
            if (clauseMayFollow && "that".equalsIgnoreCase(t.word()) && d.quoteOf[k] < 0 && reportNounBefore(d, lex, from, k)) {
                return true; // "said yesterday following comments by Y that …": the clause completes the noun of saying
            }
            int close = QuotedNames.afterNoun(d, k, from, b);
            if (close > k) {
                k = close; // "said Wednesday on the radio show “Harbor Talk.”": a name in quote marks
                continue;
            }
            int shut = parenthesisEnd(d, k, b);
            if (shut > k) {
                k = shut; // "said Sen. Bob Lane (R-Tenn.)", "said the minister (pictured)"
                continue;
            }
            String p = t.pos();
            if (p.startsWith("VB") && !"VB".equals(p) && k > from && "IN".equals(d.tok[from].pos())
                    && d.quoteOf[k] < 0 && (p.equals("VBN") || p.equals("VBG") || p.equals("VBD"))
                    && (d.tok[k - 1].pos().startsWith("NN") || "DT".equals(d.tok[k - 1].pos()))) {
                continue; // "in a statement posted on its website"
            }
            if (k == from && "VBN".equals(p) && k + 1 < b && "IN".equals(d.tok[k + 1].pos())
                    && !"that".equalsIgnoreCase(d.word(k + 1)) && d.quoteOf[k] < 0) {
                // "said a statement issued by the minister's office on Tuesday", "said the declaration
                // issued after the summit": a reduced relative on the speaker
                continue;
            }
            if ("TO".equals(p) && k > from + 1 && lex.is(d.word(from), Lexicon.WordType.SETTING_PREPOSITION)
                    && d.tok[k - 1].pos().startsWith("NN") && Clauses.infinitive(d, k, b)) {
                // "said during his campaign speech to be a delegate": a purpose inside the setting
                return !Stretches.finiteOutsideQuotes(d, k, b) && !Stretches.hasQuote(d, k, b);
            }
            // "said X, its president and CEO": a coordinator between nouns of the apposition
            boolean nounAnd = "CC".equals(p) && k + 1 < b && (d.tok[k + 1].pos().startsWith("NN")
                    || "DT".equals(d.tok[k + 1].pos()) || "JJ".equals(d.tok[k + 1].pos()));
            boolean ok = nounAnd || "IN".equals(p) && !"that".equalsIgnoreCase(t.word()) || p.startsWith("NN")
                    // "said yesterday following talks": a participle that works as a preposition
                    || "VBG".equals(p) && k + 1 < b && !",".equals(d.word(k + 1)) && lex.is(t.word(), Lexicon.WordType.PREPOSITION_PARTICIPLE)
                    // "said on Thursday amid increased tensions": a participle that works as an
                    // adjective, between a preposition and its noun
                    || participleAdjective(d, k, from, b)
                    || "DT".equals(p) || "JJ".equals(p) || "CD".equals(p) || p.startsWith("RB")
                    // "said in response to the latest restrictions": a superlative inside a prepositional
                    // phrase, and "to" before a noun phrase (not an infinitive)
                    || "JJS".equals(p) && k - 1 > from && "IN".equals(d.tok[from].pos()) && "DT".equals(d.tok[k - 1].pos())
                    || "TO".equals(p) && k > from && k + 1 < b && !d.tok[k + 1].pos().startsWith("VB")
                    || "PRP$".equals(p) || "POS".equals(p) || ".".equals(p) || ",".equals(p) || "HYPH".equals(p);
            if (!ok || d.quoteOf[k] >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether token k is a past participle between a preposition (not "that") and a noun or
     * adjective: an adjective ("amid increased tensions"). A gerund there takes an object ("for
     * having ties to", "in battling groups"), so it is none.
     */
    private static boolean participleAdjective(Doc d, int k, int from, int b) {
        return "VBN".equals(d.tok[k].pos()) && k > from && k + 1 < b && "IN".equals(d.tok[k - 1].pos())
                && !"that".equalsIgnoreCase(d.word(k - 1)) && d.quoteOf[k + 1] < 0
                && (d.tok[k + 1].pos().startsWith("NN") || "JJ".equals(d.tok[k + 1].pos()));
    }

    /**
     * Whether a noun of saying ({@code report_noun}) stands in the tail between {@code from} and
     * the "that" at {@code k}, with no finite verb after it: the that-clause then completes that
     * noun ("following comments by Y that …"), not the verb of saying.
     */
    private static boolean reportNounBefore(Doc d, Lexicon lex, int from, int k) {
        for (int m = k - 1; m > from; m--) {
            if (Tokens.finiteVerb(d.tok[m].pos()) || d.quoteOf[m] >= 0) {
                return false;
            }
            if (d.tok[m].pos().startsWith("NN") && lex.isExactly(d.lower(m), Lexicon.WordType.REPORT_NOUN)) {
                return true;
            }
        }
        return false;
    }

    /** Most tokens of a subject with an apposition before its verb in a clause of time ("after X and his counterpart, Y, sat down"). */
    private static final int MAX_TIME_CLAUSE_SUBJECT = 16;

    /**
     * The finite verb of a clause of time whose subject starts at token k and holds an apposition
     * between commas ("after Defense Secretary Ode and his counterpart, Li Wei, sat down"): only
     * noun-phrase words, a coordinator and commas stand before it. -1 when there is none.
     */
    private static int subjectWithApposition(Doc d, int k, int b) {
        int commas = 0;
        for (int j = k; j < b && j - k <= MAX_TIME_CLAUSE_SUBJECT && d.quoteOf[j] < 0; j++) {
            String p = d.tok[j].pos();
            if (Tokens.finiteVerb(p)) {
                return commas == 2 && j > k ? j : -1;
            }
            if (",".equals(d.word(j))) {
                commas++;
            } else if (!(NounPhrases.npToken(d.tok[j]) || "CC".equals(p))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * After an inverted speaker, an apposition whose noun a relative clause or a participle
     * modifies: {@code …, said X, an analyst who has written on the topic.}, {@code …, said X, an
     * aide currently working for the mayor.}; whatever follows belongs to the speaker's words.
     */
    static boolean modifiedApposition(Doc d, int k, int b) {
        if (k + 1 >= b || !",".equals(d.word(k))) {
            return false;
        }
        int e = Clauses.nounPhraseEnd(d, k + 1, b);
        if (e < 0 || e >= b) {
            return false;
        }
        // "an associate professor at the university who …", "legal director of the fund, one of the
        // groups representing …": prepositional phrases and a second apposition before the modifier
        for (int hop = 0; hop < MAX_APPOSITION_HOPS && e + 1 < b && d.quoteOf[e] < 0; hop++) {
            int from = e + 1;
            if (",".equals(d.word(e)) && "CD".equals(d.tok[from].pos()) && from + 1 < b && "of".equalsIgnoreCase(d.word(from + 1))) {
                from += 2; // ", one of the groups"
            } else if (!("IN".equals(d.tok[e].pos()) && !"that".equalsIgnoreCase(d.word(e)) || ",".equals(d.word(e)))) {
                break;
            }
            int next = Clauses.nounPhraseEnd(d, from, b);
            if (next < 0 || next >= b) {
                break;
            }
            e = next;
        }
        while (e < b && d.tok[e].pos().startsWith("RB")) {
            e++;
        }
        String p = e < b ? d.tok[e].pos() : "";
        return d.quoteOf[e < b ? e : b - 1] < 0 && ("WP".equals(p) || "WDT".equals(p) || "VBG".equals(p) || "VBN".equals(p));
    }

    /** Most prepositional phrases and appositions between an inverted speaker's apposition and its modifier. */
    private static final int MAX_APPOSITION_HOPS = 4;

    /** Most determiners, adjectives and adverbs before the speech noun of such an object. */
    private static final int MAX_OBJECT_MODIFIERS = 3;

    /**
     * Whether the verb's own object, a noun phrase headed by a speech noun, follows right after it
     * ("“…,” the ministry voiced firm opposition to …"): the verb reports that object, not the
     * quoted words before it. Narrower than {@link Lexicon#speechNounObject}, which also lets nouns,
     * possessives and commas stand before the speech noun: after a trailing verb those are mostly
     * times and places ("said Monday concerns …"), so only determiners, adjectives and adverbs may.
     */
    static boolean speechObjectFollows(Doc d, Lexicon lex, int from, int b) {
        for (int k = from; k < b && k - from <= MAX_OBJECT_MODIFIERS && d.quoteOf[k] < 0; k++) {
            String p = d.tok[k].pos();
            if (p.startsWith("NN") && lex.is(d.word(k), Lexicon.WordType.SPEECH_NOUN)) {
                // the phrase's head, not a word of a compound ("said matter-of-factly", "issue papers")
                return k + 1 >= b || !("HYPH".equals(d.tok[k + 1].pos()) || "-".equals(d.word(k + 1))
                        || d.tok[k + 1].pos().startsWith("NN"));
            }
            if (!(p.startsWith("DT") || "PRP$".equals(p) || p.startsWith("JJ") || p.startsWith("RB"))) {
                return false;
            }
        }
        return false;
    }

    /** Whether a that-clause or colon opens right after the speaker ("said X, that …"). */
    static boolean thatFollows(Doc d, int from, int b) {
        int k = from < b && ",".equals(d.word(from)) ? from + 1 : from;
        return k < b && (":".equals(d.word(k)) || Tokens.complementizer(d, k));
    }

    /**
     * "even as he …", "just after they …": adverbs, then a subordinator other than "that" opening
     * a clause of its own.
     */
    private static boolean adverbThenSubordinate(Doc d, int k, int b) {
        int j = k;
        while (j < b && d.tok[j].pos().startsWith("RB") && d.quoteOf[j] < 0) {
            j++;
        }
        return j > k && j < b && "IN".equals(d.tok[j].pos()) && !"that".equalsIgnoreCase(d.word(j)) && d.quoteOf[j] < 0
                && Clauses.clauseFollows(d, j + 1, b, 0); // not ", especially in the social media era"
    }
}
