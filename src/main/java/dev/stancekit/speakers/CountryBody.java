package dev.stancekit.speakers;

import dev.stancekit.model.Speaker;
import dev.stancekit.model.SpeakerType;
import dev.stancekit.speakers.Lexicon.Entry;
import dev.stancekit.speakers.Lexicon.Hit;
import dev.stancekit.speakers.Words.Tok;
import java.util.List;

/**
 * "The Ministry of National Defense said" under a "BEIJING" or "TAIPEI" dateline, or in a sentence
 * opening "In Manila,": an organisation named without its country is the registered one of that side ("Chinese Ministry of
 * National Defense"); when several registered bodies of that side carry the name, only the side is
 * taken; with no place named, the one registered body of that name, if only one is. Stateless.
 */
final class CountryBody {

    private final Lexicon lexicon;

    CountryBody(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The speaker placed by a place opening its sentence ("In Manila, the Department of National
     * Defense said"), else by the dateline; {@code s} unchanged when neither places it.
     */
    Speaker place(Speaker s, String sentence, Hit dateline, String datelineText) {
        if (s.type() == SpeakerType.PERSON || s.inRegistry() || !s.side().equals(Speaker.UNKNOWN_SIDE)
                || s.canonical().isBlank()) {
            return s;
        }
        Phrase p = new Phrase(sentence == null ? "" : sentence, lexicon);
        Hit opening = opening(p);
        if (opening != null) {
            return place(s, opening, "\"In " + opening.text(p.text, p.toks) + "\" opening the sentence");
        }
        return dateline == null ? only(s, p) : place(s, dateline, datelineText);
    }

    /** The place with a side that a sentence opens with ("In Manila, …"), or null. */
    static Hit opening(Phrase p) {
        Hit h = p.toks.size() > 2 && "in".equals(p.toks.get(0).fold()) ? p.hitAt(1) : null;
        return h != null && h.from() == 1 && !h.entry().side().isBlank() ? h : null;
    }

    /**
     * "the Ministry of Commerce said" with no place named: the one registered body of that name
     * once a country word is put before it, when only one is registered ("Chinese Ministry of
     * Commerce"; not "Ministry of National Defense", which three countries have), unless the
     * sentence names a third country ("Thai rice exports rose, the Ministry of Commerce said").
     */
    private Speaker only(Speaker s, Phrase sentence) {
        List<String> body = ownerBody(s);
        List<Entry> all = lexicon.withCountry(body.isEmpty() ? bare(s) : body);
        if (all.isEmpty() || all.stream().map(Entry::canonical).distinct().count() != 1) {
            return s;
        }
        Entry e = all.get(0);
        for (Hit h : sentence.hits) {
            if ((h.entry().kind() == Lexicon.Kind.COUNTRY || h.entry().kind() == Lexicon.Kind.NATIONALITY)
                    && !h.entry().side().isBlank() && !h.entry().side().equals(e.side())
                    && !h.entry().side().equals("US") && !h.entry().side().equals("China")) {
                return s; // "Thai rice exports rose, the Ministry of Commerce said": another country's body
            }
        }
        if (!body.isEmpty()) {
            return s.toBuilder().side(e.side())
                    .evidence("\"" + s.canonical() + "\" speaks for " + e.canonical() + ", the only registered body of that name").build();
        }
        return s.toBuilder().canonical(e.canonical()).type(SpeakerType.ORGANIZATION).side(e.side()).inRegistry(true)
                .evidence("registry; \"" + s.canonical() + "\" is the only registered body of that name").build();
    }

    /**
     * The body a speaker speaks for when its name is a role or a document of it: "spokesperson for
     * the Ministry of Commerce", "statement from the country's Ministry of Commerce" give "Ministry
     * of Commerce" (a lowercase owner such as "the country's" dropped); empty when the name has no
     * "for", "from" or "of" before a capitalised body.
     */
    private static boolean lowerPossessive(String text, Tok t) {
        return Character.isLowerCase(t.text().charAt(0)) && t.end() < text.length()
                && (text.charAt(t.end()) == '\'' || text.charAt(t.end()) == '’');
    }

    private static List<String> ownerBody(Speaker s) {
        List<Tok> toks = Words.tokenize(s.canonical());
        if (toks.isEmpty()) {
            return List.of();
        }
        if (!Character.isLowerCase(toks.get(0).text().charAt(0))) {
            // "Ministry of Commerce spokesperson": the capitalised body before a lower-case role;
            // "Ministry of Commerce" is the body itself
            int end = toks.size();
            while (end > 1 && Character.isLowerCase(toks.get(end - 1).text().charAt(0))) {
                end--;
            }
            return end < toks.size() && Character.isUpperCase(toks.get(end - 1).text().charAt(0))
                    ? Words.folds(toks.subList(0, end)) : List.of();
        }
        for (int i = 1; i + 1 < toks.size(); i++) {
            String w = toks.get(i).fold();
            if (!("for".equals(w) || "from".equals(w) || "of".equals(w))) {
                continue;
            }
            int j = i + 1;
            while (j < toks.size() && ("the".equals(toks.get(j).fold()) || lowerPossessive(s.canonical(), toks.get(j)))) {
                j++; // "the country's Ministry of Commerce": the owner is the body's own country
            }
            if (j < toks.size() && Character.isUpperCase(toks.get(j).text().charAt(0))) {
                return Words.folds(toks.subList(j, toks.size()));
            }
            return List.of();
        }
        return List.of();
    }

    private static List<String> bare(Speaker s) {
        return Words.withoutThe(Words.folds(Words.tokenize(s.canonical())));
    }

    private Speaker place(Speaker s, Hit where, String whereText) {
        List<String> body = ownerBody(s);
        List<String> folds = body.isEmpty() ? bare(s) : body;
        String side = where.entry().side();
        List<Entry> same = lexicon.withCountry(folds).stream().filter(e -> e.side().equals(side)).toList();
        if (same.isEmpty()) {
            return s;
        }
        String why = "\"" + s.canonical() + "\" under " + whereText;
        if (same.size() == 1 && body.isEmpty()) {
            Entry e = same.get(0);
            return s.toBuilder().canonical(e.canonical()).type(SpeakerType.ORGANIZATION).side(side).inRegistry(true)
                    .evidence("registry; " + why).build();
        }
        return s.toBuilder().side(side).evidence(why).build();
    }
}
