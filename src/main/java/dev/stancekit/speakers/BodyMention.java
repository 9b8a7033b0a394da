package dev.stancekit.speakers;

import dev.stancekit.model.Speaker;
import dev.stancekit.model.SpeakerType;
import dev.stancekit.speakers.Lexicon.Hit;
import dev.stancekit.speakers.WordKinds.Kind;
import dev.stancekit.speakers.Words.Tok;

/**
 * A mention in which a body, not a person, speaks: one registered organisation or place word and
 * nothing else ("the Chinese Foreign Ministry", "Beijing"), or a body noun after a place name
 * ("the Cebu city police"). Immutable and thread-safe.
 */
final class BodyMention {

    private final WordKinds words;

    BodyMention(WordKinds words) {
        this.words = words;
    }

    /**
     * The body a mention names whole, over its determiners: a registered organisation, perhaps
     * after a country word of its own side ("the Chinese Foreign Ministry"), or a country, city or
     * nationality word alone ("Beijing", "China"); {@code null} when the mention is more than that.
     */
    Speaker whole(Phrase p) {
        int i = 0;
        while (i < p.toks.size() && words.is(p.toks.get(i).fold(), Kind.DETERMINER) && p.hitAt(i) == null) {
            i++;
        }
        Hit h = i < p.toks.size() ? p.hitAt(i) : null;
        Hit country = h != null && h.to() < p.toks.size() && (h.entry().kind() == Lexicon.Kind.COUNTRY
                || h.entry().kind() == Lexicon.Kind.NATIONALITY) ? h : null;
        Hit org = country == null ? null : p.hitAt(country.to());
        if (org != null && org.from() == country.to() && org.to() == p.toks.size()
                && org.entry().kind() == Lexicon.Kind.ORGANIZATION && org.entry().side().equals(country.entry().side())) {
            return Speaker.builder().canonical(org.entry().canonical()).type(SpeakerType.ORGANIZATION)
                    .side(org.entry().side()).inRegistry(true).evidence("registry").build();
        }
        if (h == null || h.from() != i || h.to() != p.toks.size() || h.entry().kind() == Lexicon.Kind.NEUTRAL) {
            return null;
        }
        if (h.entry().kind() == Lexicon.Kind.ORGANIZATION) {
            return Speaker.builder().canonical(h.entry().canonical()).type(SpeakerType.ORGANIZATION)
                    .side(h.entry().side()).inRegistry(true).evidence("registry").build();
        }
        // a country by its name ("The U.S." -> United States; name in nationality-words.csv), a city as written
        boolean named = h.entry().kind() == Lexicon.Kind.COUNTRY || h.entry().kind() == Lexicon.Kind.NATIONALITY;
        return Speaker.builder().canonical(named ? h.entry().canonical() : p.text(i, p.toks.size()))
                .type(SpeakerType.ORGANIZATION)
                .side(h.entry().side()).evidence(p.describe(h) + " in mention").build();
    }

    /**
     * "the Quang Ngai provincial border guard", "the Cebu city police": the mention ends in a
     * lower-case noun of a body after the name, so the name is a place and the body speaks.
     */
    boolean afterName(Phrase p, int[] name) {
        int last = p.toks.size() - 1;
        Tok head = p.toks.get(last);
        return name[1] <= last && !head.capitalized() && words.is(head.fold(), Kind.ORG_NOUN);
    }
}
