package dev.stancekit.quotes;

import java.util.Locale;

/**
 * A verb of saying after "and" or "but" (and adverbs) shares the speaker of the report before it
 * when that report's content holds quoted words, {@code The mayor called the plan “a gamble” and
 * said the city would wait}, or ends at ", and" before it, {@code X told reporters that A, and urged
 * B}, or the verb goes on with a report (word type continuing_verb) whose content ends right
 * before it, {@code The admiral said A but added that B}, {@code Wang noted that A, but said that B}, or "but" joins two verbs in one tense
 * ({@code He said A but dismissed B}), or both verbs are participles,
 * {@code acknowledging that A but warning that B} (row {@code coordinated_cue}). The subject is borrowed: only content
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
        int conj = prev == null || prev.trailing() ? -1 : coordinator(s);
        if (conj < 0) {
            return null;
        }
        int end = d.tokenFrom(prev.contentEnd());
        if (",".equals(d.word(conj)) && !(end == conj && Tokens.finiteVerb(s.pos(s.cue())) && verbSeries(s, prev))) {
            return null;
        }
        if (",".equals(d.word(conj))) {
            // "Esper called for A, expressed concern about B, and called on C": the next verb of one series
            return new Speaker(prev.subjStart(), prev.subjEnd(), false, false);
        }
        // the report before quoted words, or its content ran right up to this verb's ", and"
        // ("X told reporters that A, and urged B"): the same speaker goes on
        boolean adjoining = end >= conj - 1 && end <= conj && ",".equals(d.word(conj - 1))
                && "and".equalsIgnoreCase(d.word(conj))
                // "The admiral said A but added that B": a verb that goes on with a report
                || (end == conj || end == conj - 1 && ",".equals(d.word(conj - 1)))
                && (lex.isExactly(d.tok[s.cue()].lemma(), Lexicon.WordType.CONTINUING_VERB)
                // "She said A but said B": the verb said again
                || d.tok[s.cue()].lemma().equals(d.tok[prev.cueTok()].lemma())
                // "Wang noted that A, but said that B": two that-clauses, two reports ("said A, but
                // stressed that B" stays one)
                || s.after() + 1 < s.b() && Tokens.complementizer(d, s.after())
                && d.tokenFrom(prev.contentStart()) - 1 > prev.cueTok() && Tokens.complementizer(d, d.tokenFrom(prev.contentStart()) - 1)
                // "He said A but dismissed B": a contrast between two verbs in one tense
                // when the first report's subject is a pronoun ("said the ministry received it but rejected
                // its demands" leaves the rejection to the ministry); "said A, but stressed B", with a comma,
                // is one report (CoordinatedPredicates.subject)
                || end == conj && "but".equalsIgnoreCase(d.word(conj)) && !",".equals(d.word(conj - 1))
                && s.pos(s.cue()).equals(d.tok[prev.cueTok()].pos())
                && lex.isExactly(d.lower(d.tokenFrom(prev.contentStart())), Lexicon.WordType.SUBJECT_PRONOUN)
                // "acknowledging that A but warning that B": two participles of one subject
                || "VBG".equals(s.pos(s.cue())) && "VBG".equals(s.pos(prev.cueTok())));
        if (!adjoining && !Stretches.quotedBefore(d, d.tokenFrom(prev.contentStart()), end) && !timeClauseBetween(d, end, conj)) {
            return null;
        }
        return new Speaker(prev.subjStart(), prev.subjEnd(), false, false);
    }

    /**
     * "hailed closer ties on Sunday as the two countries struck a deal, but said …": between the
     * report's end and the comma before the coordinator only a day and a clause of time (word type
     * time_clause), which is the writer's, so the verb after it goes on with the same speaker.
     */
    private boolean timeClauseBetween(Doc d, int end, int conj) {
        int k = end;
        if (k < conj && "on".equalsIgnoreCase(d.word(k)) && k + 1 < conj && lex.is(d.word(k + 1), Lexicon.WordType.TIME)) {
            k += 2;
        }
        if (k >= conj - 2 || !lex.is(d.word(k), Lexicon.WordType.TIME_CLAUSE) || !",".equals(d.word(conj - 1))
                || !Clauses.clauseFollows(d, k + 1, conj - 1, 0)) {
            return false;
        }
        for (int j = k + 1; j < conj; j++) {
            if (d.quoteOf[j] >= 0 || !lex.cues(d.tok[j].lemma()).isEmpty() && d.tok[j].isVerb()) {
                return false; // a clause with its own report or quote is no mere time
            }
        }
        return true;
    }

    /** "X said A and warned B": the "and"/"but" (or the comma of a series) before the verb (over adverbs), or -1. */
    private int coordinator(CueSite s) {
        int k = s.cue() - 1;
        while (k >= s.a() && s.pos(k).startsWith("RB")) {
            k--;
        }
        return k > s.a() && (lex.isExactly(s.d().word(k).toLowerCase(Locale.ROOT), Lexicon.WordType.COORDINATOR)
                || ",".equals(s.d().word(k)) && s.d().quoteOf[k] < 0) ? k : -1;
    }

    /**
     * Whether the verb continues a series of the earlier report's verb in the same form that a
     * coordinator closes further on ("called for A, expressed B, and called on C").
     */
    private boolean verbSeries(CueSite s, Attribution prev) {
        Doc d = s.d();
        if (!d.tok[prev.cueTok()].pos().equals(s.pos(s.cue()))) {
            return false;
        }
        for (int k = s.after(); k + 1 < s.b(); k++) {
            if (lex.isExactly(d.lower(k), Lexicon.WordType.COORDINATOR) && d.tok[k + 1].pos().startsWith("VB") && d.quoteOf[k + 1] < 0) {
                return true;
            }
        }
        return false;
    }
}
