package dev.stancekit.quotes;

/**
 * The person or body a relative clause with the verb of saying hangs on, whatever follows the
 * verb: {@code fire from Senator Lee, who criticized the plan for …}, {@code Lee, who once praised
 * the accord, now …} (row {@code relative_head}). Only a relative pronoun after a comma, right
 * before the verb, and only a noun phrase that names a speaker (a name, a person or a body), so "a banner that
 * read …" gets none.
 */
final class RelativeHeadSubject implements SubjectRule {

    private final MentionFinder mentions;

    RelativeHeadSubject(MentionFinder mentions) {
        this.mentions = mentions;
    }

    @Override
    public Speaker find(CueSite s) {
        if (s.verb().complement() == Lexicon.Complement.QUOTE) {
            return null;
        }
        // "a supporter who has accused …": a restrictive clause may hang on any noun
        return Speaker.of(mentions.relativeHead(s.d(), s.cue(), s.a(), true), true, false);
    }
}
