package dev.stancekit.quotes;

/**
 * A participle after a preposition shares the subject of the clause it belongs to: {@code The
 * senator began by saying he …}, {@code After saying the talks had failed, the envoy …} (row
 * {@code participle_after_preposition}). The subject is borrowed: only content after the verb
 * follows. After a quoting verb's object the object speaks: {@code Xinhua quoted the minister as
 * saying …} (word type quoting_verb); the subject of a passive quoting verb speaks what comes before
 * it too: {@code A, Xi was quoted as saying.}
 */
final class PrepositionParticipleSubject implements SubjectRule {

    private final MentionFinder mentions;

    PrepositionParticipleSubject(MentionFinder mentions) {
        this.mentions = mentions;
    }

    @Override
    public Speaker find(CueSite s) {
        int i = s.cue();
        if (!"VBG".equals(s.pos(i)) || i - 2 <= s.a() || !"IN".equals(s.pos(i - 1)) || ",".equals(s.d().word(i - 2))) {
            return null;
        }
        int[] quoted = quotedObject(s, i);
        if (quoted != null) {
            int[] relay = atEnd(s, i) ? mentions.left(s.d(), quoted[0] - 1, s.a()) : null;
            if (relay == null && atEnd(s, i)) {
                relay = mentions.leftAny(s.d(), quoted[0] - 1, s.a()); // "the paper quoted X as saying"
                relay = relay != null && relay[1] == quoted[0] - 2 ? relay : null;
            }
            if (relay != null && relay[0] - 1 > s.a() && ",".equals(s.d().word(relay[0] - 1))) {
                // "A, Xinhua quoted Wang as saying.": the object speaks the report before the relaying subject
                return new Speaker(quoted[0], quoted[1], true, false, relay[0]);
            }
            return new Speaker(quoted[0], quoted[1], false, false);
        }
        int passive = "as".equalsIgnoreCase(s.d().word(i - 1)) ? mentions.passiveQuoting(s.d(), i - 2, s.a()) : -1;
        if (passive >= 0) {
            // "X, an analyst, was quoted by the Global Times as saying …": the subject of "was quoted",
            // the verb's own speaker, so that a report may come before it too ("A, Xi was quoted as saying.")
            return Speaker.of(mentions.left(s.d(), passive, s.a()), true, false);
        }
        return Speaker.of(mentions.clauseSubject(s.d(), s.a(), i - 1), false, false);
    }

    /** Whether only the sentence's closing punctuation follows the participle at {@code i}. */
    private static boolean atEnd(CueSite s, int i) {
        for (int k = i + 1; k < s.b(); k++) {
            if (!Tokens.sentenceEnd(s.d().word(k)) && !s.d().isQuoteToken(k)) {
                return false;
            }
        }
        return true;
    }

    /** "quoted the minister as saying": the object between a quoting verb and "as", or null. */
    private int[] quotedObject(CueSite s, int i) {
        return "as".equalsIgnoreCase(s.d().word(i - 1))
                ? mentions.objectOf(s.d(), i - 2, s.a(), Lexicon.WordType.QUOTING_VERB) : null;
    }
}
