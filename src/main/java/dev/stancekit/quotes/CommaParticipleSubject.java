package dev.stancekit.quotes;

/**
 * A participle after a comma shares the speaker of the report before it in the sentence, or else
 * the subject of the clause before it: {@code …, he said, adding that …}, {@code The minister
 * rejected it, calling it “a smear”}, {@code …, he said, while stressing …}, {@code …, pointing to
 * his record and saying …} (row {@code participle_after_comma}). The subject is
 * borrowed: only content after the verb follows.
 */
final class CommaParticipleSubject implements SubjectRule {

    private final MentionFinder mentions;

    CommaParticipleSubject(MentionFinder mentions) {
        this.mentions = mentions;
    }

    @Override
    public Speaker find(CueSite s) {
        int i = s.cue();
        // "…, while stressing Japan's intention to …": a subordinating word may stand after the comma
        // "…, instead emphasizing …": so may an adverb
        int comma = before(s, i);
        if (comma - 1 > s.a() && s.d().isQuoteToken(comma) && ",".equals(s.d().word(comma - 1))) {
            comma--; // "…, “typical sanctions,” saying …": the comma inside the closing mark
        }
        // "…, noting that …" or "… – noting that …"
        if (!"VBG".equals(s.pos(i)) || comma <= s.a() || !(",".equals(s.d().word(comma)) || Tokens.dash(s.d(), comma))) {
            return null;
        }
        Attribution prev = s.prev();
        if (prev != null) {
            int[] main = mainClauseAfter(s, prev, comma);
            return main != null ? Speaker.of(main, false, false) : new Speaker(prev.subjStart(), prev.subjEnd(), false, false);
        }
        int[] subj = contrastSubject(s, comma);
        if (subj == null) {
            subj = mentions.clauseSubject(s.d(), s.a(), comma);
        }
        if (subj == null && OpeningClauseSubject.clauseAhead(s)) {
            // "Obama has been on the sidelines, arguing he …": a clause of "be" or "have" lends its
            // subject only to a reported clause
            subj = mentions.copulaSubject(s.d(), s.a(), comma);
        }
        return Speaker.of(subj, false, false);
    }

    /**
     * "Russia sailed its navy north, while China has made its aims known, arguing that …": the
     * subject of the last clause after a comma and a contrasting conjunction (word types boundary
     * and subordinator: "while", "whereas", "although"), the clause the participle hangs on; or null.
     */
    private int[] contrastSubject(CueSite s, int comma) {
        Doc d = s.d();
        for (int k = comma - 2; k > s.a(); k--) {
            if (d.quoteOf[k] >= 0) {
                return null;
            }
            if (",".equals(d.word(k - 1)) && mentions.contrast(d.word(k))) {
                return mentions.clauseSubject(d, k + 1, comma);
            }
        }
        return null;
    }

    /**
     * The comma (or dash) before the participle at i, over what may stand between: a subordinating
     * word and adverbs ("…, while also saying", "… - only/JJ saying"); after "and", the comma of a
     * participle before it ("…, pointing to his record and saying …").
     */
    private int before(CueSite s, int i) {
        Doc d = s.d();
        int k = i - 1;
        if (k <= s.a()) {
            return k; // the participle opens the sentence
        }
        while (k - 1 > s.a() && s.pos(k).startsWith("RB")) {
            k--;
        }
        if (k - 1 > s.a() && mentions.subordinator(d.word(k))) {
            k--;
            while (k - 1 > s.a() && s.pos(k).startsWith("RB")) {
                k--;
            }
        } else if (k == i - 1 && k - 1 > s.a() && "JJ".equals(s.pos(k)) && (",".equals(d.word(k - 1)) || Tokens.dash(d, k - 1))) {
            k--; // "- only/JJ saying": an adverb the tagger read as an adjective
        }
        if ("and".equalsIgnoreCase(d.word(k)) && d.quoteOf[k] < 0) {
            for (int j = k - 1; j - 1 > s.a() && !Tokens.finiteVerb(s.pos(j)) && d.quoteOf[j] < 0; j--) {
                if ("VBG".equals(s.pos(j)) && (",".equals(d.word(j - 1)) || Tokens.dash(d, j - 1))) {
                    return j - 1;
                }
            }
        }
        return k;
    }

    /**
     * When the report before sits in a subordinate clause that opens the sentence ("while most of
     * his rivals called for …, Dunn stuck to …, noting that …"), the subject of the main clause
     * after it; else null.
     */
    private int[] mainClauseAfter(CueSite s, Attribution prev, int comma) {
        Doc d = s.d();
        boolean fronted = false;
        for (int k = s.a(); k < prev.subjStart() && !fronted; k++) {
            fronted = mentions.subordinator(d.word(k));
        }
        if (!fronted) {
            return null;
        }
        for (int k = prev.cueTok() + 1; k < comma; k++) {
            if (",".equals(d.word(k)) && d.tok[k].begin() >= prev.contentEnd() && d.quoteOf[k] < 0) {
                return mentions.clauseSubject(d, k + 1, comma);
            }
        }
        return null;
    }
}
