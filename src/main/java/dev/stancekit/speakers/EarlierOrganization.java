package dev.stancekit.speakers;

import dev.stancekit.model.QuoteSpan;
import dev.stancekit.model.Speaker;
import dev.stancekit.model.SpeakerType;
import dev.stancekit.speakers.Lexicon.Hit;
import dev.stancekit.speakers.Words.Tok;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The organisation a bare organisation noun points back to ("the ministry", "the embassy", "the
 * coast guard"): the nearest registered organisation named earlier with that noun, the
 * organisation quoted earlier whose name it heads, or the body of the country the sentence or
 * dateline names ("Chinese ministry"). Not thread-safe; one per article.
 */
final class EarlierOrganization {

    private final ArticleQuotes art;
    private final MentionWords mentions;

    EarlierOrganization(ArticleQuotes art, MentionWords mentions) {
        this.art = art;
        this.mentions = mentions;
    }

    /**
     * "the ministry", "the coast guard": the registered organisation named earlier with that noun,
     * else the organisation quoted earlier with it, else the ministry of the sentence's country;
     * {@code null} when there is none.
     */
    Speaker referredTo(int i, Phrase p, List<Tok> content) {
        Speaker office = personsOffice(i, p);
        if (office != null) {
            return office;
        }
        QuoteSpan q = art.quotes.get(i);
        Hit h = earlierOrganization(q, content);
        Speaker quoted = h == null ? earlierOrganizationSpeaker(i, content, p) : null;
        if (quoted != null) {
            return quoted;
        }
        Speaker owner = h == null ? ownerQuotedBefore(i, p, content) : null;
        if (owner != null) {
            return owner;
        }
        return h == null ? countryOrganization(q, p, content) : Speaker.builder()
                .canonical(h.entry().canonical()).type(SpeakerType.ORGANIZATION).side(h.entry().side())
                .inRegistry(true).evidence("registry; \"" + p.text.strip() + "\" named earlier as "
                        + h.entry().canonical()).build();
    }

    /** The last registered organisation before the mention whose name holds all these words. */
    Hit earlierOrganization(QuoteSpan q, List<Tok> content) {
        int before = q.mentionAt().orElse(art.text.length());
        Set<String> need = new HashSet<>();
        for (Tok t : content) {
            need.add(PersonIndex.american(t.fold()));
        }
        Hit best = null;
        for (Hit h : art.article().hits) {
            if (h.entry().kind() != Lexicon.Kind.ORGANIZATION || art.article().toks.get(h.from()).start() >= before) {
                continue;
            }
            Set<String> names = new HashSet<>();
            for (String f : Words.folds(art.article().toks.subList(h.from(), h.to()))) {
                names.add(PersonIndex.american(f));
            }
            for (String f : Words.folds(Words.tokenize(h.entry().canonical()))) {
                names.add(PersonIndex.american(f));
            }
            if (names.containsAll(need)) {
                best = h;
            }
        }
        return best;
    }

    /**
     * "The embassy added" after "Beijing's embassy in Washington said": the organisation quoted
     * earlier in the article whose name holds the same noun, before any country word nearby.
     */
    private Speaker earlierOrganizationSpeaker(int i, List<Tok> content, Phrase p) {
        Speaker e = quotedBefore(i, List.of(content.get(content.size() - 1).fold()));
        return e == null ? null : ArticleQuotes.carried(e, p);
    }

    /**
     * "the fleet's public affairs office said" after "according to the U.S. Pacific Fleet": a
     * lower-case owner in the possessive before the noun names the organisation quoted before whose
     * name that owner heads, and the office speaks for it; null when there is none.
     */
    private Speaker ownerQuotedBefore(int i, Phrase p, List<Tok> content) {
        int from = p.toks.indexOf(content.get(0));
        if (from < 0 || from + 1 >= p.toks.size() || !p.possessiveAt(from)
                || !Character.isLowerCase(p.toks.get(from).text().charAt(0))) {
            return null;
        }
        Speaker e = quotedBefore(i, List.of(p.toks.get(from).fold()));
        return e == null ? null : ArticleQuotes.carried(e, p);
    }

    /**
     * The organisation quoted before quote i whose name the last of {@code words} heads and that
     * holds all the others ("Chinese Foreign Ministry" for "foreign", "ministry"), or null.
     */
    Speaker quotedBefore(int i, List<String> words) {
        String noun = words.get(words.size() - 1);
        for (int j = i - 1; j >= 0; j--) {
            Speaker e = art.speakers[j];
            List<String> folds = Words.folds(Words.tokenize(e.canonical()));
            int at = folds.indexOf(noun);
            // the noun heads the name: "Beijing's embassy in Washington", not "State Department spokesman"
            if (e.type() != SpeakerType.PERSON && at >= 0 && (at == folds.size() - 1 || Words.PREPOSITIONS.contains(folds.get(at + 1)))
                    && folds.containsAll(words)) {
                return e;
            }
        }
        return null;
    }

    /**
     * "his office said" after quotes of Gen. Brown: the office of the person quoted last before
     * ("Charles Q. Brown's office"), with that person's side; null when the phrase opens with no
     * personal possessive (type personal-possessive) or no person was quoted before.
     */
    private Speaker personsOffice(int i, Phrase p) {
        if (p.toks.size() < 2 || !mentions.personalPossessive(p.toks.get(0))) {
            return null;
        }
        int at = art.quotes.get(i).mentionAt().orElse(0);
        int from = Math.max(art.text.lastIndexOf(". ", Math.max(0, at - 1)), art.text.lastIndexOf('\n', Math.max(0, at - 1))) + 1;
        List<Tok> sentence = Words.tokenize(art.text.substring(from, at));
        Speaker nearest = null;
        for (int j = i - 1; j >= 0; j--) {
            Speaker e = art.speakers[j];
            if (e.type() != SpeakerType.PERSON || e.canonical().isBlank()) {
                continue;
            }
            List<Tok> name = Words.tokenize(e.canonical());
            String surname = name.get(name.size() - 1).fold();
            if (sentence.stream().anyMatch(t -> t.fold().equals(surname))) {
                return office(e, p); // "Raimondo “raised concerns”, her office said": the person the sentence names
            }
            nearest = nearest == null ? e : nearest;
        }
        // a capitalised word after the sentence's first may name someone never quoted: no guess then
        boolean named = sentence.stream().skip(1).anyMatch(Tok::capitalized);
        return nearest == null || named ? null : office(nearest, p);
    }

    private static Speaker office(Speaker e, Phrase p) {
        return Speaker.builder().canonical(e.canonical() + "'s " + p.text(1, p.toks.size()).strip())
                .type(SpeakerType.ORGANIZATION).side(e.side()).role(e.role()).inRegistry(e.inRegistry())
                .evidence("\"" + p.text.strip() + "\" of " + e.canonical() + ", the person quoted before").build();
    }

    /** "the foreign ministry" with no registered one named earlier: the ministry of the sentence's country. */
    private Speaker countryOrganization(QuoteSpan q, Phrase p, List<Tok> content) {
        int at = q.mentionAt().orElse(0);
        // past the words it is quoted with, a country is what the body speaks of ("The Navy denied that
        // the destroyer entered China's waters, contradicting claims by China's command")
        Hit c = art.earlierText().countryOf(at, content.get(content.size() - 1).fold(), q.start(),
                at < q.start() ? Integer.MAX_VALUE : q.end());
        if (c == null) {
            return null;
        }
        int from = p.toks.indexOf(content.get(0));
        if (from + 1 < p.toks.size() && p.possessiveAt(from) && Character.isLowerCase(p.toks.get(from).text().charAt(0))) {
            from++; // "the country's foreign ministry": the country is the one found, not part of the name
        } else if (from + 1 < p.toks.size() && mentions.pronoun(p.toks.get(from))) {
            from++; // "its foreign ministry" -> "Chinese foreign ministry", not "Chinese its foreign ministry"
        }
        String noun = p.text(from, p.toks.size());
        // "the ministry" -> "Chinese ministry"; a name of its own keeps its name ("Semiconductor Industry Association")
        String name = mentions.properName(content) ? noun : c.entry().adjective() + " " + noun;
        return Speaker.builder().canonical(name).type(SpeakerType.ORGANIZATION)
                .side(c.entry().side()).evidence("\"" + p.text.strip() + "\" of \"" + c.text(art.text, art.article().toks)
                        + "\", country word of the sentence, dateline or text before").build();
    }
}
