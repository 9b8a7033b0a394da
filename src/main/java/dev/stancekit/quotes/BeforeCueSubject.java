package dev.stancekit.quotes;

/**
 * The noun phrase right before the verb, over appositions, relative clauses and prepositional
 * phrases: {@code Wang said …}, {@code The ministry, in a statement, said …}, {@code …, the
 * person said.} (row {@code subject_before}). A day's name alone is no subject: in {@code The
 * government responded Friday, Dec. 27, claiming …} the date between commas is no apposition.
 * Right after a comma, a name after the verb is the speaker instead ({@code …, said Wang Wenbin.});
 * before a participle after a comma, the object of a verb is no subject ({@code X lowered its
 * advisory, from level 4 to level 3, urging …}).
 */
final class BeforeCueSubject implements SubjectRule {

    private final Lexicon lex;
    private final MentionFinder mentions;

    BeforeCueSubject(Lexicon lex, MentionFinder mentions) {
        this.lex = lex;
        this.mentions = mentions;
    }

    @Override
    public Speaker find(CueSite s) {
        Doc d = s.d();
        int cue = s.cue();
        if (cue - 1 > s.a() && ",".equals(d.word(cue - 1)) && lex.isExactly(d.tok[cue].lemma(), Lexicon.WordType.INVERTING_VERB)
                && invertedName(d, cue, s.b())) {
            return null; // "…, grossly interfering in China's affairs, said Wang Wenbin.": the name after the verb speaks
        }
        int[] np = mentions.left(d, cue, s.a());
        if (np != null && np[0] == np[1] && lex.is(d.word(np[0]), Lexicon.WordType.TIME)) {
            return null;
        }
        if (np != null && objectBeforeParticiple(d, np, cue, s.a())) {
            return null; // "… lowered its advisory for Peru, from level 4 to level 3, urging …": the clause's subject urges
        }
        return Speaker.of(np, true, false);
    }

    /**
     * Whether the noun phrase found before a participle after a comma is the object of a verb
     * ("lowered its advisory …, urging …"): the participle's subject is then the clause's, not
     * the object's.
     */
    private static boolean objectBeforeParticiple(Doc d, int[] np, int cue, int a) {
        return "VBG".equals(d.tok[cue].pos()) && cue - 1 > a && ",".equals(d.word(cue - 1))
                && np[0] - 1 >= a && d.tok[np[0] - 1].isVerb() && d.quoteOf[np[0] - 1] < 0;
    }

    /** Whether a possessive stands in the noun phrase. */
    private static boolean possessive(Doc d, int[] np) {
        for (int k = np[0]; k <= np[1]; k++) {
            if ("POS".equals(d.tok[k].pos())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a person's name (not a day) or "the" and a speaker's noun follows the verb at
     * {@code cue} as its inverted subject ("said Wang Wenbin.", "said the spokesperson, adding …",
     * not "said Sunday."), ending before a comma, a preposition or the sentence's end.
     */
    private boolean invertedName(Doc d, int cue, int b) {
        if (cue + 1 >= b) {
            return false;
        }
        int[] np = mentions.right(d, cue + 1, b);
        boolean name = d.tok[cue + 1].pos().startsWith("NNP") && "PERSON".equals(d.tok[cue + 1].ner());
        boolean role = np != null && "the".equalsIgnoreCase(d.word(cue + 1)) && d.tok[np[1]].pos().startsWith("NN")
                && lex.isSpeakerNoun(d.word(np[1])); // "said the spokesperson"
        if (!name && !role) {
            return false;
        }
        if (np == null || possessive(d, np)) {
            return false; // "…, questioned Santilli's statements": an object, not a speaker
        }
        int after = np[1] + 1;
        return !lex.is(d.word(np[0]), Lexicon.WordType.TIME)
                && (after >= b || ",".equals(d.word(after)) || Tokens.sentenceEnd(d.word(after)) || "IN".equals(d.tok[after].pos()));
    }
}
