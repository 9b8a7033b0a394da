package dev.stancekit.quotes;

/**
 * "according to X" (or "as reported by X", "as alleged in X", or after a comma a word of type
 * source_preposition before a name, "…, per Reuters") with its content: leading, {@code According to the survey, most voters …}
 * (after adverbs and commas only; row {@code according_leading}), or trailing, {@code Most voters
 * …, according to the survey.} (after a comma; row {@code according_trailing}). The source is a
 * plausible speaker or a noun (a document, a tally). No verb of saying of its own may stand in the
 * content outside a subordinate clause ("according to X, Y said Z": Y is the speaker). Limit:
 * fewest tokens of content.
 */
final class AccordingToRule {

    private final Lexicon lex;
    private final MentionFinder mentions;
    private final boolean leading;
    private final int minTokens;

    AccordingToRule(Lexicon lex, MentionFinder mentions, boolean leading, int minTokens) {
        this.lex = lex;
        this.mentions = mentions;
        this.leading = leading;
        this.minTokens = minTokens;
    }

    /**
     * Whether tokens i and i+1 are "according to", or tokens i to i+2 "as reported by", "as
     * alleged in" or "as noted on" (any verb of saying), or "as per" before a source.
     */
    boolean at(Doc d, int i, int b) {
        return sourceStart(d, i, b) > 0;
    }

    /** The first token of the source after the lead phrase at token i, or -1. */
    private int sourceStart(Doc d, int i, int b) {
        if (Tokens.accordingTo(d, i, b)) {
            return i + 2;
        }
        // "…, as per a White House readout": after "as" the preposition may name a document too
        boolean asPer = "as".equalsIgnoreCase(d.word(i)) && i + 2 < b && lex.isLowered(d.word(i + 1), Lexicon.WordType.SOURCE_PREPOSITION);
        int p = asPer ? i + 1 : i;
        if (i > 0 && p + 1 < b && ",".equals(d.word(i - 1)) && lex.isLowered(d.word(p), Lexicon.WordType.SOURCE_PREPOSITION)
                && d.quoteOf[p + 1] < 0 && ("NNP".equals(d.tok[p + 1].pos())
                    || asPer && ("DT".equals(d.tok[p + 1].pos()) || "PRP$".equals(d.tok[p + 1].pos())))) {
            return p + 1; // "…, per Reuters.": a preposition naming a source (not "per cent", "per day")
        }
        int v = i + 1;
        while (v < b && d.tok[v].pos().startsWith("RB")) {
            v++; // "as first reported by"
        }
        boolean asBy = "as".equalsIgnoreCase(d.word(i)) && v + 1 < b && "VBN".equals(d.tok[v].pos())
                && ("by".equalsIgnoreCase(d.word(v + 1)) || ("in".equalsIgnoreCase(d.word(v + 1)) || "on".equalsIgnoreCase(d.word(v + 1))) && v + 2 < b
                    && ("DT".equals(d.tok[v + 2].pos()) || "PRP$".equals(d.tok[v + 2].pos()))) // "as alleged in the complaint", not "in March"
                && lex.cueAt(d, v, b) != null;
        return asBy ? v + 2 : -1;
    }

    /** "… is “limited,” according to X": the comma before the source sits inside the closing mark. */
    private static boolean commaInMarks(Doc d, int a, int i) {
        return i - 2 >= a && d.isQuoteToken(i - 1) && ",".equals(d.word(i - 2));
    }

    /** The attribution of "according to" at token i of the sentence from a to b, or null. */
    Attribution match(Doc d, int i, int a, int b) {
        int from = sourceStart(d, i, b);
        int e = from;
        int head = -1;
        while (e < b && !",".equals(d.word(e)) && !".".equals(d.word(e))) {
            if (head < 0 && e > from && d.tok[e].pos().startsWith("W")) {
                head = e; // "according to an official who was not authorized to speak": the relative clause is no part of the source
            }
            if (head < 0 && e > from && "PRP".equals(d.tok[e].pos()) && e + 1 < b && Tokens.finiteVerb(d.tok[e + 1].pos())) {
                head = e; // "according to the document he released"
            }
            e++;
        }
        if (from < 0 || e == from) {
            return null;
        }
        int[] src = {from, (head < 0 ? e : head) - 1};
        // a document or a tally is a source too ("according to the survey", "according to a CNN tally")
        if (!mentions.plausible(d, src) && !MentionFinder.nounHeaded(d, src)) {
            return null;
        }
        boolean lead = true;
        for (int k = a; k < i; k++) {
            lead &= d.tok[k].pos().startsWith("RB") || "CC".equals(d.tok[k].pos()) || ",".equals(d.word(k));
        }
        lead |= introductoryPhrase(d, a, i); // "In addition, according to the department, …"
        boolean leadingShape = lead && e < b && ",".equals(d.word(e));
        int cs;
        int ce;
        // "MineOne bought the land in 2022, and according to the committee, the purchase was not
        // reported": after a clause and its conjunction, the source leads the clause that follows
        boolean afterConjunction = i - 2 > a && "CC".equals(d.tok[i - 1].pos()) && ",".equals(d.word(i - 2))
                && e < b && ",".equals(d.word(e)) && Clauses.clauseFollows(d, e + 1, b, 0);
        if (leading && (leadingShape || afterConjunction)) {
            cs = e + 1;
            ce = b;
        } else if (!leading && !leadingShape && i - 1 > a && !",".equals(d.word(i - 1)) && endsSentence(d, e, b)
                && namesSpeaker(d, src) && Stretches.finiteOutsideQuotes(d, a, i)) {
            cs = openParenthesis(d, a, i); // "Clinton leads by 271 delegates according to a count by the AP."
            ce = i;
        } else if (!leading && !leadingShape && i - 1 >= a && (",".equals(d.word(i - 1)) || commaInMarks(d, a, i))) {
            cs = openParenthesis(d, a, i - 1);
            ce = ",".equals(d.word(i - 1)) ? i - 1 : i; // "is “limited,” according to X, the minister": the marks stay
            int rest = restAfterSource(d, e, b);
            boolean dangling = ce - 1 >= a && ("IN".equals(d.tok[ce - 1].pos()) || "RB".equals(d.tok[ce - 1].pos())
                    && Insertions.subordinator(lex, d.word(ce - 1)));
            boolean relative = ce - 1 > a && ("WDT".equals(d.tok[ce - 1].pos()) || "WP".equals(d.tok[ce - 1].pos()))
                    && ",".equals(d.word(ce - 2));
            if (relative && rest > 0 && (Tokens.finiteVerb(d.tok[rest].pos()) || "MD".equals(d.tok[rest].pos()))) {
                // "a water cannon, which, according to the coast guard, was aimed at …": the relative clause's verb phrase
                cs = rest;
                ce = b;
            } else if (dangling && rest > 0 && Clauses.clauseFollows(d, rest, b, 0)) {
                // "He left after, according to him, the network censured his report": the clause after the source
                cs = rest;
                ce = b;
            } else if (dangling) {
                return null; // "He left after, according to him, …" with no clause found: no content to report
            } else if (rest > 0 && (d.tok[ce - 1].isVerb() && !Clauses.clauseFollows(d, rest, b, 0) && !absoluteRest(d, rest)
                    || !Stretches.hasVerb(d, cs, ce) && Tokens.finiteVerb(d.tok[rest].pos()))) {
                // "The firm receives, according to one report, $23 million …", "At the heart of it,
                // according to X, a former envoy, was a decision …": the source splits one clause
                ce = b;
            } else if (!Stretches.hasVerb(d, cs, ce) && e + 1 < b && ",".equals(d.word(e))
                    && Clauses.clauseFollows(d, e + 1, b, 0)) {
                // "Over the long term, according to the budget office, the debt will grow": the
                // words before are an adverbial; the report is the clause after the source
                cs = e + 1;
                ce = b;
            }
        } else {
            return null;
        }
        if (ce - cs < minTokens) {
            return null;
        }
        for (int k = cs; k < ce; k++) {
            // "according to X, Y said Z": Y is the speaker; a cue deeper in the content is reported,
            // and so is one that names only a topic ("according to X, Y … warned of consequences")
            Lexicon.Cue cue = d.quoteOf[k] < 0 ? lex.cueAt(d, k, b) : null;
            int after = cue == null ? k : k + cue.length();
            if (cue != null && cue.complement() == Lexicon.Complement.NOUN && !(after < b && "that".equals(d.lower(after)))
                    && !lex.speechNounObject(d, after, b)) {
                cue = null; // "according to X, she has raised $2 million": no report
            }
            if (cue != null && !complementHeld(d, cue, after, ce)) {
                cue = null; // "the army will continue to patrol, according to X": no report of its own
            }
            if (cue != null && passive(d, k, cs)) {
                cue = null; // "according to the reports, the students were asked if …": what was done to them
            }
            // "complained about the fees": the preposition may be the cue's own particle
            boolean topic = after < b && lex.isExactly(d.lower(after), Lexicon.WordType.TOPIC_PREPOSITION)
                    || cue != null && k + 1 < b && lex.isExactly(d.lower(k + 1), Lexicon.WordType.TOPIC_PREPOSITION);
            int[] own = cue != null && !topic ? mentions.left(d, k, cs) : null;
            if (own != null && !Stretches.subordinate(d, cs, own[0])) {
                return null;
            }
        }
        int start = d.tok[cs].begin();
        int end = TextSpans.trimEnd(d.text, start, d.tok[ce - 1].end());
        return new Attribution(i, d.span(i, from - 1), Lexicon.Complement.ANY, src[0], src[1], start, end,
                false, -1, -1);
    }

    /**
     * "More than 1,700 people were killed, according to the government, with the toll expected to
     * rise": after the source, an absolute clause (word type absolute_with) or a participle adds to
     * a clause that is already whole.
     */
    private boolean absoluteRest(Doc d, int rest) {
        return lex.isExactly(d.lower(rest), Lexicon.WordType.ABSOLUTE_WITH) || "VBG".equals(d.tok[rest].pos());
    }

    /** "were asked", "was told": a past participle after a form of "be" (and adverbs). */
    private static boolean passive(Doc d, int k, int from) {
        if (!"VBN".equals(d.tok[k].pos())) {
            return false;
        }
        int m = k - 1;
        while (m > from && d.tok[m].pos().startsWith("RB")) {
            m--;
        }
        return m >= from && "be".equals(d.tok[m].lemma());
    }

    /**
     * Whether a verb that reports only quoted words ("continue", "call") has some in the content,
     * and one that reports only a that-clause has no preposition after it instead ("will respond to
     * provocations").
     */
    private static boolean complementHeld(Doc d, Lexicon.Cue cue, int after, int ce) {
        return switch (cue.complement()) {
            case QUOTE -> Stretches.hasQuote(d, after, ce);
            case THAT -> after >= ce || "that".equals(d.lower(after))
                    || !("IN".equals(d.tok[after].pos()) || "TO".equals(d.tok[after].pos()));
            default -> true;
        };
    }

    /** Most tokens of an introductory phrase before a leading "according to" ("In addition,"). */
    private static final int MAX_INTRO = 5;

    /** Tokens [a, i) are a short phrase with no verb and a comma closing it right before token i. */
    private static boolean introductoryPhrase(Doc d, int a, int i) {
        String first = d.tok[a].pos();
        if (i - a < 2 || i - a > MAX_INTRO + 1 || !",".equals(d.word(i - 1))
                || !("IN".equals(first) || first.startsWith("RB") || "CC".equals(first))) {
            return false; // "The company, according to the report, will …": a subject, no introductory phrase
        }
        for (int k = a; k < i - 1; k++) {
            if (d.tok[k].isVerb() || d.quoteOf[k] >= 0 || ",".equals(d.word(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a source without a comma before it names who spoke: a proper noun or a speaker noun
     * ("according to the electoral commission", "… by the AP"), not a basis ("according to the data").
     */
    private boolean namesSpeaker(Doc d, int[] src) {
        for (int k = src[0]; k <= src[1]; k++) {
            String w = d.word(k);
            boolean speakerNoun = lex.is(w, Lexicon.WordType.TITLE) || lex.is(w, Lexicon.WordType.ANONYMOUS)
                    || lex.is(w, Lexicon.WordType.ORGANIZATION);
            if (d.tok[k].pos().startsWith("NNP") || d.tok[k].pos().startsWith("NN") && speakerNoun) {
                return true;
            }
        }
        return false;
    }

    /** Whether the source ending before token e (at a comma or period) closes its sentence. */
    private static boolean endsSentence(Doc d, int e, int b) {
        return e >= b || e + 1 >= b && ".".equals(d.word(e));
    }

    /** Most tokens of an apposition after the source ("according to X, a former envoy, …"). */
    private static final int MAX_APPOSITION = 12;

    /**
     * The first token of the sentence's rest after a source that a comma closes, over one
     * apposition between commas; -1 when the source ends the sentence or fewer than two tokens follow.
     */
    private static int restAfterSource(Doc d, int e, int b) {
        if (e >= b || !",".equals(d.word(e))) {
            return -1;
        }
        int j = e + 1;
        int next = j;
        while (next < b && next - j <= MAX_APPOSITION && !",".equals(d.word(next)) && !d.tok[next].isVerb()
                && d.quoteOf[next] < 0) {
            next++;
        }
        boolean apposition = next < b && next > j && ",".equals(d.word(next))
                && ("DT".equals(d.tok[j].pos()) || d.tok[j].pos().startsWith("JJ") || d.tok[j].pos().startsWith("NN"));
        int rest = apposition ? next + 1 : j;
        return rest + 1 < b && d.quoteOf[rest] < 0 ? rest : -1;
    }

    /**
     * Where the content of a trailing "according to" starts: after an opening parenthesis left
     * open before it ("(93 percent were farmers, according to exit polls)"), else the sentence start.
     */
    private static int openParenthesis(Doc d, int a, int end) {
        for (int k = end - 1; k >= a; k--) {
            String w = d.word(k);
            if ("-RRB-".equals(w) || ")".equals(w)) {
                return a;
            }
            if (("-LRB-".equals(w) || "(".equals(w)) && k + 1 < end) {
                return k + 1;
            }
        }
        return a;
    }
}
