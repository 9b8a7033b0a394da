package dev.stancekit.quotes;

/**
 * The object and what it is called after a naming verb without quote marks ("called him a liar",
 * "calls US broadcaster NBC a mouthpiece", "called the senator's feud with the agency unusual",
 * "call it the enforcement of correctness", "calling them rapists"), which makes the naming verb
 * report words although none are in quote marks. A time phrase after the object ("called him last
 * week", "called her the next morning") is a phone call, not a name. Stateless.
 */
final class NamingClause {

    private NamingClause() {
    }

    /** Whether tokens [cs, ce) are an object and then what it is called. */
    static boolean at(Lexicon lex, Doc d, int cs, int ce) {
        int k = objectEnd(d, cs, ce);
        if (k <= cs || k >= ce || time(lex, d, k, ce)) {
            return false;
        }
        boolean pronoun = k == cs + 1 && "PRP".equals(d.tok[cs].pos());
        if (complement(d, k, ce, pronoun)) {
            return true;
        }
        if (pronoun || k + 1 >= ce || !"IN".equals(d.tok[k].pos())) {
            return false;
        }
        // "the senator's feud with the agency unusual": one prepositional phrase on the object,
        // then an adjective that ends the content
        int j = objectEnd(d, k + 1, ce);
        return j > k + 1 && j < ce && "JJ".equals(d.tok[j].pos()) && endsAt(d, j + 1, ce);
    }

    /** Whether the content ends at token k: its end, a comma or a sentence's last mark. */
    private static boolean endsAt(Doc d, int k, int ce) {
        return k == ce || Tokens.sentenceEnd(d.word(k)) || ",".equals(d.word(k));
    }

    /**
     * The end of a naming content at cs: before "and", a comma or a word opening a clause of time
     * that opens a participle phrase, or before "and" or a comma and a finite verb ("called them
     * rapists | and vowing to …", "called them smugglers | and vowed to …", "called her son her hero
     * | before explaining why …"): what the speaker did next. ce if none.
     */
    static int end(Lexicon lex, Doc d, int cs, int ce) {
        for (int k = cs + 2; k + 1 < ce; k++) {
            String p = d.tok[k].pos();
            String next = d.tok[k + 1].pos();
            boolean verb = "VBG".equals(next) || ("CC".equals(p) || ",".equals(p)) && Tokens.finiteVerb(next);
            boolean opens = "CC".equals(p) || ",".equals(p) || lex.is(d.word(k), Lexicon.WordType.TIME_CLAUSE);
            if (d.quoteOf[k] < 0 && opens && verb) {
                return k;
            }
        }
        return ce;
    }

    /**
     * The end of the object opening at cs: a personal pronoun; proper nouns with common nouns among
     * them ("US news outlet NBC"); or a determiner or possessive, adjectives and participles, and
     * nouns with possessive endings among them ("the senator's public feud"). cs if none.
     */
    private static int objectEnd(Doc d, int cs, int ce) {
        String p = d.tok[cs].pos();
        if ("PRP".equals(p)) {
            return cs + 1;
        }
        int k = cs;
        if ("DT".equals(p) || "PRP$".equals(p)) {
            int end = cs; // after the latest noun: "the agency unusual" ends at "agency"
            for (k++; k < ce && (modifier(d, k) || "POS".equals(d.tok[k].pos()) && end == k); k++) {
                end = d.tok[k].pos().startsWith("NN") ? k + 1 : end;
            }
            return end;
        }
        if (!"NNP".equals(p)) {
            return cs;
        }
        while (k < ce && (d.tok[k].pos().startsWith("NNP") || "NN".equals(d.tok[k].pos()))) {
            k++;
        }
        return "NNP".equals(d.tok[k - 1].pos()) ? k : cs;
    }

    /** An adjective, participle or noun inside the object ("public", "fallen", "squabble"). */
    private static boolean modifier(Doc d, int k) {
        String p = d.tok[k].pos();
        return p.startsWith("NN") || "JJ".equals(p) || "VBN".equals(p) && k + 1 < d.tok.length
                && d.tok[k + 1].pos().startsWith("NN");
    }

    /**
     * What the object is called, at k: "a"/"an", an adjective, a possessive, "the" and a noun phrase
     * ("the gravest threat"), or after a pronoun a plural noun ("them rapists"); any of these or a
     * noun after "as" ("labeled China as the gravest threat", "branded them as traitors").
     */
    private static boolean complement(Doc d, int k, int ce, boolean pronoun) {
        String w = d.word(k);
        String q = d.tok[k].pos();
        if ("as".equalsIgnoreCase(w) && k + 1 < ce && d.quoteOf[k + 1] < 0) {
            return complement(d, k + 1, ce, false) || d.tok[k + 1].pos().startsWith("NN"); // "labeled China as a threat"
        }
        return "a".equalsIgnoreCase(w) || "an".equalsIgnoreCase(w) || "JJ".equals(q) || "PRP$".equals(q)
                || "the".equalsIgnoreCase(w) && k + 1 < ce && (modifier(d, k + 1) || "JJS".equals(d.tok[k + 1].pos()))
                || pronoun && "NNS".equals(q);
    }

    /** Whether a time phrase opens at k ("last week", "the next morning", "Tuesday"). */
    private static boolean time(Lexicon lex, Doc d, int k, int ce) {
        int j = "DT".equals(d.tok[k].pos()) ? k + 1 : k;
        if (j < ce && "JJ".equals(d.tok[j].pos())) {
            j++;
        }
        return j < ce && lex.is(d.word(j), Lexicon.WordType.TIME);
    }
}
