package dev.stancekit.speakers;

import dev.stancekit.speakers.Lexicon.Hit;
import dev.stancekit.speakers.Words.Tok;
import java.util.List;

/** A short piece of text (a mention, an apposition) with its words and lexicon hits. */
final class Phrase {

    private static final java.util.Set<String> TOPIC_AFTER = java.util.Set.of("for", "in", "of", "on");

    final String text;
    final List<Tok> toks;
    final List<Hit> hits;

    Phrase(String text, Lexicon lexicon) {
        this.text = text;
        this.toks = List.copyOf(Words.tokenize(text));
        this.hits = List.copyOf(lexicon.hits(toks));
    }

    boolean isEmpty() {
        return toks.isEmpty();
    }

    /** The hit covering word i, or {@code null}. */
    Hit hitAt(int i) {
        for (Hit h : hits) {
            if (i >= h.from() && i < h.to()) {
                return h;
            }
        }
        return null;
    }

    /**
     * The first hit that names the speaker's side rather than a target: not after "to", "on",
     * "his", ... ("envoy to China", "his Chinese counterpart"), not before "counterpart", and not a
     * topic ("a fellow for Asian security").
     */
    Hit sideHit(WordKinds words) {
        for (Hit h : hits) {
            if (h.entry().kind() == Lexicon.Kind.NEUTRAL) {
                continue;
            }
            int before = h.from() - 1;
            while (before >= 0 && words.is(toks.get(before).fold(), WordKinds.Kind.DETERMINER)) {
                before--;
            }
            boolean employer = before > 0 && "with".equals(toks.get(before).fold())
                    && (words.is(toks.get(before - 1).fold(), WordKinds.Kind.ROLE)
                    || words.is(toks.get(before - 1).fold(), WordKinds.Kind.COMMENTATOR)); // "an expert with the X"
            // "a spokesperson for its Eastern Theater Command": a body owned through a pronoun, after a role
            // and a word of kind affiliation, is the speaker's employer ("a critic of its command" is not)
            boolean ownBody = before >= 2 && words.is(toks.get(before).fold(), WordKinds.Kind.PRONOUN)
                    && h.entry().kind() == Lexicon.Kind.ORGANIZATION
                    && words.is(toks.get(before - 1).fold(), WordKinds.Kind.AFFILIATION)
                    && words.isTitleOrRole(words.sameAs(toks.get(before - 2).fold()));
            // "a critic of its command", "an opponent of the Chinese government": what an adversary opposes
            int of = before >= 0 && words.is(toks.get(before).fold(), WordKinds.Kind.PRONOUN) ? before - 1 : before;
            boolean opposed = of >= 1 && "of".equals(toks.get(of).fold()) && words.is(toks.get(of - 1).fold(), WordKinds.Kind.ADVERSARY);
            boolean target = opposed || before >= 0 && words.is(toks.get(before).fold(), WordKinds.Kind.TARGET) && !employer && !ownBody
                    || h.to() < toks.size() && words.is(toks.get(h.to()).fold(), WordKinds.Kind.TARGET_AFTER)
                    && h.entry().kind() != Lexicon.Kind.ORGANIZATION
                    || topic(h, before, words) || fieldOfStudy(h, words);
            if (!target) {
                return h;
            }
        }
        return null;
    }

    /**
     * "a China expert at the Stimson Center": a country right before a commentator's noun names
     * the field, when a later body in the phrase names the employer ("US experts" alone keep
     * their country).
     */
    private boolean fieldOfStudy(Hit h, WordKinds words) {
        if (h.entry().kind() != Lexicon.Kind.COUNTRY || h.to() >= toks.size()
                || !words.is(toks.get(h.to()).fold(), WordKinds.Kind.COMMENTATOR)) {
            return false;
        }
        for (Hit later : hits) {
            if (later.from() > h.to() && later.entry().kind() == Lexicon.Kind.ORGANIZATION) {
                return true;
            }
        }
        return false;
    }

    /** "a fellow for Asian security": a country after "for", "in", "of" or "on" and before a topic word. */
    private boolean topic(Hit h, int before, WordKinds words) {
        return before >= 0 && TOPIC_AFTER.contains(toks.get(before).fold()) && h.to() < toks.size()
                && words.is(toks.get(h.to()).fold(), WordKinds.Kind.TOPIC) && h.entry().kind() != Lexicon.Kind.ORGANIZATION;
    }

    /** Whether word i ends in a possessive "'s" with more words after it ("Xi's spokesman"). */
    boolean possessiveAt(int i) {
        if (i + 1 >= toks.size()) {
            return false;
        }
        String gap = text.substring(toks.get(i).end(), toks.get(i + 1).start());
        return gap.length() >= 2 && Words.isApostrophe(gap.charAt(0)) && (gap.charAt(1) == 's' || gap.charAt(1) == 'S');
    }

    /** The text of words [from, to). */
    String text(int from, int to) {
        return from >= to ? "" : text.substring(toks.get(from).start(), toks.get(to - 1).end());
    }

    /** A short description of a hit for the evidence column. */
    String describe(Hit h) {
        String words = h.text(text, toks);
        return switch (h.entry().kind()) {
            case ORGANIZATION -> "registry organization: " + h.entry().canonical();
            case NATIONALITY -> "nationality word \"" + words + "\"";
            case COUNTRY -> "country \"" + words + "\"";
            case CITY -> "city \"" + words + "\"";
            case NEUTRAL -> "\"" + words + "\"";
            case DATELINE_REGION -> "dateline region \"" + words + "\"";
        };
    }
}
