package dev.stancekit.speakers;

import dev.stancekit.Resources;
import dev.stancekit.ingest.Article;
import dev.stancekit.nlp.AnnotatedText;
import dev.stancekit.quotes.QuoteSpan;
import dev.stancekit.speakers.Lexicon.Hit;
import dev.stancekit.speakers.PersonIndex.Person;
import dev.stancekit.speakers.WordKinds.Kind;
import dev.stancekit.speakers.Words.Tok;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Resolves a quote's speaker with the registry ({@code speakers.csv}, {@code organizations.csv})
 * and, for speakers it does not know, with evidence in the article: side words and registered
 * organisations in the mention ("Chinese Lt. Gen. X", "A National Security Council spokesman"),
 * titles just before the name and an apposition after it ("X, a researcher at a Shanghai think
 * tank,"). The side is {@code unknown} only when there is no evidence. Immutable and thread-safe.
 */
public final class RegistrySpeakerResolver implements SpeakerResolver {

    private static final int MAX_ALIAS_WORDS = 8;

    private final PersonIndex people;
    private final Lexicon lexicon;
    private final WordKinds words;
    private final NameFinder names;
    private final Apposition apposition;

    private RegistrySpeakerResolver(PersonIndex people, Lexicon lexicon, WordKinds words) {
        this.people = people;
        this.lexicon = lexicon;
        this.words = words;
        this.names = new NameFinder(words);
        this.apposition = new Apposition(lexicon, words);
    }

    /**
     * Reads {@code speakers.csv}, {@code organizations.csv}, {@code nationality-words.csv} and
     * {@code speaker-words.csv}; with {@code Resources.overlay(dir)} the user's rows come last and
     * win on the same canonical name or alias.
     *
     * @throws IllegalArgumentException when a row lacks a canonical name, side or known kind
     */
    public static RegistrySpeakerResolver create(Resources res) {
        Objects.requireNonNull(res, "res");
        return new RegistrySpeakerResolver(PersonIndex.load(res), Lexicon.load(res), WordKinds.load(res));
    }

    /** Number of people in the registry. */
    public int registeredPeople() {
        return people.size();
    }

    @Override
    public Speaker resolve(QuoteSpan quote, Article article, AnnotatedText doc) {
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(article, "article");
        String key = quote.antecedent().isBlank() ? quote.mention() : quote.antecedent();
        Phrase p = new Phrase(key.strip(), lexicon);
        if (p.isEmpty() || p.toks.stream().allMatch(t -> words.is(t.fold(), Kind.PRONOUN)
                || words.is(t.fold(), Kind.DETERMINER))) {
            return Speaker.NONE;
        }
        Context c = new Context(quote, article, doc);
        Speaker s = wholeOrganization(p);
        if (s == null) {
            s = registeredPerson(p, c);
        }
        if (s == null) {
            int[] name = names.name(p);
            s = name != null ? unregisteredPerson(p, name, c) : unnamed(p, c);
        }
        return s;
    }

    private Speaker wholeOrganization(Phrase p) {
        int i = 0;
        while (i < p.toks.size() && words.is(p.toks.get(i).fold(), Kind.DETERMINER) && p.hitAt(i) == null) {
            i++;
        }
        Hit h = i < p.toks.size() ? p.hitAt(i) : null;
        if (h == null || h.from() != i || h.to() != p.toks.size()) {
            return null;
        }
        if (h.entry().kind() == Lexicon.Kind.ORGANIZATION) {
            return new Speaker(h.entry().canonical(), SpeakerType.ORGANIZATION, h.entry().side(), "", true, "registry");
        }
        return new Speaker(p.text(i, p.toks.size()), SpeakerType.ORGANIZATION, h.entry().side(), "", false,
                p.describe(h) + " in mention");
    }

    /** A registered name anywhere in the mention, longest first; else a registered surname or given name. */
    private Speaker registeredPerson(Phrase p, Context c) {
        List<String> folds = Words.folds(p.toks);
        for (int len = Math.min(MAX_ALIAS_WORDS, folds.size()); len >= 1; len--) {
            for (int i = 0; i + len <= folds.size(); i++) {
                if (i > 0 && afterPreposition(p, i)) {
                    continue;
                }
                Person found = people.exact(folds.subList(i, i + len));
                if (found != null) {
                    return registered(found);
                }
            }
        }
        int[] name = names.name(p);
        if (name == null) {
            return null;
        }
        Person found = people.partial(folds.subList(name[0], name[1]), c.articleFolds());
        return found == null ? null : registered(found);
    }

    /** "a spokesman for X", "an aide to X": X is not the speaker. */
    private boolean afterPreposition(Phrase p, int i) {
        Tok before = p.toks.get(i - 1);
        return !before.capitalized() && !words.isTitleOrRole(before.fold()) && p.hitAt(i - 1) == null;
    }

    private static Speaker registered(Person p) {
        return new Speaker(p.canonical(), SpeakerType.PERSON, p.side(), p.role(), true, "registry");
    }

    private Speaker unregisteredPerson(Phrase p, int[] name, Context c) {
        String canonical = p.text(name[0], name[1]);
        List<String> nameFolds = Words.folds(p.toks.subList(name[0], name[1]));
        String fuller = names.fuller(nameFolds, c.articlePhrase());
        if (fuller != null) {
            canonical = fuller;
            nameFolds = Words.folds(Words.tokenize(fuller));
        }
        String role = (p.text(0, name[0]) + " " + p.text(name[1], p.toks.size())).strip();
        Evidence e = inMention(p, c);
        if (e == null) {
            e = aroundMention(c);
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
        return withEvidence(canonical, SpeakerType.PERSON, role, e);
    }

    private Speaker unnamed(Phrase p, Context c) {
        String canonical = AnonymousName.of(p, words);
        Person known = people.exact(Words.folds(Words.tokenize(canonical)));
        if (known != null) {
            return new Speaker(known.canonical(), SpeakerType.ANONYMOUS, known.side(), known.role(), true, "registry");
        }
        Evidence e = inMention(p, c);
        if (e == null) {
            e = aroundMention(c);
        }
        String text = c.article.text();
        String lower = text.toLowerCase(Locale.ROOT);
        String needle = p.text.toLowerCase(Locale.ROOT);
        for (int at = lower.indexOf(needle); e == null && at >= 0 && !needle.isEmpty();
             at = lower.indexOf(needle, at + 1)) {
            e = apposition.around(text, at, at + needle.length(), c.doc);
        }
        SpeakerType type = c.quote.mentionType() == QuoteSpan.MentionType.ORGANIZATION
                ? SpeakerType.ORGANIZATION : SpeakerType.ANONYMOUS;
        return withEvidence(canonical, type, "", e);
    }

    private static Speaker withEvidence(String canonical, SpeakerType type, String role, Evidence e) {
        return e == null ? new Speaker(canonical, type, Speaker.UNKNOWN_SIDE, role, false, "")
                : new Speaker(canonical, type, e.side(), role, false, e.reason());
    }

    /** A side word or registered organisation in the antecedent, else in the mention as written. */
    private Evidence inMention(Phrase p, Context c) {
        Evidence e = sideWord(p);
        if (e == null && !c.quote.mention().isBlank() && !c.quote.mention().equals(p.text)) {
            e = sideWord(new Phrase(c.quote.mention(), lexicon));
        }
        return e;
    }

    private Evidence sideWord(Phrase p) {
        Hit h = p.sideHit(words);
        if (h == null) {
            return null;
        }
        String d = p.describe(h);
        return new Evidence(h.entry().side(), h.entry().kind() == Lexicon.Kind.ORGANIZATION ? d : d + " in mention");
    }

    private Evidence aroundMention(Context c) {
        int start = c.quote.mentionStart();
        String text = c.article.text();
        int end = start + c.quote.mention().length();
        if (start < 0 || c.quote.mention().isEmpty() || end > text.length()) {
            return null;
        }
        return apposition.around(text, start, end, c.doc);
    }

    /** Per-call state: the article's words, computed when first needed. */
    private final class Context {
        final QuoteSpan quote;
        final Article article;
        final AnnotatedText doc;
        private Phrase articlePhrase;
        private List<String> articleFolds;

        Context(QuoteSpan quote, Article article, AnnotatedText doc) {
            this.quote = quote;
            this.article = article;
            this.doc = doc;
        }

        Phrase articlePhrase() {
            if (articlePhrase == null) {
                articlePhrase = new Phrase(article.text(), lexicon);
            }
            return articlePhrase;
        }

        List<String> articleFolds() {
            if (articleFolds == null) {
                articleFolds = new ArrayList<>(Words.folds(articlePhrase().toks));
            }
            return articleFolds;
        }
    }
}
