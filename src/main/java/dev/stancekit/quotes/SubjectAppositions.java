package dev.stancekit.quotes;

/**
 * Appositions in the subject left of a verb of saying: a person's name between commas after a
 * description that names no one ("His Hungarian counterpart, Peter Szijjarto, said") or after an
 * office in capitals that opens the sentence, and a description or tag after a comma that follows
 * a name ("Park Ji-won, deputy minister at the Ministry of Trade, said", "Rep. Paul Ryan, R-Wis.,").
 * Used by {@link LeftSubjects}. Stateless and thread-safe.
 */
final class SubjectAppositions {

    private final Lexicon lex;
    private final NounPhrases phrases;

    SubjectAppositions(Lexicon lex, NounPhrases phrases) {
        this.lex = lex;
        this.phrases = phrases;
    }

    /**
     * The person's name between the commas at tokens j and {@code comma} (a bracketed tag after it left out) when it follows a description that
     * names no one and is no object of a preposition ("his Hungarian counterpart, Peter Szijjarto,");
     * null otherwise.
     */
    int[] namedInApposition(Doc d, int j, int comma, int sentFirst) {
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
        if ("IN".equals(prev) || "TO".equals(prev) || ",".equals(prev) && !openingPhrase(d, sentFirst, before[0] - 1)
                || prev.startsWith("VB") && !adjectival(d, before[0] - 1, sentFirst)) {
            return null;
        }
        return new int[] {j + 1, i - 1};
    }

    /**
     * "In Washington, the spokesman, John Kirby, said": the comma at {@code comma} closes a
     * prepositional phrase that opens the sentence, with no verb, so the description after it
     * opens the clause.
     */
    private static boolean openingPhrase(Doc d, int sentFirst, int comma) {
        if (comma - 1 <= sentFirst || !"IN".equals(d.tok[sentFirst].pos())) {
            return false;
        }
        for (int k = sentFirst + 1; k < comma; k++) {
            if (d.tok[k].isVerb() || ",".equals(d.word(k)) || d.quoteOf[k] >= 0) {
                return false;
            }
        }
        return true;
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
    boolean appositionOfName(Doc d, int[] np, int sentFirst) {
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
}
