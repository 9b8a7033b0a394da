package dev.stancekit.speakers;

import dev.stancekit.model.Speaker;
import dev.stancekit.model.SpeakerType;
import dev.stancekit.speakers.Lexicon.Hit;
import dev.stancekit.speakers.WordKinds.Kind;
import dev.stancekit.speakers.Words.Tok;
import java.util.List;

/**
 * The side passes run once every mention of an article is resolved, for speakers still without a
 * side: the side of the same speaker quoted elsewhere, of the registered organisation a person's
 * (or an anonymous speaker's) description names ("Lt. Ann Roe, a fleet spokeswoman," after "the U.S. 7th Fleet said"), of
 * the dateline, and the registered body of the place a sentence opens with or the dateline names
 * ({@link CountryBody}). Not thread-safe; one per article.
 */
final class SidePasses {

    private final ArticleQuotes art;
    private final Lexicon lexicon;
    private final WordKinds words;
    private final EarlierOrganization organizations;

    SidePasses(ArticleQuotes art, Lexicon lexicon, WordKinds words, EarlierOrganization organizations) {
        this.art = art;
        this.lexicon = lexicon;
        this.words = words;
        this.organizations = organizations;
    }

    /** Runs the passes over every speaker of the article, each pass over all before the next. */
    void run() {
        Speaker[] speakers = art.speakers;
        for (int i = 0; i < speakers.length; i++) {
            speakers[i] = acronym(speakers[i]);
        }
        for (int i = 0; i < speakers.length; i++) {
            speakers[i] = mentionNationality(i);
        }
        sameAnonymous();
        for (int i = 0; i < speakers.length; i++) {
            speakers[i] = inherit(speakers[i]);
        }
        for (int i = 0; i < speakers.length; i++) {
            speakers[i] = organisationDescribed(i);
        }
        for (int i = 0; i < speakers.length; i++) {
            speakers[i] = datelineSide(speakers[i]);
        }
        Hit dateline = art.earlierText().datelinePlace();
        String where = dateline == null ? "" : "the dateline \"" + dateline.text(art.text, art.article().toks) + "\"";
        CountryBody bodies = new CountryBody(lexicon);
        for (int i = 0; i < speakers.length; i++) {
            speakers[i] = bodies.place(speakers[i], art.quotes.get(i).context(), dateline, where);
        }
    }

    /** "MOFA said" after "the Ministry of Foreign Affairs (MOFA)": a speaker without a side named by an acronym the article spells out is the body it names. */
    private Speaker acronym(Speaker s) {
        if (!s.side().equals(Speaker.UNKNOWN_SIDE) || s.type() == SpeakerType.ANONYMOUS) {
            return s;
        }
        String name = ArticleAcronyms.expand(art.text, s.canonical());
        if (name == null) {
            return s;
        }
        String why = "\"" + s.canonical() + "\" spelled out as \"" + name + "\"";
        Speaker.Builder b = s.toBuilder().canonical(name).type(SpeakerType.ORGANIZATION);
        // "China's Ministry of Commerce (MOC)": the spelled-out name's country or registered body gives the side
        Phrase spelled = new Phrase(name, lexicon);
        Hit h = spelled.sideHit(words);
        if (h != null && !h.entry().side().equals(Speaker.UNKNOWN_SIDE)) {
            b.side(h.entry().side());
            why += ", which names \"" + h.text(name, spelled.toks) + "\"";
            if (h.entry().kind() == Lexicon.Kind.ORGANIZATION && h.from() == 0 && h.to() == spelled.toks.size()) {
                b.canonical(h.entry().canonical()).inRegistry(true); // the registered body, as its other mentions name it
            }
        }
        return b.evidence(Evidence.joined(s.evidence(), why)).build();
    }

    /**
     * "The US official said" after "a senior official said": a later mention taken for an earlier
     * speaker without a side gives the side of the nationality or country it names itself.
     */
    private Speaker mentionNationality(int i) {
        Speaker s = art.speakers[i];
        if (!s.side().equals(Speaker.UNKNOWN_SIDE) || s.canonical().isBlank()) {
            return s;
        }
        String mention = art.quotes.get(i).mention();
        Phrase p = new Phrase(mention, lexicon);
        Hit h = p.sideHit(words);
        if (h == null || h.entry().side().equals(Speaker.UNKNOWN_SIDE)
                || h.entry().kind() != Lexicon.Kind.NATIONALITY && h.entry().kind() != Lexicon.Kind.COUNTRY
                || Words.folds(Words.tokenize(s.canonical())).contains(p.toks.get(h.from()).fold())) {
            return s; // "Representative Steve Israel": a country word inside the name is no nationality
        }
        String why = "\"" + h.text(mention, p.toks) + "\" in the mention \"" + mention.strip() + "\"";
        return s.toBuilder().side(h.entry().side()).evidence(Evidence.joined(s.evidence(), why)).build();
    }

    /**
     * An anonymous speaker ("a senior official", later "the official", "the US official") quoted
     * several times under one name: when the quotes that have a side agree on it, the others
     * without one take it; two sides mean two people, and nothing is taken.
     */
    private void sameAnonymous() {
        Speaker[] sp = art.speakers;
        for (int i = 0; i < sp.length; i++) {
            if (sp[i].type() != SpeakerType.ANONYMOUS || sp[i].side().equals(Speaker.UNKNOWN_SIDE)) {
                continue;
            }
            boolean agree = true;
            for (Speaker o : sp) {
                agree &= !(o.type() == SpeakerType.ANONYMOUS && o.canonical().equalsIgnoreCase(sp[i].canonical())
                        && !o.side().equals(Speaker.UNKNOWN_SIDE) && !o.side().equals(sp[i].side()));
            }
            for (int j = 0; agree && j < sp.length; j++) {
                if (sp[j].type() == SpeakerType.ANONYMOUS && sp[j].side().equals(Speaker.UNKNOWN_SIDE)
                        && sp[j].canonical().equalsIgnoreCase(sp[i].canonical())) {
                    String why = "the same anonymous speaker elsewhere in the article: " + sp[i].evidence();
                    sp[j] = sp[j].toBuilder().side(sp[i].side())
                            .evidence(Evidence.joined(sp[j].evidence(), why)).build();
                }
            }
        }
    }

    /** A speaker without a side takes the side another quote of the same speaker has. */
    private Speaker inherit(Speaker s) {
        if (!s.side().equals(Speaker.UNKNOWN_SIDE) || s.canonical().isBlank()
                || s.type() == SpeakerType.ANONYMOUS) {
            return s;
        }
        for (Speaker o : art.speakers) {
            if (!o.side().equals(Speaker.UNKNOWN_SIDE) && o.canonical().equalsIgnoreCase(s.canonical())) {
                return s.toBuilder().side(o.side()).role(s.role().isBlank() ? o.role() : s.role())
                        .inRegistry(s.inRegistry() || o.inRegistry())
                        .evidence(o.evidence() + " (same speaker elsewhere in the article)").build();
            }
        }
        return s;
    }

    /**
     * "Lt. Ann Roe, a fleet spokeswoman," after "the U.S. 7th Fleet said": a person with no side
     * whose description holds an organisation noun takes the side of the registered organisation
     * named earlier with that noun.
     */
    private Speaker organisationDescribed(int i) {
        Speaker s = art.speakers[i];
        if (!s.side().equals(Speaker.UNKNOWN_SIDE) || s.type() != SpeakerType.PERSON && s.type() != SpeakerType.ANONYMOUS
                || s.canonical().isBlank()) {
            return s; // a side already, or neither a person nor an anonymous speaker ("a Foreign Ministry spokesperson")
        }
        if (s.type() == SpeakerType.ANONYMOUS && Words.tokenize(s.canonical()).stream().noneMatch(t -> words.is(t.fold(), Kind.ROLE))) {
            return s; // an anonymous body ("the Ministry of National Defense"), which CountryBody places
        }
        Phrase d = art.description(i);
        for (int k = 0; k < d.toks.size(); k++) {
            Tok t = d.toks.get(k);
            if (d.hitAt(k) == null && words.is(t.fold(), Kind.ORG_NOUN)) {
                Hit h = organizations.earlierOrganization(art.quotes.get(i), List.of(t));
                if (h != null && !h.entry().side().equals(Speaker.UNKNOWN_SIDE)) {
                    String why = "\"" + t.text() + "\" in the description, named earlier as " + h.entry().canonical();
                    return s.toBuilder().side(h.entry().side())
                            .evidence(Evidence.joined(s.evidence(), why)).build();
                }
                // "a Foreign Ministry spokesperson" after "The Foreign Ministry demanded …" was placed in a country
                Speaker quoted = h == null && s.type() == SpeakerType.ANONYMOUS ? organizations.quotedBefore(i, nameBefore(d, k)) : null;
                if (quoted != null && !quoted.side().equals(Speaker.UNKNOWN_SIDE)) {
                    String why = "\"" + t.text() + "\" in the description, quoted before as " + quoted.canonical();
                    return s.toBuilder().side(quoted.side()).evidence(Evidence.joined(s.evidence(), why)).build();
                }
                // "Commerce Ministry spokesperson He Ling" under a BEIJING dateline: the ministry of that country
                // an anonymous spokesperson in a sentence opening "In Manila," is of that place, not the dateline's
                Hit place = h == null && s.type() == SpeakerType.ANONYMOUS
                        ? CountryBody.opening(new Phrase(art.quotes.get(i).context(), lexicon)) : null;
                Hit c = h != null ? null : place != null ? place : art.earlierText().datelinePlace();
                if (c != null && !c.entry().side().equals(Speaker.UNKNOWN_SIDE)) {
                    String why = "\"" + t.text() + "\" in the description, of " + (place != null ? "\"In " : "the dateline \"")
                            + c.text(art.text, art.article().toks) + "\"";
                    return s.toBuilder().side(c.entry().side())
                            .evidence(Evidence.joined(s.evidence(), why)).build();
                }
            }
        }
        return s;
    }

    /** The capitalised words of the organisation's name that end with the noun at k ("Foreign Ministry"), folded. */
    private static List<String> nameBefore(Phrase d, int k) {
        int a = k;
        while (a > 0 && d.toks.get(a - 1).capitalized() && d.hitAt(a - 1) == null) {
            a--;
        }
        List<String> out = new java.util.ArrayList<>();
        for (int j = a; j <= k; j++) {
            out.add(d.toks.get(j).fold());
        }
        return out;
    }

    /**
     * A named person with no side evidence at all, in an article datelined from a place with a
     * side ("TAIPEI (AP) —", "WASHINGTON —"): a resident, a legislator or a company spokesperson
     * interviewed there speaks from that side.
     */
    private Speaker datelineSide(Speaker s) {
        if (!s.side().equals(Speaker.UNKNOWN_SIDE) || s.type() != SpeakerType.PERSON || s.canonical().isBlank()) {
            return s;
        }
        Hit h = art.earlierText().datelinePlace();
        if (h == null || h.entry().side().equals(Speaker.UNKNOWN_SIDE)) {
            return s;
        }
        String why = "dateline \"" + h.text(art.text, art.article().toks) + "\"";
        return s.toBuilder().side(h.entry().side()).evidence(Evidence.joined(s.evidence(), why)).build();
    }
}
