package dev.stancekit.speakers;

import dev.stancekit.speakers.Lexicon.Hit;
import dev.stancekit.speakers.Words.Tok;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The side a phrase around a name gives (titles before it, a description it stands in apposition
 * to, an apposition after it): an independent voice, a side word or organisation, or the one side
 * of the offices it names. Used by {@link Apposition}.
 */
final class PhraseSides {

    private final WordKinds words;
    private final Offices offices;

    PhraseSides(WordKinds words, Offices offices) {
        this.words = words;
        this.offices = offices;
    }

    /** An independent voice, else the first side word or organisation of the phrase. */
    Evidence side(Phrase p, String where) {
        if (p == null) {
            return null;
        }
        Evidence free = words.independent(p);
        if (free != null) {
            return free;
        }
        Hit h = p.sideHit(words);
        if (h != null) {
            // "a deputy assistant secretary of defense for China": the office's portfolio, not its employer
            // (a country or nationality, not a body and not an owner: "the press secretary for China's embassy")
            boolean country = h.entry().kind() == Lexicon.Kind.COUNTRY || h.entry().kind() == Lexicon.Kind.NATIONALITY;
            Evidence office = country && h.from() >= 2 && "for".equals(p.toks.get(h.from() - 1).fold())
                    && !p.possessiveAt(h.to() - 1) ? offices.sideOfTitle(p, h.from() - 1) : null;
            if (office != null && !office.side().equals(h.entry().side())) {
                return new Evidence(office.side(), where + office.reason() + " in \"" + p.text.strip() + "\"");
            }
            return new Evidence(h.entry().side(), where + "\"" + p.text.strip() + "\"");
        }
        Set<String> sides = new HashSet<>();
        namedOffices(p).forEach(o -> sides.add(o.side()));
        return sides.size() == 1 ? new Evidence(sides.iterator().next(), where + "office \"" + p.text.strip() + "\"") : null;
    }

    /**
     * The offices a phrase names when it is a named office ("the director of National Drug Control
     * Policy", "the Indo-Pacific coordinator"): a title holding a capitalised word that is no title,
     * role or determiner, so that it names one body or region, and no word every government's
     * offices share ("Trade Minister"); empty for "the press secretary", "the chief executive" or
     * "the Speaker", which any country or firm may have.
     */
    List<Offices.Office> namedOffices(Phrase p) {
        boolean named = false;
        for (Tok t : p.toks) {
            if (words.is(t.fold(), WordKinds.Kind.SHARED_OFFICE)) {
                return List.of();
            }
            named |= t.capitalized() && !words.isTitleOrRole(t.fold()) && !words.is(t.fold(), WordKinds.Kind.DETERMINER);
        }
        return named ? offices.officesNamed(p) : List.of();
    }
}
