package dev.stancekit.speakers;

import dev.stancekit.model.QuoteSpan;
import dev.stancekit.model.Speaker;
import dev.stancekit.model.SpeakerType;
import dev.stancekit.speakers.PersonIndex.Person;
import dev.stancekit.speakers.WordKinds.Kind;
import dev.stancekit.speakers.Words.Tok;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * A speaker the registry does not name outright: a person named in the mention, or an unnamed
 * speaker ("a senior State Department official", "the ministry's spokesperson, Col. Ann Roe,"),
 * with a side only from evidence in the article. Immutable and thread-safe.
 */
final class UnregisteredSpeaker {

    private static final java.util.regex.Pattern APPOSED_NAME = java.util.regex.Pattern.compile(
            "\\s*,\\s*((?:[\\p{Lu}][\\p{L}.'’-]*\\s+){0,4}[\\p{Lu}][\\p{L}'’-]+)\\s*,");

    private final PersonIndex people;
    private final Lexicon lexicon;
    private final WordKinds words;
    private final NameFinder names;
    private final Apposition apposition;
    private final Offices offices;
    private final ArticleWords articleWords;
    private final RegisteredPerson registered;
    private final MentionEvidence evidence;

    UnregisteredSpeaker(PersonIndex people, Lexicon lexicon, WordKinds words, NameFinder names, Apposition apposition,
                        Offices offices, ArticleWords articleWords, RegisteredPerson registered,
                        MentionEvidence evidence) {
        this.people = people;
        this.lexicon = lexicon;
        this.words = words;
        this.names = names;
        this.apposition = apposition;
        this.offices = offices;
        this.articleWords = articleWords;
        this.registered = registered;
        this.evidence = evidence;
    }

    /**
     * The person named by words [name[0], name[1]) of the mention, named as fully as the article
     * names them, with the words around the name as role and the first side evidence found in the
     * mention, the office titles before the name, the text around the mention or another mention
     * of the name, or the kind of commentator.
     */
    Speaker person(Phrase p, int[] name, Context c) {
        String canonical = p.text(name[0], name[1]);
        List<String> nameFolds = Words.folds(p.toks.subList(name[0], name[1]));
        String fuller = names.fuller(nameFolds, c.articlePhrase());
        if (fuller != null) {
            canonical = fuller;
            nameFolds = Words.folds(Words.tokenize(fuller));
        }
        String role = (trim(p.text.substring(0, p.toks.get(name[0]).start())) + " "
                + trim(c.key.substring(p.toks.get(name[1] - 1).end()))).strip();
        Evidence e = evidence.inMention(p, c);
        if (e != null && namesOwnWord(e, nameFolds)) {
            e = null; // "Rep. Steve Israel": a country word that is the person's surname says nothing of a side
        }
        // "Deputy Assistant Secretary of State X"; not "Trade Minister X": every country has one
        if (e == null && name[0] > 0 && p.toks.subList(0, name[0]).stream().noneMatch(t -> words.is(t.fold(), Kind.SHARED_OFFICE))) {
            e = offices.sideOfTitle(p, name[0]);
        }
        if (e == null) {
            e = evidence.aroundMention(c);
        }
        List<Tok> art = c.articlePhrase().toks;
        int at = Collections.indexOfSubList(c.articleFolds(), nameFolds);
        while (e == null && at >= 0) {
            e = apposition.around(c.article.text(), art.get(at).start(),
                    art.get(at + nameFolds.size() - 1).end(), c.doc);
            int next = Collections.indexOfSubList(
                    c.articleFolds().subList(at + 1, c.articleFolds().size()), nameFolds);
            at = next < 0 ? -1 : at + 1 + next;
        }
        String shared = e == null ? people.sharedSide(nameFolds) : null;
        if (shared != null && !Speaker.UNKNOWN_SIDE.equals(shared)) {
            e = new Evidence(shared, "every registered person named \"" + canonical + "\" is " + shared);
        }
        if (e == null) {
            e = words.commentator(p);
        }
        return withEvidence(canonical, SpeakerType.PERSON, role, e);
    }

    /**
     * A mention without a name: the person an apposition names, a registered person it describes
     * ("the secretary"), else an anonymous speaker or organisation named by the description, with
     * the side evidence its words or the article give.
     */
    Speaker unnamed(Phrase p, Context c) {
        Speaker named = namedInApposition(c);
        if (named != null) {
            return named;
        }
        String canonical = AnonymousName.of(p, words);
        Person known = people.exact(Words.folds(Words.tokenize(canonical)));
        if (known == null) {
            known = registered.titledInArticle(p, c);
        }
        if (known != null) {
            return RegisteredPerson.speaker(known);
        }
        Evidence e = evidence.inMention(p, c);
        if (e == null) {
            e = offices.sideOfTitle(p, p.toks.size()); // "a deputy assistant secretary of defense"
        }
        if (e == null) {
            e = evidence.aroundMention(c);
        }
        String text = c.article.text();
        int[] occurrences = articleWords.occurrencesIgnoreCase(text, p.text);
        for (int k = 0; e == null && k < occurrences.length; k++) {
            e = apposition.around(text, occurrences[k], occurrences[k] + p.text.length(), c.doc);
        }
        if (e == null) {
            e = words.commentator(p);
        }
        IntFunction<String> ner = c.ner(p);
        boolean organization = (c.quote.mentionType() == QuoteSpan.MentionType.ORGANIZATION
                || IntStream.range(0, p.toks.size()).anyMatch(i -> words.is(p.toks.get(i).fold(), Kind.ORG_HEAD)
                        || "ORGANIZATION".equals(ner.apply(i))))
                && p.toks.stream().noneMatch(t -> words.is(t.fold(), Kind.ROLE) || words.is(t.fold(), Kind.SOURCE)
                        || words.is(t.fold(), Kind.COMMENTATOR));
        SpeakerType type = organization ? SpeakerType.ORGANIZATION : SpeakerType.ANONYMOUS;
        return withEvidence(canonical, type, "", e);
    }

    /** Whether the evidence is a country or nationality word that is part of the person's name. */
    private static boolean namesOwnWord(Evidence e, List<String> nameFolds) {
        for (String f : nameFolds) {
            if (e.reason().toLowerCase(java.util.Locale.ROOT).contains("\"" + f + "\"")) {
                return true;
            }
        }
        return false;
    }

    /** "The ministry's spokesperson, Col. Ann Roe, said": the name in the apposition speaks. */
    private Speaker namedInApposition(Context c) {
        String text = c.article.text();
        int at = c.quote.mentionAt().orElse(-1);
        int end = at + c.quote.mention().length();
        if (at < 0 || c.quote.mention().isBlank() || end >= text.length()
                || !text.regionMatches(true, at, c.quote.mention(), 0, c.quote.mention().length())) {
            return null;
        }
        java.util.regex.Matcher m = APPOSED_NAME.matcher(text);
        m.region(end, Math.min(text.length(), end + 80));
        if (!m.lookingAt()) {
            return null;
        }
        Phrase name = new Phrase(m.group(1), lexicon);
        if (name.isEmpty() || name.toks.stream().anyMatch(t -> words.is(t.fold(), Kind.ROLE)
                || words.is(t.fold(), Kind.SOURCE) || words.is(t.fold(), Kind.PRONOUN))) {
            return null;
        }
        Context inner = new Context(c.quote, c.article, c.doc, m.group(1), articleWords);
        Speaker s = registered.find(name, inner);
        if (s == null) {
            int[] span = names.name(name, c.ner(name));
            s = span != null && span[1] == name.toks.size() ? person(name, span, inner) : null;
        }
        return s;
    }

    /** Drops spaces and punctuation at both ends, keeping a final period of an abbreviation. */
    private static String trim(String s) {
        int a = 0, b = s.length();
        while (a < b && !Character.isLetterOrDigit(s.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(s.charAt(b - 1)) && s.charAt(b - 1) != '.') {
            b--;
        }
        return s.substring(a, b);
    }

    /** A speaker not in the registry, with the side and reason of the evidence, if any. */
    static Speaker withEvidence(String canonical, SpeakerType type, String role, Evidence e) {
        Speaker.Builder b = Speaker.builder().canonical(canonical).type(type).role(role);
        return e == null ? b.build() : b.side(e.side()).evidence(e.reason()).build();
    }
}
