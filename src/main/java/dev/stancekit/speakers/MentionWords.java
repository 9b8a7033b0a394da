package dev.stancekit.speakers;

import dev.stancekit.speakers.WordKinds.Kind;
import dev.stancekit.speakers.Words.Tok;
import java.util.List;

/**
 * How a referring mention is built: its words after the determiners ("the second official" ->
 * "official"), whether it is definite ("the spokesman"), and whether it holds a name of its own
 * ("Semiconductor Industry Association") rather than only titles, roles and nouns. Immutable and
 * thread-safe.
 */
final class MentionWords {

    private final WordKinds words;

    MentionWords(WordKinds words) {
        this.words = words;
    }

    /** The words after the determiners and ordinals that are no lexicon hit. */
    List<Tok> content(Phrase p) {
        int i = 0;
        while (i < p.toks.size() && (words.is(p.toks.get(i).fold(), Kind.DETERMINER)
                || words.is(p.toks.get(i).fold(), Kind.ORDINAL)) && p.hitAt(i) == null) {
            i++;
        }
        return p.toks.subList(i, p.toks.size());
    }

    /** Whether the word is a possessive standing for a person ("his" in "his office"). */
    boolean personalPossessive(Tok t) {
        return words.is(t.fold(), Kind.PERSONAL_POSSESSIVE);
    }

    /** Whether the word is a pronoun ("its" in "its foreign ministry"). */
    boolean pronoun(Tok t) {
        return words.is(t.fold(), Kind.PRONOUN);
    }

    /** Whether the phrase opens with "the", "this" or "that". */
    boolean definite(Phrase p) {
        if (p.isEmpty()) {
            return false;
        }
        String f = p.toks.get(0).fold();
        return "the".equals(f) || "this".equals(f) || "that".equals(f);
    }

    /**
     * Whether the phrase holds a capitalised word that is not a lexicon hit, title, role,
     * determiner, pronoun, document or organisation noun: a name of its own.
     */
    boolean hasName(Phrase p) {
        for (int i = 0; i < p.toks.size(); i++) {
            Tok t = p.toks.get(i);
            if (t.capitalized() && p.hitAt(i) == null && !words.isTitleOrRole(t.fold())
                    && !words.is(t.fold(), Kind.DETERMINER) && !words.is(t.fold(), Kind.PRONOUN)
                    && !words.is(t.fold(), Kind.DOCUMENT) && !words.is(t.fold(), Kind.ORG_NOUN)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Semiconductor Industry Association", "11th Regional Coast Guard Headquarters": a capitalised
     * name holding a word that is no title, role or organisation noun names a body of its own.
     */
    boolean properName(List<Tok> content) {
        for (Tok t : content) {
            if (t.capitalized() && !words.isTitleOrRole(t.fold()) && !words.is(t.fold(), Kind.ORG_NOUN)
                    && !words.is(t.fold(), Kind.ORG_HEAD)) {
                return true;
            }
        }
        return false;
    }
}
