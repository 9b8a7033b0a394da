package dev.stancekit.quotes;

/**
 * A cue found in a sentence with the speaker's words and the reported content.
 *
 * @param cueTok       token index of the cue verb (or of "according")
 * @param cue          the cue as written ("said", "pointed out", "according to")
 * @param complement   what the cue needs as content
 * @param subjStart    first token of the speaker's noun phrase
 * @param subjEnd      last token of the speaker's noun phrase
 * @param contentStart offset where the reported content starts
 * @param contentEnd   offset after the reported content
 * @param trailing     whether the attribution follows its content ("..., he said.")
 * @param attachFrom   for trailing attributions, the offset where the attribution starts
 * @param attachTo     for trailing attributions, the offset after the attribution ("he said|, “...")
 * @param relative     token of the relative pronoun that is the cue's own subject ("Cruz, who said"),
 *                     whose antecedent is the subject range; -1 when none
 * @param nominal      whether a noun of saying made it ("Lee's promise to …"): its owner is no
 *                     speaker that later quotes or pronouns continue
 */
record Attribution(int cueTok, String cue, Lexicon.Complement complement, int subjStart, int subjEnd,
                   int contentStart, int contentEnd, boolean trailing, int attachFrom, int attachTo, int relative,
                   boolean nominal) {

    Attribution(int cueTok, String cue, Lexicon.Complement complement, int subjStart, int subjEnd,
                int contentStart, int contentEnd, boolean trailing, int attachFrom, int attachTo) {
        this(cueTok, cue, complement, subjStart, subjEnd, contentStart, contentEnd, trailing, attachFrom, attachTo, -1, false);
    }

    /** This attribution, its subject reached through the relative pronoun at token {@code tok}. */
    Attribution withRelative(int tok) {
        return new Attribution(cueTok, cue, complement, subjStart, subjEnd, contentStart, contentEnd, trailing,
                attachFrom, attachTo, tok, nominal);
    }

    /** This attribution as made by a noun of saying. */
    Attribution asNominal() {
        return new Attribution(cueTok, cue, complement, subjStart, subjEnd, contentStart, contentEnd, trailing,
                attachFrom, attachTo, relative, true);
    }

    /** Whether the speaker follows a verb in the passive ("labeled a “separatist” by Beijing"): its words are named inside the writer's sentence. */
    boolean agentAfter() {
        return !trailing && complement == Lexicon.Complement.QUOTE && subjStart > cueTok;
    }

    boolean contains(int from, int to) {
        return from >= contentStart && to <= contentEnd + 2 && contentEnd > contentStart;
    }
}
