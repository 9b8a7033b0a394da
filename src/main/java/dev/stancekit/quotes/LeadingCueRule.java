package dev.stancekit.quotes;

/**
 * A verb of saying right before the opening mark, after a colon or comma: {@code He added: “…”},
 * {@code Mr. Ridge said, “…”}, {@code she told Hewitt, “…”}, {@code Ms. Lee said in a statement:
 * “…”}, {@code As Professor Lee put it, “…”}. Between the verb and the mark only a listener or a
 * prepositional phrase may stand.
 */
final class LeadingCueRule implements MarkRule {

    /** Most tokens between the verb of an "as" clause and the comma before the mark ("put it back then"). */
    private static final int MAX_AS_TAIL = 5;
    /** Most tokens between "as" and its verb (the speaker's words). */
    private static final int MAX_AS_SUBJECT = 25;

    private final ReportedSpeechFinder finder;
    private final MentionFinder mentions;
    private final int maxGap;

    LeadingCueRule(ReportedSpeechFinder finder, MentionFinder mentions, int maxGap) {
        this.finder = finder;
        this.mentions = mentions;
        this.maxGap = maxGap;
    }

    @Override
    public Attribution match(Doc d, QuoteMarks.Marked q) {
        int open = d.tokenFrom(q.open());
        int p = open - 1;
        if (p < 0 || d.quoteOf[p] >= 0 || !(":".equals(d.word(p)) || ",".equals(d.word(p)))
                || !Tokens.gapOnly(d.text, d.tok[p].end(), q.open(), " \t")) {
            return null;
        }
        int sentFirst = d.sentStart[d.sentOf[p]];
        Attribution according = accordingTo(d, sentFirst, p, q);
        if (according != null) {
            return according;
        }
        Attribution as = asClause(d, sentFirst, p, q);
        if (as != null) {
            return as;
        }
        for (int k = p - 1; k >= sentFirst && k >= p - maxGap; k--) {
            if (d.quoteOf[k] >= 0 || d.isQuoteToken(k) || Tokens.sentenceEnd(d.word(k))) {
                return null;
            }
            Lexicon.Cue cue = finder.cueAt(d, k, p);
            if (cue != null && !SentenceCueRule.requestReaches(d, k, cue, p)) {
                return null;
            }
            if (cue != null) {
                int[] subj = mentions.speakerOf(d, k, sentFirst);
                if (subj == null) {
                    return relative(d, k, cue, sentFirst, q);
                }
                return new Attribution(k, d.span(k, k + cue.length() - 1), Lexicon.Complement.ANY,
                        subj[0], subj[1], q.start(), q.end(), false, -1, -1);
            }
            if (Tokens.finiteVerb(d.tok[k].pos())) {
                return null;
            }
        }
        return null;
    }

    /** "According to the newspaper, “…”": the sentence opens with the source and the quote follows. */
    private Attribution accordingTo(Doc d, int sentFirst, int p, QuoteMarks.Marked q) {
        if (p - sentFirst < 3 || p - sentFirst > maxGap + 2 || !"according".equalsIgnoreCase(d.word(sentFirst))
                || !"to".equalsIgnoreCase(d.word(sentFirst + 1))) {
            return null;
        }
        int[] np = mentions.nounPhrase(d, p - 1, sentFirst + 2);
        if (np == null || np[0] != sentFirst + 2) {
            return null;
        }
        return new Attribution(sentFirst, d.span(sentFirst, sentFirst + 1), Lexicon.Complement.ANY,
                np[0], np[1], q.start(), q.end(), false, -1, -1);
    }

    /**
     * "As Professor Ann Lee put it, “…”", "as the band sang back in the 1980s, “…”": a clause
     * opened by "as" whose verb has at most "it" and adverbials after it; its subject is the speaker.
     */
    private Attribution asClause(Doc d, int sentFirst, int p, QuoteMarks.Marked q) {
        int v = p - 1;
        if (v <= sentFirst) {
            return null;
        }
        while (v > sentFirst && v >= p - MAX_AS_TAIL && !Tokens.finiteVerb(d.tok[v].pos())) {
            String pos = d.tok[v].pos();
            boolean adverbial = "it".equalsIgnoreCase(d.word(v)) || pos.startsWith("RB") || "IN".equals(pos)
                    || "DT".equals(pos) || "CD".equals(pos) || "NNS".equals(pos) || "RP".equals(pos);
            if (!adverbial || d.quoteOf[v] >= 0) {
                return null;
            }
            v--;
        }
        String lemma = d.tok[v].lemma();
        if (v <= sentFirst || !"VBD".equals(d.tok[v].pos()) && !"VBZ".equals(d.tok[v].pos()) && !"VBP".equals(d.tok[v].pos())
                || "be".equals(lemma) || "have".equals(lemma) || "do".equals(lemma)) {
            return null;
        }
        int a = v - 1;
        while (a >= sentFirst && a >= v - MAX_AS_SUBJECT && !"as".equalsIgnoreCase(d.word(a))) {
            if (Tokens.finiteVerb(d.tok[a].pos()) || Tokens.sentenceEnd(d.word(a))) {
                return null;
            }
            a--;
        }
        if (a < sentFirst || !"as".equalsIgnoreCase(d.word(a))
                || a > sentFirst && !",".equals(d.word(a - 1)) && !"CC".equals(d.tok[a - 1].pos())) {
            return null;
        }
        int[] subj = mentions.left(d, v, a + 1);
        if (subj == null || subj[0] != a + 1) {
            return null;
        }
        return new Attribution(v, d.span(v, v), Lexicon.Complement.ANY, subj[0], subj[1], q.start(), q.end(),
                false, -1, -1);
    }

    /** "…the report, which notes, “…”": the noun phrase before the relative pronoun is the speaker. */
    private Attribution relative(Doc d, int k, Lexicon.Cue cue, int sentFirst, QuoteMarks.Marked q) {
        int r = mentions.relativeBefore(d, k, sentFirst);
        if (r < sentFirst + 2 || !",".equals(d.word(r - 1))
                || !"who".equalsIgnoreCase(d.word(r)) && !"which".equalsIgnoreCase(d.word(r))) {
            return null;
        }
        int[] np = mentions.nounPhrase(d, r - 2, sentFirst);
        if (np == null || !MentionFinder.nounHeaded(d, np)) {
            return null;
        }
        return new Attribution(k, d.span(k, k + cue.length() - 1), Lexicon.Complement.ANY, np[0], np[1],
                q.start(), q.end(), false, -1, -1).withRelative(r);
    }
}
