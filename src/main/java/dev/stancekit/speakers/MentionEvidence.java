package dev.stancekit.speakers;

import dev.stancekit.speakers.Lexicon.Hit;

/**
 * The side evidence a speaker's own words give: a side word or registered organisation in the
 * mention or antecedent ("Chinese Lt. Gen. X", "A National Security Council spokesman"), the
 * registered person an aide speaks for, and the titles and apposition around the mention in the
 * article ("X, a researcher at a Shanghai think tank,"). Immutable and thread-safe.
 */
final class MentionEvidence {

    private final Lexicon lexicon;
    private final WordKinds words;
    private final Apposition apposition;
    private final RegisteredPerson registered;

    MentionEvidence(Lexicon lexicon, WordKinds words, Apposition apposition, RegisteredPerson registered) {
        this.lexicon = lexicon;
        this.words = words;
        this.apposition = apposition;
        this.registered = registered;
    }

    /** A side word or registered organisation in the antecedent, else in the mention as written. */
    Evidence inMention(Phrase p, Context c) {
        Evidence e = words.independent(p);
        if (e == null && !c.quote.mention().isBlank() && !c.quote.mention().equals(p.text)) {
            e = words.independent(new Phrase(MentionText.head(c.quote.mention()), lexicon));
        }
        if (e == null) {
            e = sideWord(p);
        }
        if (e == null) {
            e = registered.possessor(p, c);
        }
        if (e == null && c.key.length() > p.text.length()) {
            e = apposition.around(c.key, 0, p.text.length(), null);
        }
        if (e == null && !c.quote.mention().isBlank() && !c.quote.mention().equals(p.text)) {
            e = sideWord(new Phrase(c.quote.mention(), lexicon));
        }
        return e;
    }

    private Evidence sideWord(Phrase p) {
        Hit h = p.sideHit(words);
        if (h == null) {
            return null;
        }
        String d = p.describe(h);
        return new Evidence(h.entry().side(), h.entry().kind() == Lexicon.Kind.ORGANIZATION ? d : d + " in mention");
    }

    /** The titles before the mention and the apposition after it, where the article has it; else {@code null}. */
    Evidence aroundMention(Context c) {
        int start = c.quote.mentionAt().orElse(-1);
        String text = c.article.text();
        int end = start + c.quote.mention().length();
        if (start < 0 || c.quote.mention().isEmpty() || end > text.length()) {
            return null;
        }
        return apposition.around(text, start, end, c.doc);
    }
}
