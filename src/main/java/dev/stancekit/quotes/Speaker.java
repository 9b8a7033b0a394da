package dev.stancekit.quotes;

/**
 * The speaker's noun phrase a {@link SubjectRule} found for a verb of saying: tokens {@code start}
 * to {@code end}.
 *
 * @param own      whether it is the verb's own subject; false when borrowed from a clause or a
 *                 report before the verb ("X rejected it, calling it …"), which only content
 *                 after the verb can follow
 * @param inverted whether it follows the verb ("…, said X.")
 * @param lead     the first token of the attribution when it starts before the speaker ("…,
 *                 Xinhua quoted Wang as saying." starts at Xinhua); else {@code start}
 */
record Speaker(int start, int end, boolean own, boolean inverted, int lead) {

    Speaker(int start, int end, boolean own, boolean inverted) {
        this(start, end, own, inverted, start);
    }

    /** The speaker of the noun phrase {@code np} (first and last token), or null when np is null. */
    static Speaker of(int[] np, boolean own, boolean inverted) {
        return np == null ? null : new Speaker(np[0], np[1], own, inverted);
    }

    /** The first token after the verb and the speaker: after an inverted speaker, else after the verb. */
    int rest(CueSite s) {
        return inverted ? end + 1 : s.after();
    }

    /** The last token before the verb and the speaker. */
    int before(CueSite s) {
        return inverted ? s.cue() - 1 : Math.min(start, lead) - 1;
    }
}
