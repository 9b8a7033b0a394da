package dev.stancekit.quotes;

import dev.stancekit.nlp.Token;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the noun phrase naming the speaker of a cue verb with tokens and POS tags only: the
 * subject to the left ("The spokesman, speaking on condition of anonymity, said"), the inverted
 * subject to the right ("said Adm. Smith") or the subject of a coordinated verb ("He met X and
 * spoke of ..."). Stateless and thread-safe.
 */
final class MentionFinder {

    private static final int MAX_NP = NounPhrases.MAX_NP;
    /** Most tokens inside a bracketed tag after a name ("(R-Ohio)", "(D-N.Y.)"). */
    private static final int MAX_BRACKET = 8;
    /** Most tokens of an insertion between dashes skipped between a subject and its verb. */
    private static final int MAX_DASH_INSERTION = 40;
    /** Most comma-delimited insertions skipped between a subject and its verb. */
    private static final int MAX_INSERTIONS = 3;
    private static final Set<String> AUX = Set.of("have", "be", "do", "will", "would", "shall",
            "should", "can", "could", "may", "might", "must", "also", "then", "later");
    private static final Set<String> SUBORDINATORS = Set.of("while", "whereas", "although", "though",
            "because", "since", "as", "if", "unless", "with", "after", "before", "until", "once", "so");

    private final Lexicon lex;
    private final NounPhrases phrases;

    MentionFinder(Lexicon lex) {
        this.lex = lex;
        this.phrases = new NounPhrases(lex);
    }

    /**
     * The object ending at token {@code last} (a pronoun or a noun phrase) of a verb whose lemma
     * has the word type ({@code quoted the minister as saying}, {@code prompted him to say}), or
     * null.
     */
    /**
     * The auxiliary of a passive quoting verb ("was quoted", "has been quoted by the agency")
     * that ends at token {@code last} or a "by" phrase after it; -1 when none.
     */
    int passiveQuoting(Doc d, int last, int sentFirst) {
        for (int k = last; k > sentFirst && last - k <= MAX_NP; k--) {
            if (lex.isExactly(d.tok[k].lemma(), Lexicon.WordType.QUOTING_VERB) && "VBN".equals(d.tok[k].pos())) {
                int aux = k - 1;
                while (aux > sentFirst && d.tok[aux].pos().startsWith("RB")) {
                    aux--;
                }
                boolean by = k == last || "by".equalsIgnoreCase(d.word(k + 1));
                return by && "be".equals(d.tok[aux].lemma()) ? aux : -1;
            }
        }
        return -1;
    }

    int[] objectOf(Doc d, int last, int sentFirst, Lexicon.WordType verbType) {
        if (last < sentFirst) {
            return null;
        }
        int[] np = "PRP".equals(d.tok[last].pos()) ? new int[] {last, last} : nounPhrase(d, last, sentFirst);
        if (np == null || np[0] - 1 < sentFirst) {
            return null;
        }
        dev.stancekit.nlp.Token v = d.tok[np[0] - 1];
        return v.isVerb() && lex.isExactly(v.lemma(), verbType) ? np : null;
    }

    /** Token range [s, e] of the subject left of the cue at {@code cue}, or null. */
    /** Whether the word opens a subordinate clause ("while", "after", "if"). */
    boolean subordinator(String word) {
        return SUBORDINATORS.contains(word.toLowerCase(Locale.ROOT));
    }

    int[] left(Doc d, int cue, int sentFirst) {
        int i = skipDashInsertion(d, skipBracket(d, skipAdverbs(d, cue - 1, sentFirst), sentFirst), sentFirst);
        if (i < sentFirst) {
            return null;
        }
        // "Ann Ode, who calls him a “fraud,” said": the comma inside the closing mark ends the insertion
        boolean quotedComma = d.isQuoteToken(i) && i - 1 > sentFirst && ",".equals(d.word(i - 1)) && d.quoteOf[i - 1] >= 0;
        if (",".equals(d.word(i)) && i - 1 > sentFirst && ")".equals(d.word(i - 1))) {
            // "Sen. Ann Ode (R-Ohio), said": a stray comma after the bracketed tag
            int[] np = nounPhrase(d, skipBracket(d, i - 1, sentFirst), sentFirst);
            if (np != null && np[0] == sentFirst && plausible(d, np)) {
                return np;
            }
        }
        boolean inserted = false;
        if (",".equals(d.word(i)) || quotedComma) {
            inserted = true;
            int j = prevComma(d, i - 1, sentFirst);
            if (j < 0 || !parenthetical(d, j + 1, i)) {
                return null;
            }
            i = skipBracket(d, j - 1, sentFirst);
            // "Ms. Arnold, who helped found EDGE, an advocacy group, said": a second insertion
            for (int extra = 0; extra < MAX_INSERTIONS - 1; extra++) {
                int[] np = i >= sentFirst ? nounPhrase(d, i, sentFirst) : null;
                int k = np != null && plausible(d, np) ? -1 : prevComma(d, i, sentFirst);
                if (k < 0 || !parenthetical(d, k + 1, j)) {
                    break;
                }
                j = k;
                i = skipBracket(d, k - 1, sentFirst);
            }
        } else if (lex.is(d.word(i), Lexicon.WordType.VERB_CONJUNCTION) && i - 1 >= sentFirst) {
            return coordinated(d, i, sentFirst);
        }
        int end = -1;
        for (int hops = 0; hops < 3 && i >= sentFirst; hops++) {
            int[] np = nounPhrase(d, i, sentFirst);
            if (np == null) {
                // "groups that have endorsed him say": an object pronoun ends a relative clause
                return hops == 0 && "PRP".equals(d.tok[i].pos()) ? objectInRelative(d, new int[] {i, i}, sentFirst) : null;
            }
            int p = np[0] - 1;
            int m = p;
            while (m > sentFirst && ("VBN".equals(d.tok[m].pos()) || "JJ".equals(d.tok[m].pos()))) {
                m--; // "52 percent of registered voters": the participle belongs to the noun after "of"
            }
            if (m < p && m >= sentFirst && "of".equalsIgnoreCase(d.word(m))) {
                p = m;
            }
            boolean pp = p >= sentFirst && "IN".equals(d.tok[p].pos())
                    && (!SUBORDINATORS.contains(d.word(p).toLowerCase(Locale.ROOT)) || !plausible(d, np));
            if (!pp) {
                if (!plausible(d, np)) {
                    return coordinatedWithName(d, np, sentFirst);
                }
                boolean keepPp = end >= 0 && lex.isSpeakerNoun(d.word(headOf(d, np)));
                int[] head = objectInRelative(d, np, sentFirst);
                if (head != null) {
                    return head; // "A retired captain who advises the navy said": not "the navy"
                }
                if (inserted && appositionOfName(d, np, sentFirst)) {
                    return nounPhrase(d, np[0] - 2, sentFirst); // "Park Ji-won, deputy minister at the Ministry of Trade, Industry and Energy, said"
                }
                return keepPp ? new int[] {np[0], end} : np;
            }
            // "China on Tuesday accused", "Minister X during the meeting emphasized": skip the
            // prepositional phrase; "officials at the ministry said", "a person familiar with
            // the talks said": keep it in the mention when the noun before it names a speaker
            end = end < 0 ? np[1] : end;
            i = skipBracket(d, skipAdverbs(d, p - 1, sentFirst), sentFirst); // "Sen. Ann Ode (R-Ohio) on Saturday said"
            if (i - 1 >= sentFirst && ("JJ".equals(d.tok[i].pos()) || "VBN".equals(d.tok[i].pos()))
                    && d.tok[i - 1].pos().startsWith("NN")) {
                np = nounPhrase(d, i - 1, sentFirst);
                if (np != null && plausible(d, np)) {
                    return new int[] {np[0], end};
                }
                return null;
            }
        }
        return null;
    }

    /**
     * The subject of a relative clause whose object stands right before the verb of saying:
     * "A retired captain who advises the navy said" gives "A retired captain"; null otherwise.
     */
    private int[] objectInRelative(Doc d, int[] np, int sentFirst) {
        int v = np[0] - 1;
        if (v - 1 <= sentFirst || !d.tok[v].isVerb()) {
            return null;
        }
        int w = v - 1;
        while (w > sentFirst && (d.tok[w].pos().startsWith("RB") || "MD".equals(d.tok[w].pos())
                || AUX.contains(d.tok[w].lemma()) && d.tok[w].isVerb())) {
            w--; // "organizations that have endorsed him say"
        }
        boolean finite = Tokens.finiteVerb(d.tok[v].pos()) || w < v - 1;
        boolean relative = "WP".equals(d.tok[w].pos()) || "WDT".equals(d.tok[w].pos());
        if (!finite || !relative || w - 1 < sentFirst) {
            return null;
        }
        if (lex.is(d.word(w - 1), Lexicon.WordType.DEMONSTRATIVE_HEAD) && opensSentence(d, w - 1, sentFirst)) {
            return new int[] {w - 1, w - 1}; // "But those who back her rivals say"
        }
        int[] head = nounPhrase(d, w - 1, sentFirst);
        return head != null && opensSentence(d, head[0], sentFirst) && plausible(d, head) ? head : null;
    }

    /** Whether only conjunctions, adverbs and commas stand before token k in its sentence ("But those …"). */
    private static boolean opensSentence(Doc d, int k, int sentFirst) {
        for (int j = sentFirst; j < k; j++) {
            String p = d.tok[j].pos();
            if (!("CC".equals(p) || p.startsWith("RB") || ",".equals(d.word(j)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Park Ji-won, deputy minister at the Ministry of Trade, Industry and Energy, said": a
     * lower-case description after a comma that follows a capitalised name describes that name.
     */
    private boolean appositionOfName(Doc d, int[] np, int sentFirst) {
        int comma = np[0] - 1;
        if (comma - 1 < sentFirst || !",".equals(d.word(comma)) || !Character.isLowerCase(d.word(np[0]).charAt(0))) {
            return false;
        }
        int[] name = nounPhrase(d, comma - 1, sentFirst);
        // not the object of a preposition ("In a statement to the Observer, her adviser, …")
        return name != null && d.tok[name[1]].pos().startsWith("NNP") && plausible(d, name)
                && (name[0] == sentFirst || !("IN".equals(d.tok[name[0] - 1].pos()) || "TO".equals(d.tok[name[0] - 1].pos())));
    }

    /**
     * The speaker of a verb of saying whose quote is already known: {@link #left} when it finds
     * one; else any noun phrase right before the verb (an apposition between commas skipped:
     * "the complaint alleged", "the petition, filed Tuesday, accuses"); for a participle ("…,
     * calling him “a liar”") the subject of its clause. Null when none.
     */
    int[] speakerOf(Doc d, int cue, int sentFirst) {
        int[] np = left(d, cue, sentFirst);
        if (np != null) {
            return np;
        }
        int i = skipAdverbs(d, cue - 1, sentFirst);
        if (i >= sentFirst && ",".equals(d.word(i))) {
            int j = i - 1;
            while (j >= sentFirst && !",".equals(d.word(j)) && d.quoteOf[j] < 0) {
                j--;
            }
            i = j >= sentFirst && ",".equals(d.word(j)) ? j - 1 : i;
        }
        np = i >= sentFirst ? nounPhrase(d, i, sentFirst) : null;
        if (np != null && nounHeaded(d, np)) {
            return np;
        }
        if ("VBG".equals(d.tok[cue].pos()) && cue > sentFirst) {
            return clauseSubject(d, sentFirst, cue);
        }
        return null;
    }

    /** Inverted subject right after the cue ("..., said Adm. Smith."), or null. */
    int[] right(Doc d, int from, int sentEnd) {
        return right(d, from, sentEnd, false);
    }

    /**
     * As {@link #right(Doc, int, int)}; with {@code anyNoun}, any noun phrase is taken ("said one
     * former campaign staffer" after a closing quote mark, where nothing else can be the speaker).
     */
    int[] right(Doc d, int from, int sentEnd, boolean anyNoun) {
        int e = from;
        while (e < sentEnd && (NounPhrases.npToken(d.tok[e]) || NounPhrases.premodifier(d, e, from, sentEnd)) && e - from < MAX_NP) {
            e++;
        }
        if (e == from) {
            return null;
        }
        // "said a person close to the campaign", "said an official familiar with the talks"
        if (e + 1 < sentEnd && "JJ".equals(d.tok[e - 1].pos()) && e - 1 > from
                && ("IN".equals(d.tok[e].pos()) || "TO".equals(d.tok[e].pos()))) {
            int k = e + 1;
            while (k < sentEnd && NounPhrases.npToken(d.tok[k]) && k - from < MAX_NP) {
                k++;
            }
            e = k > e + 1 ? k : e;
        }
        // the speaker's words end where something other than a finite verb follows: punctuation,
        // a relative clause, a preposition or conjunction ("said X as she left", "said X in a
        // statement", "said X, a spokesman who ...")
        String next = e < sentEnd ? d.tok[e].pos() : "";
        // a participle with its complement is a reduced relative ("said one aide involved in the talks")
        boolean reduced = "VBN".equals(next) && e + 1 < sentEnd
                && ("IN".equals(d.tok[e + 1].pos()) || "TO".equals(d.tok[e + 1].pos()));
        boolean ends = e == sentEnd || reduced || !(next.startsWith("VB") || "MD".equals(next) || "PRP".equals(next));
        int[] np = {from, e - 1};
        return ends && (plausible(d, np) || anyNoun && nounHeaded(d, np)) && !"PRP".equals(d.tok[from].pos()) ? np : null;
    }

    /**
     * A looser subject for a verb that reports speech whatever its subject: any noun phrase,
     * number or share right before the cue ("his campaign said", "42% say", "one in four said",
     * "the filing alleges"), and for a relative clause the noun phrase it hangs on ("Ted Cruz, who
     * said", "voters who said"). Null when none.
     */
    int[] leftAny(Doc d, int cue, int sentFirst) {
        int i = skipDashInsertion(d, skipBracket(d, skipAdverbs(d, cue - 1, sentFirst), sentFirst), sentFirst);
        if (i < sentFirst || d.quoteOf[i] >= 0) {
            return null;
        }
        if (relativeBefore(d, cue, sentFirst) == i) {
            int j = i - 1;
            if (j >= sentFirst && ",".equals(d.word(j))) {
                j--;
            }
            if (j < sentFirst) {
                return null;
            }
            int[] np = nounPhrase(d, j, sentFirst); // "fire from Mayor Ortiz, who said": any role in its clause
            if (np == null) {
                return null;
            }
            String head = d.tok[headOf(d, np)].pos();
            return plausible(d, np) || head.startsWith("NN") || "CD".equals(head) ? np : null;
        }
        if (",".equals(d.word(i))) {
            // "six newspapers in the state, including the Times, said": skip the insertion
            int j = i - 1;
            while (j >= sentFirst && !",".equals(d.word(j)) && d.quoteOf[j] < 0) {
                j--;
            }
            if (j < sentFirst || !",".equals(d.word(j)) || !parenthetical(d, j + 1, i)) {
                return null;
            }
            i = skipBracket(d, j - 1, sentFirst);
        }
        int[] np = looseNounPhrase(d, i, sentFirst, "VBG".equals(d.tok[cue].pos()));
        if (np == null && "VBN".equals(d.tok[i].pos()) && i - 1 >= sentFirst
                && lex.is(d.word(i - 1), Lexicon.WordType.DEMONSTRATIVE_HEAD) && opensClause(d, i - 1, sentFirst)) {
            np = new int[] {i - 1, i}; // "those surveyed say", "many polled said"
        }
        if (np == null && (lex.is(d.word(i), Lexicon.WordType.QUANTIFIER) || "CD".equals(d.tok[i].pos()))) {
            int q = i; // "Some say", "one said", "while another says", "one in five say"
            if ("CD".equals(d.tok[i].pos()) && i - 2 >= sentFirst && "in".equalsIgnoreCase(d.word(i - 1))
                    && "CD".equals(d.tok[i - 2].pos())) {
                q = i - 2;
            }
            while (q - 1 >= sentFirst && d.tok[q - 1].pos().startsWith("RB")) {
                q--; // "About three in 10 said", "Only one said"
            }
            if (q == sentFirst || ",".equals(d.word(q - 1)) || "CC".equals(d.tok[q - 1].pos())
                    || "IN".equals(d.tok[q - 1].pos()) && SUBORDINATORS.contains(d.word(q - 1).toLowerCase(Locale.ROOT))) {
                np = new int[] {q, i};
            }
        }
        return np == null ? relativeSubject(d, i, sentFirst) : np;
    }

    /** Whether token k opens a clause: the sentence's first word, or after a comma, a conjunction or a preposition. */
    private static boolean opensClause(Doc d, int k, int sentFirst) {
        if (k == sentFirst) {
            return true;
        }
        String p = d.tok[k - 1].pos();
        return ",".equals(d.word(k - 1)) || "CC".equals(p) || "IN".equals(p) || p.startsWith("RB");
    }

    /**
     * The noun phrase that a restrictive relative clause ending at token {@code i} hangs on
     * ("others who want to ban the tax said", "voters who backed him in 2012 say"), or null.
     */
    private int[] relativeSubject(Doc d, int i, int sentFirst) {
        if ("TO".equals(d.tok[i].pos())) {
            return null; // "a win that led her to declare": the infinitive has a subject of its own
        }
        for (int k = i; k > sentFirst && i - k <= MAX_NP; k--) {
            Token t = d.tok[k];
            if (d.quoteOf[k] >= 0 || ",".equals(t.word()) || ";".equals(t.word())) {
                return null;
            }
            if ("WP".equals(t.pos()) && "who".equalsIgnoreCase(t.word()) || "WP$".equals(t.pos())) {
                boolean verb = false;
                for (int v = k + 1; v <= i; v++) {
                    verb |= d.tok[v].isVerb();
                }
                int[] np = verb ? nounPhrase(d, k - 1, sentFirst) : null;
                if (verb && np == null && k - 1 >= sentFirst && lex.is(d.word(k - 1), Lexicon.WordType.DEMONSTRATIVE_HEAD)) {
                    return new int[] {k - 1, k - 1}; // "those who back her rivals say"
                }
                return np != null && nounHeaded(d, np) ? np : null;
            }
        }
        return null;
    }

    /** The relative pronoun right before the cue at {@code cue} ("who said"), or -1. */
    int relativeBefore(Doc d, int cue, int sentFirst) {
        int i = skipAdverbs(d, cue - 1, sentFirst);
        if (i < sentFirst || d.quoteOf[i] >= 0) {
            return -1;
        }
        String pos = d.tok[i].pos();
        return ("WP".equals(pos) || "WDT".equals(pos)) && !lex.is(d.word(i), Lexicon.WordType.FREE_RELATIVE) ? i : -1;
    }

    private int[] looseNounPhrase(Doc d, int i, int sentFirst, boolean participle) {
        int[] np = nounPhrase(d, i, sentFirst);
        if (np == null) {
            return null;
        }
        int p0 = np[0] - 1;
        if (p0 - 1 >= sentFirst && "IN".equals(d.tok[p0].pos())
                && !SUBORDINATORS.contains(d.word(p0).toLowerCase(Locale.ROOT))) {
            // "six newspapers in the state said", "voters in a recent poll say": the noun before
            // the prepositional phrase heads the subject
            int[] outer = nounPhrase(d, p0 - 1, sentFirst);
            if (outer != null && d.tok[outer[1]].pos().startsWith("NN")) {
                int[] whole = looseNounPhrase(d, p0 - 1, sentFirst, participle);
                return whole == null ? null : new int[] {whole[0], np[1]};
            }
        }
        String head = d.tok[headOf(d, np)].pos();
        boolean ok = head.startsWith("NN") || "CD".equals(head) || "PRP".equals(head);
        int p = np[0] - 1;
        if ("CD".equals(d.tok[np[0]].pos()) && p - 1 >= sentFirst && "in".equalsIgnoreCase(d.word(p))
                && "CD".equals(d.tok[p - 1].pos())) {
            return ok ? new int[] {p - 1, np[1]} : null; // "(nearly) eight in 10 voters said": a share of a group
        }
        boolean object = p >= sentFirst && ("IN".equals(d.tok[p].pos())
                && !SUBORDINATORS.contains(d.word(p).toLowerCase(Locale.ROOT)) // "while other voters said"
                || "TO".equals(d.tok[p].pos()) || d.tok[p].isVerb());
        // a participle has its own subject after "with" or a verb: "with 47 percent of voters
        // saying", "left most voters saying"
        object &= !(participle && p >= sentFirst && (d.tok[p].isVerb() || lex.is(d.word(p), Lexicon.WordType.ABSOLUTE_WITH)));
        return ok && !object && !lex.is(d.word(np[0]), Lexicon.WordType.JOINT) ? np : null;
    }

    /** The subject of the first full verb between {@code from} and {@code to}, or null. */
    int[] clauseSubject(Doc d, int from, int to) {
        for (int v = from; v < to; v++) {
            if (d.tok[v].isVerb() && d.quoteOf[v] < 0 && !AUX.contains(d.tok[v].lemma())) {
                if (v == from && ("VBN".equals(d.tok[v].pos()) || "VBG".equals(d.tok[v].pos()))) {
                    // "Asked whether …, Lin did not answer, saying …": the clause after the opening participle
                    int comma = v + 1;
                    while (comma < to && !(",".equals(d.word(comma)) && d.quoteOf[comma] < 0)) {
                        comma++;
                    }
                    for (int f = comma + 2; f < to; f++) {
                        if (Tokens.finiteVerb(d.tok[f].pos()) && d.quoteOf[f] < 0) {
                            return openingSubject(d, f, comma + 1, false);
                        }
                    }
                    return null;
                }
                return v > from ? openingSubject(d, v, from, false) : null;
            }
        }
        return null;
    }

    /**
     * The subject of a clause between {@code from} and {@code to} whose only verbs are forms of
     * "be" or "have" ("Obama has been on the sidelines", "Trump had the air of a winner"): the
     * subject of the first of them, or null.
     */
    int[] copulaSubject(Doc d, int from, int to) {
        for (int v = from; v < to; v++) {
            if (d.tok[v].isVerb() && d.quoteOf[v] < 0 && !AUX.contains(d.tok[v].lemma())) {
                return null;
            }
        }
        for (int v = from + 1; v < to; v++) {
            if (Tokens.finiteVerb(d.tok[v].pos()) && d.quoteOf[v] < 0) {
                return openingSubject(d, v, from, false);
            }
        }
        return null;
    }

    /**
     * The subject of the verb at {@code v}: {@link #left}, else any noun phrase that opens the
     * clause ("The departments declined to comment, saying …"), or with {@code afterComma} that
     * follows a comma.
     */
    private int[] openingSubject(Doc d, int v, int from, boolean afterComma) {
        int[] subj = left(d, v, from);
        if (subj != null) {
            return subj;
        }
        int[] np = leftAny(d, v, from);
        boolean opens = np != null && (np[0] == from || afterComma && ",".equals(d.word(np[0] - 1)));
        return opens && nounHeaded(d, np) ? np : null;
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
                if (Tokens.finiteVerb(d.tok[v].pos()) && d.quoteOf[v] < 0 && !AUX.contains(d.tok[v].lemma())) {
                    // "Her campaign announced A and said B": any noun phrase opening the clause
                    int[] subj = clauseAfterCue(d, conj) ? openingSubject(d, v, sentFirst, true) : left(d, v, sentFirst);
                    if (subj != null) {
                        return subj;
                    }
                }
            }
            if (start - 1 > sentFirst && Tokens.finiteVerb(d.tok[start].pos()) && d.quoteOf[start] < 0) {
                end = start - 1; // ", criticised the budget and said": the phrase before the comma
                continue;
            }
            for (int v = start; v < end; v++) {
                if (d.tok[v].isVerb() && d.quoteOf[v] < 0 && !AUX.contains(d.tok[v].lemma())) {
                    return v > start ? left(d, v, sentFirst) : null;
                }
            }
            return null;
        }
        return null;
    }

    /**
     * The token before an insertion between dashes that ends at token {@code i} ("Many speakers
     * — including two bishops — said"), or {@code i} when token i is no closing dash.
     */
    private static int skipDashInsertion(Doc d, int i, int sentFirst) {
        if (i <= sentFirst || !Tokens.dash(d, i)) {
            return i;
        }
        for (int j = i - 1; j > sentFirst && i - j <= MAX_DASH_INSERTION; j--) {
            if (d.quoteOf[j] >= 0) {
                return i;
            }
            if (Tokens.dash(d, j)) {
                return j - 1;
            }
        }
        return i;
    }

    /** Whether a finite verb follows the verb of saying after the conjunction at {@code conj} ("and said he would …"). */
    private static boolean clauseAfterCue(Doc d, int conj) {
        int b = d.sentEnd[d.sentOf[conj]];
        int v = conj + 1;
        while (v < b && d.tok[v].pos().startsWith("RB")) {
            v++;
        }
        return Clauses.finiteOutsideQuotes(d, v + 1, b);
    }

    /** The comma at or before token {@code from} in the sentence, or -1. */
    private static int prevComma(Doc d, int from, int sentFirst) {
        for (int j = from; j >= sentFirst; j--) {
            if (",".equals(d.word(j)) && d.quoteOf[j] < 0) { // a comma inside quote marks is not one
                return j;
            }
        }
        return -1;
    }

    /**
     * "Mr. Xi and other leaders said": a subject noun phrase that names no speaker by itself,
     * coordinated with one that does; else null.
     */
    private int[] coordinatedWithName(Doc d, int[] np, int sentFirst) {
        int and = np[0] - 1;
        if (and - 1 < sentFirst || !"and".equalsIgnoreCase(d.word(and)) || !nounHeaded(d, np)) {
            return null;
        }
        int[] first = nounPhrase(d, and - 1, sentFirst);
        return first != null && plausible(d, first) && (first[0] == sentFirst || ",".equals(d.word(first[0] - 1)))
                ? new int[] {first[0], np[1]} : null;
    }

    /**
     * A noun phrase right before the cue and right after a comma or closing mark ("…, the group
     * says."): the speaker of a trailing attribution whatever its head noun; else null.
     */
    int[] trailingSubject(Doc d, int cue, int sentFirst) {
        int i = skipAdverbs(d, cue - 1, sentFirst);
        int[] np = i >= sentFirst ? nounPhrase(d, i, sentFirst) : null;
        if (np == null || !nounHeaded(d, np) || np[0] - 1 < sentFirst) {
            return null;
        }
        return ",".equals(d.word(np[0] - 1)) || d.isQuoteToken(np[0] - 1) ? np : null;
    }

    /**
     * Before a bracketed tag right in front of the cue ("Sen. Ann Ode (R-Ohio) said"): the token
     * before its opening bracket; else {@code i} itself.
     */
    private static int skipBracket(Doc d, int i, int sentFirst) {
        if (i < sentFirst || !")".equals(d.word(i))) {
            return i;
        }
        for (int k = i - 1; k >= sentFirst && i - k <= MAX_BRACKET; k--) {
            if ("(".equals(d.word(k))) {
                return k - 1;
            }
        }
        return i;
    }

    private int skipAdverbs(Doc d, int i, int sentFirst) {
        while (i >= sentFirst) {
            Token t = d.tok[i];
            boolean adverb = t.pos().startsWith("RB") && !"n't".equals(t.word()) && !"not".equals(t.word());
            boolean aux = "MD".equals(t.pos()) || AUX.contains(t.lemma()) && t.pos().startsWith("VB");
            boolean longAfterAux = "JJ".equals(t.pos()) && i - 1 >= sentFirst && AUX.contains(d.tok[i - 1].lemma());
            String before = i - 1 >= sentFirst ? d.tok[i - 1].pos() : "";
            // "have both argued", "they all said": a quantifier after the subject or an auxiliary
            boolean floating = lex.is(t.word(), Lexicon.WordType.QUANTIFIER) && "DT".equals(t.pos())
                    && (before.startsWith("NN") || "PRP".equals(before) || "MD".equals(before)
                    || i - 1 >= sentFirst && AUX.contains(d.tok[i - 1].lemma()));
            // "he’s predicted": a clitic "’s" after a pronoun is "has" or "is"
            boolean clitic = "PRP".equals(before) && ("POS".equals(t.pos()) || "VBZ".equals(t.pos())) && t.word().endsWith("s")
                    && t.word().length() == 2;
            // "X, the party chairman, this past week announced": a time phrase before the verb
            int time = timeBefore(d, i, sentFirst);
            if (time >= 0) {
                i = time - 1;
                continue;
            }
            if (!(adverb || aux || longAfterAux || floating || clitic)) {
                break;
            }
            i--;
        }
        return i;
    }

    /**
     * The first token of a time phrase ending at token i ("last week", "this past week",
     * "Tuesday"; time words of speaker-words.csv), or -1.
     */
    private int timeBefore(Doc d, int i, int sentFirst) {
        if (!lex.is(d.word(i), Lexicon.WordType.TIME) || !d.tok[i].pos().startsWith("NN") || d.quoteOf[i] >= 0) {
            return -1;
        }
        int k = i;
        while (k - 1 >= sentFirst && ("JJ".equals(d.tok[k - 1].pos()) || "DT".equals(d.tok[k - 1].pos()))) {
            k--;
        }
        // the phrase must stand between a subject and its verb: a noun, pronoun or comma before it
        String before = k - 1 >= sentFirst ? d.tok[k - 1].pos() : "";
        // not a day in a name ("Super Tuesday")
        boolean inName = k == i && "NNP".equals(d.tok[i].pos()) && before.startsWith("NNP");
        return k > i - 3 && k - 1 >= sentFirst && !inName
                && (before.startsWith("NN") || "PRP".equals(before) || ",".equals(before)) ? k : -1;
    }

    /** A comma-delimited insertion: relative clause, participle phrase or apposition. */
    private boolean parenthetical(Doc d, int from, int to) {
        if (from >= to) {
            return false;
        }
        while (from < to - 1 && d.tok[from].pos().startsWith("RB")) {
            from++;
        }
        if (from == to - 1 && d.tok[from].pos().startsWith("RB")) {
            return true; // "Sanders, meanwhile, said"
        }
        Token first = d.tok[from];
        String p = first.pos();
        if (p.startsWith("W") || "VBG".equals(p) || "VBN".equals(p)) {
            return true;
        }
        if ("IN".equals(p) && !"that".equalsIgnoreCase(first.word()) && from + 1 < to) {
            return true; // "Ann Ode, in a statement released on Monday, said"
        }
        // an apposition starts with a noun phrase ("a spokesman for ...", "chairman of ...") and
        // holds no clause of its own before any relative pronoun ("the embassy said …, adding")
        return NounPhrases.npToken(first) && !"POS".equals(p) && !"HYPH".equals(p) && !clauseBeforeRelative(d, from, to);
    }

    private static boolean clauseBeforeRelative(Doc d, int from, int to) {
        for (int k = from; k < to; k++) {
            if (d.tok[k].pos().startsWith("W")) {
                return false;
            }
            if (Tokens.finiteVerb(d.tok[k].pos()) && d.quoteOf[k] < 0) {
                return true;
            }
        }
        return false;
    }

    /** The noun phrase ending at token i, or null when token i cannot end one (see {@link NounPhrases}). */
    int[] nounPhrase(Doc d, int head, int sentFirst) {
        return phrases.nounPhrase(d, head, sentFirst);
    }

    /** Whether a noun phrase can name a speaker (see {@link NounPhrases#plausible}). */
    boolean plausible(Doc d, int[] np) {
        return phrases.plausible(d, np);
    }

    static boolean nounHeaded(Doc d, int[] np) {
        return NounPhrases.nounHeaded(d, np);
    }

    static int headOf(Doc d, int[] np) {
        return NounPhrases.headOf(d, np);
    }
}
