package dev.stancekit.quotes;

/**
 * What two parties talked about, as readouts write it with a noun: {@code The two sides held
 * in-depth discussions on A}, {@code The Chinese and US delegations had frank talks about A}
 * (row {@code joint_discussion}). The noun (word type {@code discussion_noun}) follows a verb of
 * type {@code hold_verb} over adjectives, and a preposition of type {@code discussion_preposition}
 * follows it; the subject must name both parties (see {@link NounPhrases#bothParties}, or two
 * names joined by "and" that open the sentence), so that "Officials held talks on trade" reports
 * nothing. Limit: fewest tokens of content.
 */
final class DiscussionRule {

    /** Most adjectives, adverbs, commas and conjunctions between the verb and the noun ("candid, frank and in-depth"). */
    private static final int MAX_MODIFIERS = 8;

    private final Lexicon lex;
    private final MentionFinder mentions;
    private final ContentEnd ends;
    private final int minTokens;

    DiscussionRule(Lexicon lex, MentionFinder mentions, ContentEnd ends, int minTokens) {
        this.lex = lex;
        this.mentions = mentions;
        this.ends = ends;
        this.minTokens = minTokens;
    }

    /** The attribution of the discussion noun (or readout verb) at token i of the sentence from a to b, or null. */
    Attribution match(Doc d, int i, int a, int b) {
        if (d.tok[i].isVerb() && lex.isExactly(d.tok[i].lemma(), Lexicon.WordType.READOUT_VERB)) {
            return readoutVerb(d, i, a, b);
        }
        if (!d.tok[i].pos().startsWith("NN") || !lex.isExactly(d.lower(i), Lexicon.WordType.DISCUSSION_NOUN)
                || i + 2 >= b || d.quoteOf[i + 1] >= 0 || !lex.isExactly(d.lower(i + 1), Lexicon.WordType.DISCUSSION_PREPOSITION)) {
            return null;
        }
        int v = i - 1;
        while (v > a && i - v <= MAX_MODIFIERS && modifier(d, v)) {
            v--;
        }
        if (v - 1 > a && "in".equalsIgnoreCase(d.word(v)) && d.tok[v - 1].isVerb()) {
            v--; // "both leaders engaged in a frank discussion regarding A"
        }
        if (v <= a || !d.tok[v].isVerb() || !lex.isExactly(d.tok[v].lemma(), Lexicon.WordType.HOLD_VERB)) {
            return null;
        }
        int[] subject = jointSubject(d, v, a);
        if (subject == null) {
            return null;
        }
        Attribution at = report(d, i, subject, i + 2, b);
        return at == null ? null : at.asNominal();
    }

    /** The report of the word at token i by the subject, from token cs to where its content ends; null when too short. */
    private Attribution report(Doc d, int i, int[] subject, int cs, int b) {
        int ce = ends.end(d, cs, cs, b);
        if (ce - cs < minTokens) {
            return null;
        }
        int start = d.tok[cs].begin();
        int end = TextSpans.trimEnd(d.text, start, d.tok[ce - 1].end());
        return new Attribution(i, d.word(i), Lexicon.Complement.ANY, subject[0], subject[1], start, end, false, -1, -1);
    }

    /**
     * "The two sides also discussed A", "Wang and Rubio discussed A": a verb of type readout_verb
     * whose subject names both parties and opens the sentence; what follows the verb is the content.
     */
    private Attribution readoutVerb(Doc d, int i, int a, int b) {
        if (!"VBD".equals(d.tok[i].pos()) && !"VBZ".equals(d.tok[i].pos()) || i + 1 >= b || d.quoteOf[i + 1] >= 0) {
            return null;
        }
        int[] subject = jointSubject(d, i, a);
        if (subject == null || ObjectGates.accordingTo(d, a, b)) {
            return null; // "…, according to a statement": the statement reports it (AccordingToRule)
        }
        return report(d, i, subject, i + 1, b);
    }

    private static boolean modifier(Doc d, int k) {
        String p = d.tok[k].pos();
        // a word joined by a hyphen is part of a compound modifier: "in-depth", "high-level"
        boolean compound = k > 0 && "HYPH".equals(d.tok[k - 1].pos()) || k + 1 < d.tok.length && "HYPH".equals(d.tok[k + 1].pos());
        return d.quoteOf[k] < 0 && (p.startsWith("JJ") || p.startsWith("RB") || "CC".equals(p) || "HYPH".equals(p)
                || "DT".equals(p) || "CD".equals(p) || "PRP$".equals(p) || ",".equals(p) || compound);
    }

    /**
     * The subject of the verb at token v when it names both parties and opens the sentence: "the
     * two sides", "both delegations", "Wang and Rubio", "the Chinese and US delegations"; or null.
     */
    private int[] jointSubject(Doc d, int v, int sentFirst) {
        int a = afterOpeningPhrase(d, v, sentFirst);
        int e = v - 1;
        while (e > a && Tokens.adverbOrAux(d.tok[e])) {
            e--;
        }
        int[] np = mentions.nounPhrase(d, e, a);
        if (np == null) {
            return null;
        }
        if (np[0] - 1 >= a && lex.isExactly(d.lower(np[0] - 1), Lexicon.WordType.JOINT)) {
            np = new int[] {np[0] - 1, np[1]}; // "both/CC leaders": the tagger's conjunction is the quantifier
        }
        if (NounPhrases.bothParties(d, lex, np)) {
            return np[0] == a || "DT".equals(d.tok[a].pos()) && np[0] == a + 1 ? np : null;
        }
        int and = np[0] - 1;
        if (and <= a || !"and".equalsIgnoreCase(d.word(and))) {
            return null;
        }
        for (int k = a; k < and; k++) {
            String p = d.tok[k].pos();
            if (!(p.startsWith("NNP") || "JJ".equals(p) || "DT".equals(p) || "POS".equals(p) || d.tok[k].isPerson())
                    || d.quoteOf[k] >= 0) {
                return null; // the names do not open the sentence
            }
        }
        return new int[] {a, np[1]};
    }

    /** The token after a prepositional phrase and a comma that open the sentence ("During the meeting, …"), or sentFirst. */
    private static int afterOpeningPhrase(Doc d, int v, int sentFirst) {
        if (!"IN".equals(d.tok[sentFirst].pos())) {
            return sentFirst;
        }
        for (int k = sentFirst + 1; k < v; k++) {
            if (",".equals(d.word(k))) {
                return k + 1;
            }
        }
        return sentFirst;
    }
}
