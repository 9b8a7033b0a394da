package dev.stancekit.speakers;

import dev.stancekit.model.QuoteSpan;
import dev.stancekit.model.Speaker;
import dev.stancekit.model.SpeakerType;
import dev.stancekit.speakers.Lexicon.Hit;
import dev.stancekit.speakers.WordKinds.Kind;
import dev.stancekit.speakers.Words.Tok;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The earlier speaker a mention of a person points back to: the one whose mention is this
 * mention's antecedent, the nearest one described with the same role ("the spokeswoman", "the
 * Pacific Fleet spokesman"), or, for the side alone, an earlier one of the same kind ("a second
 * official", "An official said" after "U.S. officials said", "a ministry spokesperson"). Not
 * thread-safe; one per article.
 */
final class EarlierSpeaker {

    private final ArticleQuotes art;
    private final Lexicon lexicon;
    private final WordKinds words;
    private final MentionWords mentions;
    private final EarlierOrganization organizations;
    private final Offices offices;

    EarlierSpeaker(ArticleQuotes art, Lexicon lexicon, WordKinds words, MentionWords mentions,
                   EarlierOrganization organizations, Offices offices) {
        this.offices = offices;
        this.art = art;
        this.lexicon = lexicon;
        this.words = words;
        this.mentions = mentions;
        this.organizations = organizations;
    }

    /**
     * "The spokesman" whose antecedent is the mention of an earlier quote ("a State Department
     * spokesman, Evan Marsh, said"): the person found there.
     */
    Speaker sameAntecedent(int i) {
        String ante = Words.key(art.quotes.get(i).antecedent());
        if (ante.isEmpty() || ante.equals(Words.key(art.quotes.get(i).mention()))
                && art.quotes.get(i).mentionType() != QuoteSpan.MentionType.PRONOUN) {
            return null;
        }
        for (int j = i - 1; j >= 0; j--) {
            Speaker e = art.speakers[j];
            if (e.type() == SpeakerType.PERSON && !Words.key(e.canonical()).equals(ante)
                    && ante.equals(Words.key(art.quotes.get(j).mention())) && !e.canonical().isBlank()) {
                return ArticleQuotes.carried(e, new Phrase(art.quotes.get(i).mention(), lexicon));
            }
        }
        return null;
    }

    /**
     * "the top US diplomat", "China's top diplomat": the nearest earlier person described with
     * another title of the office the mention names ("US Secretary of State Ann Ode") and who is of
     * that office's side; null when the mention names no office of one side or no earlier person holds it.
     */
    Speaker officeHolder(int i, Phrase p) {
        List<Offices.Office> named = offices.officesNamed(p);
        Set<String> sides = new HashSet<>();
        Set<String> ids = new HashSet<>();
        named.forEach(o -> {
            sides.add(o.side());
            ids.add(o.id());
        });
        if (sides.size() != 1) {
            return null; // no office, or offices of several sides ("the foreign minister")
        }
        String side = sides.iterator().next();
        for (int j = i - 1; j >= 0; j--) {
            Speaker e = art.speakers[j];
            if (e.type() == SpeakerType.PERSON && !e.canonical().isBlank() && side.equals(e.side())
                    && offices.holdsTitleOf(art.description(j).toks, ids)) {
                return ArticleQuotes.carried(e, p);
            }
        }
        return null;
    }

    /**
     * "A Chinese defense spokesperson on Thursday slammed …" in a lead, then "Zhang Xiaogang, a
     * spokesperson for the Ministry of National Defense, made the remarks": a description of one
     * side's official that no named person of that side comes before is the first person of that
     * side quoted later who is described with the same role noun, or who holds the office the
     * description names ("the top Chinese diplomat" before "Foreign Minister Wang Yi"); a person
     * whose side is not yet known must be described with every word of the description. Null when
     * there is none.
     */
    Speaker namedLater(int i, Phrase p, List<Tok> content, Speaker s) {
        String side = s.side();
        if (side.equals(Speaker.UNKNOWN_SIDE) || s.type() != SpeakerType.PERSON && s.type() != SpeakerType.ANONYMOUS || content.isEmpty()
                || p.toks.stream().anyMatch(t -> words.is(t.fold(), Kind.ORDINAL))) {
            return null;
        }
        String head = null; // the last role word: "spokesperson" in "A Chinese defense spokesperson on Thursday"
        for (Tok t : content) {
            String w = words.sameAs(t.fold());
            head = words.isTitleOrRole(w) ? w : head;
        }
        if (head == null || words.is(head, Kind.SOURCE) || words.is(head, Kind.TAIL)) {
            return null;
        }
        String mention = Words.key(art.quotes.get(i).mention());
        int headlineEnd = Words.headlineEnd(art.text);
        boolean headline = art.quotes.get(i).start() < headlineEnd;
        for (int j = 0; j < i; j++) {
            Speaker e = art.speakers[j];
            if (!headline && art.quotes.get(j).start() < headlineEnd) {
                continue; // the headline's role, itself named from the body ("Chinese FM: …"), names no one before
            }
            if (e.type() == SpeakerType.PERSON && !e.canonical().isBlank() && side.equals(e.side())
                    && !mention.equals(Words.key(art.quotes.get(j).mention()))) {
                return null; // a person of that side is named before: the earlier rules decide
            }
        }
        Set<String> ids = new HashSet<>();
        offices.officesNamed(p).forEach(o -> ids.add(o.id()));
        Set<String> described = new HashSet<>(); // the mention's words but its country: "defense", "spokesperson"
        for (Tok t : content) {
            Hit h = p.hitAt(p.toks.indexOf(t));
            if (h == null && !words.is(t.fold(), Kind.DETERMINER)) {
                described.add(words.sameAs(t.fold()));
            }
            if (words.sameAs(t.fold()).equals(head)) {
                break; // "on Thursday" after the role is no description
            }
        }
        for (int j = i + 1; j < art.speakers.length; j++) {
            Speaker e = art.speakers[j];
            boolean unplaced = e.side().equals(Speaker.UNKNOWN_SIDE);
            if (e.type() != SpeakerType.PERSON || e.canonical().isBlank() || !unplaced && !side.equals(e.side())) {
                continue;
            }
            Set<String> d = art.descriptionWords(j);
            // a person whose side is not yet known must be described with every word of the mention;
            // a headline's role ("US Treasury chief: …") is the first person of its side the body quotes
            boolean sameRole = unplaced ? d.containsAll(described) : d.contains(head) || headline;
            if (sameRole || !unplaced && !ids.isEmpty() && offices.holdsTitleOf(art.description(j).toks, ids)) {
                String why = "\"" + p.text.strip() + "\" is " + e.canonical() + ", named later";
                return e.toBuilder().side(side).evidence(Evidence.joined(e.evidence(), why)).build();
            }
            return null; // the first named person quoted later of that side (or of no side yet) holds another role
        }
        return null;
    }

    /**
     * "the country's commerce ministry spokesperson" after "China on Thursday said …": a possessive
     * country noun (kind country-noun) points to the nearest earlier speaker that is a country
     * named alone, whose side the mention takes; null otherwise.
     */
    private Speaker countryBefore(int i, Phrase p, Speaker s) {
        boolean owner = false;
        for (int k = 0; k + 1 < p.toks.size() && !owner; k++) {
            owner = words.is(p.toks.get(k).fold(), Kind.COUNTRY_NOUN) && p.possessiveAt(k);
        }
        for (int j = i - 1; owner && j >= 0; j--) {
            Speaker e = art.speakers[j];
            Phrase name = new Phrase(e.canonical(), lexicon);
            boolean country = name.hits.size() == 1 && name.hits.get(0).to() == name.toks.size()
                    && (name.hits.get(0).entry().kind() == Lexicon.Kind.COUNTRY
                    || name.hits.get(0).entry().kind() == Lexicon.Kind.NATIONALITY);
            if (country && !e.side().equals(Speaker.UNKNOWN_SIDE)) {
                return s.toBuilder().side(e.side()).evidence("\"" + p.text.strip() + "\": the country is "
                        + e.canonical() + ", quoted before").build();
            }
        }
        return null;
    }

    /**
     * "the spokeswoman": the nearest earlier speaker described with that role. A collective head
     * ("the Chinese side", "the government": kind tail) is never an earlier person.
     */
    Speaker withRole(int i, Phrase p, List<Tok> content) {
        String head = words.sameAs(content.get(content.size() - 1).fold());
        if (words.is(head, Kind.TAIL)) {
            return null;
        }
        Set<String> need = new HashSet<>();
        String orgName = null;
        for (int k = p.toks.indexOf(content.get(0)); k < p.toks.size() - 1; k++) {
            Hit h = p.hitAt(k);
            if (h != null && h.entry().kind() == Lexicon.Kind.ORGANIZATION) {
                orgName = h.entry().canonical();
            } else if ((h == null || h.entry().kind() == Lexicon.Kind.CITY) // "the Florida senator" needs Florida
                    && !words.is(p.toks.get(k).fold(), Kind.DETERMINER) && !words.is(p.toks.get(k).fold(), Kind.EPITHET)) {
                need.add(PersonIndex.american(words.sameAs(p.toks.get(k).fold()))); // not "four-star" in "the four-star admiral"
            }
        }
        boolean generic = words.is(head, Kind.GENERIC_HEAD);
        for (int j = i - 1; j >= 0; j--) {
            Speaker e = art.speakers[j];
            if (e.canonical().isBlank() || e.type() == SpeakerType.ORGANIZATION || e.type() == SpeakerType.UNKNOWN) {
                continue;
            }
            if (orgName != null && !art.describedWith(j, orgName)) {
                continue;
            }
            Set<String> d = art.descriptionWords(j);
            if (modifierOnly(e, head)) {
                continue; // "the official" is not "its official press": there the word modifies another noun
            }
            if ((generic && orgName != null || d.contains(head)) && d.containsAll(need)) {
                return ArticleQuotes.carried(e, p);
            }
        }
        Speaker official = officialJustQuoted(i, p, head, need, orgName);
        if (official != null) {
            return official;
        }
        if (i > 0 && words.is(head, Kind.TITLE) && !words.is(head, Kind.ROLE) && orgName == null
                && need.stream().allMatch(w -> words.is(w, Kind.TITLE))
                && art.speakers[i - 1].type() == SpeakerType.PERSON && !art.speakers[i - 1].canonical().isBlank()) {
            return ArticleQuotes.carried(art.speakers[i - 1], p);
        }
        return null;
    }

    /** Whether the role word stands in the speaker's name only before another noun ("its official press"). */
    private boolean modifierOnly(Speaker e, String head) {
        List<String> folds = Words.folds(Words.tokenize(e.canonical()));
        if (folds.isEmpty() || !folds.contains(head)) {
            return false;
        }
        return !words.sameAs(folds.get(folds.size() - 1)).equals(head) && e.type() != SpeakerType.PERSON;
    }

    /**
     * "According to the Vietnamese official, …" right after a quote of a named office holder: "the",
     * a nationality and a singular role noun name that person, whose side the
     * nationality gives when nothing else did; a nationality of another side names someone else.
     */
    private Speaker officialJustQuoted(int i, Phrase p, String head, Set<String> need, String orgName) {
        if (i == 0 || orgName != null || !need.isEmpty() || p.toks.isEmpty() || !"the".equals(p.toks.get(0).fold())
                || !words.is(head, Kind.ROLE) || words.is(head, Kind.SOURCE)) {
            return null;
        }
        Speaker prev = art.speakers[i - 1];
        if (prev.type() != SpeakerType.PERSON || prev.canonical().isBlank()
                || art.descriptionWords(i - 1).stream().noneMatch(w -> words.is(w, Kind.TITLE) && !words.is(w, Kind.HONORIFIC))) {
            return null;
        }
        String side = null;
        for (int k = 0; k < p.toks.size(); k++) {
            Hit h = p.hitAt(k);
            if (h != null && (h.entry().kind() == Lexicon.Kind.NATIONALITY || h.entry().kind() == Lexicon.Kind.COUNTRY)) {
                side = h.entry().side();
            }
        }
        String last = p.toks.get(p.toks.size() - 1).fold();
        if (side == null || !last.equals(head) || p.toks.size() != 3) {
            return null; // only "the" + a nationality + one person's role: not "the two lawmakers", "the media"
        }
        Speaker c = ArticleQuotes.carried(prev, p);
        if (side.equals(prev.side())) {
            return c;
        }
        if (!prev.side().equals(Speaker.UNKNOWN_SIDE)) {
            return null;
        }
        return c.toBuilder().side(side).evidence(c.evidence() + ", with the nationality of \"" + p.text.strip() + "\"").build();
    }

    /** "a second official", "a ministry spokesperson": the side of the earlier one. */
    Speaker sideFromEarlier(int i, Phrase p, List<Tok> content, Speaker s) {
        Speaker country = countryBefore(i, p, s);
        if (country != null) {
            return country;
        }
        String head = words.sameAs(content.get(content.size() - 1).fold());
        boolean another = p.toks.stream().anyMatch(t -> words.is(t.fold(), Kind.ORDINAL));
        if (another) {
            for (int j = i - 1; j >= 0; j--) {
                Speaker e = art.speakers[j];
                if (!e.side().equals(Speaker.UNKNOWN_SIDE) && art.descriptionWords(j).contains(head)) {
                    return s.toBuilder().side(e.side())
                            .evidence("\"" + p.text.strip() + "\" after " + e.canonical() + " (" + e.evidence() + ")")
                            .build();
                }
            }
        }
        Speaker group = i > 0 ? art.speakers[i - 1] : null;
        if (group != null && !group.side().equals(Speaker.UNKNOWN_SIDE) && content.size() == 1 && !p.toks.isEmpty()
                && ("a".equals(p.toks.get(0).fold()) || "an".equals(p.toks.get(0).fold()))
                && Words.folds(Words.tokenize(art.quotes.get(i - 1).mention())).contains(head + "s")) {
            return s.toBuilder().side(group.side()) // "U.S. officials said ... An official said"
                    .evidence("\"" + p.text.strip() + "\" is one of \"" + art.quotes.get(i - 1).mention().strip()
                            + "\" (" + group.evidence() + ")").build();
        }
        for (Tok t : content) {
            if (words.is(t.fold(), Kind.ORG_NOUN) && !mentions.properName(content)) {
                Hit h = organizations.earlierOrganization(art.quotes.get(i), List.of(t));
                if (h != null && !h.entry().side().equals(Speaker.UNKNOWN_SIDE)) {
                    return s.toBuilder().side(h.entry().side()).evidence("\"" + t.text() + "\" in \""
                            + p.text.strip() + "\" is " + h.entry().canonical() + ", named earlier").build();
                }
            }
        }
        return null;
    }
}
