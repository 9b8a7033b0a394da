package dev.stancekit.speakers;

import dev.stancekit.model.Speaker;
import dev.stancekit.model.SpeakerType;
import dev.stancekit.speakers.PersonIndex.Person;
import dev.stancekit.speakers.WordKinds.Kind;
import dev.stancekit.speakers.Words.Tok;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The registered person a mention names: by a registered name or alias, by a surname of someone
 * the article names in full, by the titles of an office ("the secretary"), or as the owner of an
 * aide ("Xi Jinping's spokesman"); and the evidence that the article's person is only a namesake.
 * Immutable and thread-safe.
 */
final class RegisteredPerson {

    /** The most words a registered name or alias has. */
    private static final int MAX_ALIAS_WORDS = 8;

    private final PersonIndex people;
    private final WordKinds words;
    private final NameFinder names;
    private final Apposition apposition;
    private final ArticleWords articleWords;

    RegisteredPerson(PersonIndex people, WordKinds words, NameFinder names, Apposition apposition,
                     ArticleWords articleWords) {
        this.people = people;
        this.words = words;
        this.names = names;
        this.apposition = apposition;
        this.articleWords = articleWords;
    }

    /**
     * A registered name anywhere in the mention, longest first; else that name without a middle
     * name ("Mark Thomas Esper"); else a surname or given name of a
     * registered person named in full in the article; else of the one registered person with that
     * name whose role agrees with the mention's titles.
     */
    Speaker find(Phrase p, Context c) {
        List<String> folds = Words.folds(p.toks);
        for (int len = Math.min(MAX_ALIAS_WORDS, folds.size()); len >= 1; len--) {
            for (int i = 0; i + len <= folds.size(); i++) {
                if (i > 0 && afterPreposition(p, i) || p.possessiveAt(i + len - 1)) {
                    continue;
                }
                Person found = people.exact(folds.subList(i, i + len));
                if (found != null && !modifierOfLaterName(p, i + len, c)) {
                    return speaker(found);
                }
            }
        }
        Person middle = people.withoutMiddle(folds); // an antecedent written out ("Mark Thomas Esper")
        if (middle != null && p.toks.stream().allMatch(t -> Character.isUpperCase(t.text().charAt(0)))) {
            return speaker(middle);
        }
        int[] name = names.name(p, c.ner(p));
        if (name == null) {
            return null;
        }
        List<String> nameFolds = folds.subList(name[0], name[1]);
        Person found = people.withoutMiddle(nameFolds);
        found = found != null ? found : people.partial(nameFolds, c.articleFolds());
        if (found == null) {
            Set<String> titles = titles(p.toks.subList(0, name[0]));
            if (titles.isEmpty() && !c.quote.mention().isBlank() && !c.quote.mention().strip().equals(p.text)) {
                titles = titles(Words.tokenize(c.quote.mention())); // "The Secretary" said, antecedent "Austin"
            }
            found = people.byTitle(nameFolds, titles);
        }
        return found == null ? null : speaker(found);
    }

    /**
     * Whether the registered name ending before {@code end} only qualifies a common noun that a
     * later name follows: "Clinton campaign spokesman Brian Fallon", "Trump adviser Ann Roe".
     */
    private boolean modifierOfLaterName(Phrase p, int end, Context c) {
        int last = p.toks.size() - 1;
        if (end >= last || p.toks.get(end).capitalized() || !p.toks.get(last).capitalized()) {
            return false;
        }
        java.util.function.IntFunction<String> ner = c.ner(p);
        int first = last;
        while (first - 1 > end && p.toks.get(first - 1).capitalized()) {
            first--;
        }
        String tag = ner.apply(last);
        return "PERSON".equals(tag) || tag == null && last > first;
    }

    /** The titles among these words that say something of the office ("secretary", not "Mr."). */
    private Set<String> titles(List<Tok> toks) {
        Set<String> out = new HashSet<>();
        for (Tok t : toks) {
            if (words.is(t.fold(), Kind.TITLE) && !words.is(t.fold(), Kind.HONORIFIC)) {
                out.add(t.fold());
            }
        }
        return out;
    }

    /**
     * Evidence of another side in the apposition at the person's first full mention ("Shen Yiming,
     * deputy dean of ... at Fudan University") when the registry organisation is not named in the
     * article: the article's person shares a name with the registered one; else {@code null}.
     */
    Evidence contradiction(Speaker s, Context c) {
        String text = c.article.text();
        Person reg = people.exact(Words.folds(Words.tokenize(s.canonical())));
        if (reg == null || reg.organization().isBlank()
                || articleWords.occurrencesIgnoreCase(text, reg.organization()).length > 0) {
            return null;
        }
        for (List<String> n : reg.names()) {
            int at = Collections.indexOfSubList(c.articleFolds(), n);
            if (n.size() > 1 && at >= 0) {
                List<Tok> art = c.articlePhrase().toks;
                Evidence e = apposition.around(text, art.get(at).start(), art.get(at + n.size() - 1).end(), c.doc);
                return e != null && !e.side().equals(reg.side()) && e.reason().startsWith("apposition") ? e : null;
            }
        }
        return null;
    }

    /** "a spokesman for X", "an aide to X": X is not the speaker. */
    private static boolean afterPreposition(Phrase p, int i) {
        return Words.PREPOSITIONS.contains(p.toks.get(i - 1).text());
    }

    /** The registered person as a speaker, with the registry as evidence. */
    static Speaker speaker(Person p) {
        return Speaker.builder().canonical(p.canonical()).type(SpeakerType.PERSON).side(p.side()).role(p.role())
                .inRegistry(true).evidence("registry").build();
    }

    /**
     * "the secretary": the one registered person named in the article whose role holds these
     * titles. Only definite mentions made of titles that are not also role nouns of anonymous
     * speakers ("the spokesman" may be anyone's).
     */
    Person titledInArticle(Phrase p, Context c) {
        String m = c.quote.mention().strip().toLowerCase(java.util.Locale.ROOT);
        if (p.isEmpty() || !p.hits.isEmpty() || m.startsWith("a ") || m.startsWith("an ")) {
            return null;
        }
        int from = "the".equals(p.toks.get(0).fold()) ? 1 : 0;
        Set<String> titles = new HashSet<>();
        for (Tok t : p.toks.subList(from, p.toks.size())) {
            if (!words.is(t.fold(), Kind.TITLE) || words.is(t.fold(), Kind.ROLE)
                    || words.is(t.fold(), Kind.HONORIFIC)) {
                return null;
            }
            if (words.is(t.fold(), Kind.ORG_NOUN) && m.contains(t.fold() + " of ")) {
                return null; // "the Department of National Defense" names a body, not an office holder
            }
            titles.add(t.fold());
        }
        return titles.isEmpty() ? null : people.byRoleInArticle(titles, c.articleFolds(),
                w -> words.is(w, Kind.TITLE) && !words.is(w, Kind.HONORIFIC));
    }

    /**
     * "Xi Jinping's spokesman", "Biden spokesman John Roe": a registered person's aide speaks for
     * that person's side (a surname alone when the article names the person in full).
     */
    Evidence possessor(Phrase p, Context c) {
        List<String> folds = Words.folds(p.toks);
        for (int end = 0; end < folds.size(); end++) {
            boolean qualifier = p.toks.get(end).capitalized() && names.qualifiesLaterName(p, end + 1);
            if (p.possessiveAt(end) || qualifier) {
                for (int start = Math.max(0, end + 1 - MAX_ALIAS_WORDS); start <= end; start++) {
                    List<String> name = folds.subList(start, end + 1);
                    Person owner = people.exact(name);
                    if (owner == null && qualifier) {
                        owner = people.partial(name, c.articleFolds());
                    }
                    if (owner != null) {
                        return new Evidence(owner.side(), "registry person: " + owner.canonical());
                    }
                }
            }
        }
        return null;
    }
}
