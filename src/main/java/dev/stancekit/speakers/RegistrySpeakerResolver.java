package dev.stancekit.speakers;

import dev.stancekit.model.Speaker;
import dev.stancekit.model.SpeakerType;
import dev.stancekit.resources.Resources;
import dev.stancekit.model.Article;
import dev.stancekit.nlp.AnnotatedText;
import dev.stancekit.model.QuoteSpan;
import dev.stancekit.speakers.PersonIndex.Person;
import dev.stancekit.speakers.WordKinds.Kind;
import dev.stancekit.speakers.Words.Tok;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Resolves a quote's speaker with the registry ({@code speakers.csv}, {@code organizations.csv})
 * and, for speakers it does not know, with evidence in the article: side words and registered
 * organisations in the mention ("Chinese Lt. Gen. X", "A National Security Council spokesman"),
 * titles just before the name and an apposition after it ("X, a researcher at a Shanghai think
 * tank,"). The side is {@code unknown} only when there is no evidence. Immutable and thread-safe.
 */
public final class RegistrySpeakerResolver implements SpeakerResolver {

    private static final java.util.regex.Pattern APPOSED_NAME = java.util.regex.Pattern.compile(
            "\\s*,\\s*((?:[\\p{Lu}][\\p{L}.'’-]*\\s+){0,4}[\\p{Lu}][\\p{L}'’-]+)\\s*,");

    private final PersonIndex people;
    private final Lexicon lexicon;
    private final WordKinds words;
    private final NameFinder names;
    private final Apposition apposition;
    private final Offices offices;
    private final BodyMention bodies;
    private final RegisteredPerson registered;
    private final MentionEvidence evidence;
    private final ArticleWords articleWords;
    private final DocumentOwner documents;
    private final SelfNamed selfNamed;

    private RegistrySpeakerResolver(PersonIndex people, Lexicon lexicon, WordKinds words, Offices offices) {
        this.people = people;
        this.lexicon = lexicon;
        this.words = words;
        this.names = new NameFinder(words);
        this.apposition = new Apposition(lexicon, words);
        this.offices = offices;
        this.bodies = new BodyMention(words);
        this.articleWords = new ArticleWords(lexicon);
        this.registered = new RegisteredPerson(people, words, names, apposition, articleWords);
        this.evidence = new MentionEvidence(lexicon, words, apposition, registered);
        this.documents = new DocumentOwner(words, people, lexicon);
        this.selfNamed = new SelfNamed(words, people, lexicon);
    }

    /**
     * Reads {@code speakers.csv}, {@code organizations.csv}, {@code nationality-words.csv},
     * {@code speaker-words.csv}, {@code offices.csv} and {@code office-terms.csv}; with {@code Resources.overlay(dir)} the user's rows come last and
     * win on the same canonical name or alias.
     *
     * @throws IllegalArgumentException when a row lacks a canonical name, side or known kind
     */
    public static RegistrySpeakerResolver create(Resources res) {
        Objects.requireNonNull(res, "res");
        PersonIndex people = PersonIndex.load(res);
        Lexicon lexicon = Lexicon.load(res);
        WordKinds words = WordKinds.load(res);
        return new RegistrySpeakerResolver(people, lexicon, words, Offices.load(res, lexicon, words, people));
    }

    /** Number of people in the registry. */
    public int registeredPeople() {
        return people.size();
    }

    @Override
    public Speaker resolve(QuoteSpan quote, Article article, AnnotatedText doc) {
        return selfNamed.check(found(quote, article, doc), quote, article.text());
    }

    private Speaker found(QuoteSpan quote, Article article, AnnotatedText doc) {
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(article, "article");
        String mention = quote.mention().strip();
        String antecedent = quote.antecedent().strip();
        String described = MentionText.describedBy(quote, article.text(), words);
        if (described != null) {
            return resolve(described, quote, article, doc);
        }
        if (documents.namesItsOwner(quote)) { // "the Chinese readout said": the document's own words, not an earlier speaker
            return resolve(mention, quote, article, doc);
        }
        Speaker s = resolve(antecedent.isBlank() ? mention : antecedent, quote, article, doc);
        if (!mention.isBlank() && !mention.equalsIgnoreCase(antecedent) && quote.mentionType() != QuoteSpan.MentionType.PRONOUN
                && Words.key(mention).endsWith(Words.key(antecedent)) && !s.inRegistry()) {
            Speaker whole = resolve(mention, quote, article, doc);
            boolean fuller = Words.key(whole.canonical()).contains(Words.key(s.canonical()))
                    && whole.canonical().length() > s.canonical().length() && whole.type() == s.type();
            if (whole.inRegistry() || s.side().equals(Speaker.UNKNOWN_SIDE) && !whole.side().equals(Speaker.UNKNOWN_SIDE)
                    || fuller || words.is(Words.key(s.canonical()), Kind.TIME)) {
                return whole; // the antecedent was cut from the mention ("The Foreign Ministry on Sunday" -> "Sunday")
            }
        }
        return s;
    }

    private Speaker resolve(String written, QuoteSpan quote, Article article, AnnotatedText doc) {
        String key = MentionText.withoutTime(written, words);
        Phrase p = new Phrase(MentionText.head(key), lexicon);
        if (p.isEmpty() || p.toks.stream().allMatch(t -> words.is(t.fold(), Kind.PRONOUN)
                || words.is(t.fold(), Kind.DETERMINER))) {
            return Speaker.NONE;
        }
        Context c = new Context(quote, article, doc, key, articleWords);
        Speaker s = bodies.whole(p);
        if (s == null) {
            s = documents.owner(p);
        }
        Offices.Holder holder = s == null ? offices.holder(p, article.date()) : null;
        if (holder != null) {
            Person h = holder.person();
            s = Speaker.builder().canonical(h.canonical()).type(SpeakerType.PERSON).side(h.side()).role(h.role())
                    .inRegistry(true).evidence(holder.evidence()).build();
        }
        if (s == null) {
            s = registered.find(p, c);
            Evidence e = s == null ? null : registered.contradiction(s, c);
            if (e != null) { // the article describes another person of the same name
                int[] name = names.name(p, c.ner(p));
                s = name == null ? null : withEvidence(p.text(name[0], name[1]), SpeakerType.PERSON, "", e);
            }
        }
        if (s == null) {
            int[] name = names.name(p, c.ner(p));
            s = name != null && !bodies.afterName(p, name) ? unregisteredPerson(p, name, c) : unnamed(p, c);
        }
        return s;
    }

    @Override
    public List<Speaker> resolveAll(List<QuoteSpan> quotes, Article article, AnnotatedText doc) {
        List<Speaker> each = new java.util.ArrayList<>(quotes.size());
        java.util.Map<String, Speaker> byCutAntecedent = new java.util.HashMap<>();
        for (QuoteSpan q : quotes) {
            Speaker s = resolve(q, article, doc);
            String ante = Words.key(q.antecedent());
            String mention = Words.key(q.mention());
            if (q.mentionType() == QuoteSpan.MentionType.PRONOUN && byCutAntecedent.containsKey(ante)) {
                s = byCutAntecedent.get(ante); // "he" after "The Secretary of War", both cut to "War"
            } else if (!mention.equals(ante) && mention.endsWith(ante) && !ante.isEmpty()) {
                byCutAntecedent.put(ante, s);
            }
            each.add(s);
        }
        return ArticleSpeakers.of(quotes, each, article, lexicon, words, people, articleWords);
    }

    private Speaker unregisteredPerson(Phrase p, int[] name, Context c) {
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
        if (e == null && name[0] > 0) {
            e = offices.sideOfTitle(p.toks.subList(0, name[0])); // "Deputy Assistant Secretary of State X"
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
        if (e == null) {
            e = words.commentator(p);
        }
        return withEvidence(canonical, SpeakerType.PERSON, role, e);
    }

    private Speaker unnamed(Phrase p, Context c) {
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
            e = offices.sideOfTitle(p.toks); // "a deputy assistant secretary of defense"
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
            s = span != null && span[1] == name.toks.size() ? unregisteredPerson(name, span, inner) : null;
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

    private static Speaker withEvidence(String canonical, SpeakerType type, String role, Evidence e) {
        Speaker.Builder b = Speaker.builder().canonical(canonical).type(type).role(role);
        return e == null ? b.build() : b.side(e.side()).evidence(e.reason()).build();
    }

}
