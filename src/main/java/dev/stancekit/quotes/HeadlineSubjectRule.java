package dev.stancekit.quotes;

import dev.stancekit.model.QuoteKind;

/**
 * Words in quote marks in a headline whose speaker opens the line with no verb of saying, as
 * headlines drop it (row {@code headline_subject}; limit: most tokens in the speaker's noun phrase):
 * the speaker right before the marks ({@code Port authority ‘deeply concerned’ about dredging plan},
 * {@code Mayor Ortiz ‘actively talking’ to unions}) or before a colon earlier on the line
 * ({@code Harbour chief: Dredging plan is ‘reckless’}). The noun phrase must be the whole stretch
 * and name a speaker: a person or organisation, a speaker noun (a role, office or organisation
 * word), or a place name (a country or capital speaking for its government). Only the text's
 * first line is read. Stateless, thread-safe.
 */
final class HeadlineSubjectRule implements MarkRule {

    private final Lexicon lex;
    private final MentionFinder mentions;
    private final int maxTokens;

    HeadlineSubjectRule(Lexicon lex, MentionFinder mentions, int maxTokens) {
        this.lex = lex;
        this.mentions = mentions;
        this.maxTokens = maxTokens;
    }

    @Override
    public Attribution match(Doc d, QuoteMarks.Marked q) {
        int open = d.tokenFrom(q.open());
        if (open >= d.tok.length || !d.onFirstLine(q.open())) {
            return null;
        }
        int first = d.tokenFrom(d.lineStart(q.open()));
        if (open - first < 1) {
            return null;
        }
        int colon = -1;
        for (int k = first + 1; k < open && k - first <= maxTokens; k++) {
            if (d.quoteOf[k] >= 0 || d.isQuoteToken(k)) {
                break;
            }
            if (":".equals(d.word(k))) {
                colon = k;
                break;
            }
        }
        int end = colon > 0 ? colon - 1 : open - 1;
        if (end - first + 1 > maxTokens) {
            return null;
        }
        int[] np = mentions.nounPhrase(d, end, first);
        if (np == null || np[0] != first || np[1] != end || !namesSpeaker(d, np)) {
            return null;
        }
        int cue = colon > 0 ? colon : end;
        return new Attribution(cue, colon > 0 ? ":" : "", Lexicon.Complement.ANY, np[0], np[1], q.start(), q.end(),
                false, -1, -1);
    }

    @Override
    public QuoteKind kind() {
        return QuoteKind.PARTIAL;
    }

    private boolean namesSpeaker(Doc d, int[] np) {
        int head = MentionFinder.headOf(d, np);
        String ner = d.tok[head].ner();
        return "PERSON".equals(ner) || "ORGANIZATION".equals(ner) || lex.isSpeakerNoun(d.word(head))
                || d.tok[head].pos().startsWith("NNP") && "LOCATION".equals(ner);
    }
}
