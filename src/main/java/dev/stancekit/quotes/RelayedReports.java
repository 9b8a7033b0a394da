package dev.stancekit.quotes;

/**
 * Reports that a final trailing source relays ("Foreign Minister Tan said yesterday that …,
 * Reuters reported"): the report is the speaker's own, and the relaying cue only names where it
 * was read. Part of {@link ReportedSpeechFinder}. Stateless and thread-safe.
 */
final class RelayedReports {

    private final ReportedSpeechFinder finder;
    private final MentionFinder mentions;
    private final ReportedRules rules;

    RelayedReports(ReportedSpeechFinder finder, MentionFinder mentions, ReportedRules rules) {
        this.finder = finder;
        this.mentions = mentions;
        this.rules = rules;
    }

    /** The trailing attribution ending the sentence ("..., the ministry said."), or null. */
    Attribution trailingAtEnd(Doc d, int a, int b) {
        for (int i = b - 1; i > a; i--) {
            if (d.quoteOf[i] >= 0 || d.isQuoteToken(i)) {
                return null;
            }
            Lexicon.Cue cue = finder.cueAt(d, i, b);
            if (cue != null) {
                Attribution at = finder.attribution(new CueSite(d, i, cue, a, b, null));
                if (at == null && "VBN".equals(d.tok[i].pos())) {
                    continue; // "…, Ho said at a news conference, when asked to comment on …": a participle with no report of its own
                }
                return at != null && at.trailing() && at.contentEnd() > at.contentStart() ? at : null;
            }
        }
        return null;
    }

    /**
     * Whether the content of a final trailing attribution is itself a report whose speaker opens the
     * sentence and whose verb takes "that" or a clause ("Foreign Minister Tan said yesterday that …,
     * Reuters reported"): the report is the speaker's own, relayed by the trailing source.
     */
    boolean relayed(Doc d, int a, Attribution last) {
        int end = d.tokenFrom(last.attachFrom());
        int start = a;
        if (quoteWithOwnSpeaker(d, a, end)) {
            return true;
        }
        for (int i = a + 1; i < end; i++) {
            if ((d.quoteOf[i] >= 0 || d.isQuoteToken(i)) && i - start <= MAX_QUOTED_SUBJECT) {
                continue; // 'Taiwan's "defense ministry" said that …, reported Liberty Times': a name in marks
            }
            if (",".equals(d.word(i)) && d.quoteOf[i] < 0) {
                if (start == a && i - a <= MAX_OPENING_PHRASE && "IN".equals(d.tok[a].pos()) && !Stretches.hasVerb(d, a, i)) {
                    start = i + 1; // "After the meeting in South Korea, Trump told reporters that …, Reuters reports"
                    continue;
                }
                return sourcedAfterComma(d, start, i, end);
            }
            if (d.quoteOf[i] >= 0 || d.isQuoteToken(i)) {
                return false;
            }
            Lexicon.Cue cue = finder.cueAt(d, i, end);
            if (cue != null && cue.complement() == Lexicon.Complement.QUOTE && !quoted(d, i, end)) {
                continue; // "China always firmly defends global Internet security …, he told reporters": no report without marks
            }
            if (cue != null) {
                Attribution inner = finder.attribution(new CueSite(d, i, cue, a, end, null));
                int cs = inner == null ? -1 : d.tokenFrom(inner.contentStart());
                // "… said that …, Reuters reported", "… said the talks were “over,” Reuters reported"
                return inner != null && !inner.trailing() && inner.subjStart() == start
                        && ("that".equalsIgnoreCase(d.word(cs - 1)) || Clauses.clauseFollows(d, cs, end, 0)
                            || participleReport(d, d.tokenFrom(inner.contentEnd()), end));
            }
        }
        return false;
    }

    /**
     * "Dong stressed the importance of respect, stating that …, Xinhua reported": a participle of
     * saying after the comma that closes the first report's object, with "that" after it, goes on
     * with the same speaker's report.
     */
    private boolean participleReport(Doc d, int from, int end) {
        for (int k = from; k + 2 < end; k++) {
            if (d.quoteOf[k] >= 0 || d.isQuoteToken(k)) {
                return false;
            }
            if (",".equals(d.word(k))) {
                int v = k + 1;
                return "VBG".equals(d.tok[v].pos()) && finder.cueAt(d, v, end) != null && "that".equalsIgnoreCase(d.word(v + 1));
            }
        }
        return false;
    }

    /**
     * "“A,” Foreign Minister Soto said at the forum, …, news agency M reported": a quote that opens
     * the sentence, followed by its own trailing speaker and verb, is that speaker's; the final
     * source only relays it.
     */
    private boolean quoteWithOwnSpeaker(Doc d, int a, int end) {
        int k = a;
        while (k < end && (d.quoteOf[k] >= 0 || d.isQuoteToken(k))) {
            k++;
        }
        if (k == a) {
            return false;
        }
        for (int j = k; j < end && j <= k + MAX_SOURCE_TOKENS; j++) {
            if (d.quoteOf[j] >= 0 || d.isQuoteToken(j) || ",".equals(d.word(j))) {
                return false;
            }
            Lexicon.Cue cue = finder.cueAt(d, j, end);
            if (cue != null) {
                Attribution inner = finder.attribution(new CueSite(d, j, cue, a, end, null));
                return inner != null && inner.trailing();
            }
        }
        return false;
    }

    /** Whether a token in quote marks stands between {@code from} and {@code to}. */
    private static boolean quoted(Doc d, int from, int to) {
        for (int k = from; k < to; k++) {
            if (d.quoteOf[k] >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Most tokens of a phrase with no verb that opens a relayed report before a comma ("After the meeting in South Korea,"). */
    private static final int MAX_OPENING_PHRASE = 8;

    /** Most tokens of a source between a comma and its verb ("the US Treasury Department"). */
    private static final int MAX_SOURCE_TOKENS = 8;

    /**
     * Whether the sentence names the source of its report after a comma before the final trailing
     * one ("A, according to a White House statement, reports Reuters"; "A, the White House said,
     * in its fifth call, news agency MIA informs"): the final source relays it.
     */
    private boolean sourcedAfterComma(Doc d, int a, int from, int end) {
        for (int k = from; k + 2 < end; k++) {
            if (!",".equals(d.word(k)) || d.quoteOf[k] >= 0) {
                continue;
            }
            for (AccordingToRule rule : rules.according) {
                Attribution source = rule.at(d, k + 1, end) ? rule.match(d, k + 1, a, end) : null;
                // "according to a White House statement": a source that can speak, not "according to the agreement"
                if (source != null && mentions.plausible(d, new int[] {source.subjStart(), source.subjEnd()})) {
                    return true;
                }
            }
            for (int j = k + 2; j < end && j <= k + MAX_SOURCE_TOKENS && d.quoteOf[j] < 0; j++) {
                Lexicon.Cue cue = finder.cueAt(d, j, end);
                if (cue != null) {
                    Attribution inner = finder.attribution(new CueSite(d, j, cue, a, end, null));
                    if (inner != null && inner.trailing()) {
                        return true;
                    }
                    break;
                }
                if (",".equals(d.word(j))) {
                    break;
                }
            }
        }
        return false;
    }

    /** Most tokens from the sentence start to the end of a name in quote marks in a relayed report's subject. */
    private static final int MAX_QUOTED_SUBJECT = 7;
}
