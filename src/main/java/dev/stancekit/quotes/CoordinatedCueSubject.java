package dev.stancekit.quotes;

import java.util.Locale;

/**
 * A verb of saying after "and" or "but" (and adverbs) shares the speaker of the report before it
 * when that report's content holds quoted words: {@code The mayor called the plan “a gamble” and
 * said the city would wait} (row {@code coordinated_cue}). The subject is borrowed: only content
 * after the verb follows.
 */
final class CoordinatedCueSubject implements SubjectRule {

    private final Lexicon lex;

    CoordinatedCueSubject(Lexicon lex) {
        this.lex = lex;
    }

    @Override
    public Speaker find(CueSite s) {
        Attribution prev = s.prev();
        Doc d = s.d();
        if (prev == null || prev.trailing() || !coordinated(s)
                || !Clauses.quotedBefore(d, d.tokenFrom(prev.contentStart()), d.tokenFrom(prev.contentEnd()))) {
            return null;
        }
        return new Speaker(prev.subjStart(), prev.subjEnd(), false, false);
    }

    /** "X said A and warned B": the verb follows "and"/"but" (and adverbs) in its clause. */
    private boolean coordinated(CueSite s) {
        int k = s.cue() - 1;
        while (k >= s.a() && s.pos(k).startsWith("RB")) {
            k--;
        }
        return k > s.a() && lex.isExactly(s.d().word(k).toLowerCase(Locale.ROOT), Lexicon.WordType.COORDINATOR);
    }
}
