package dev.stancekit.speakers;

import dev.stancekit.model.Speaker;
import dev.stancekit.model.SpeakerType;
import dev.stancekit.resources.Resources;
import dev.stancekit.model.Article;
import dev.stancekit.nlp.AnnotatedText;
import dev.stancekit.model.QuoteSpan;
import dev.stancekit.speakers.PersonIndex.Person;
import dev.stancekit.speakers.WordKinds.Kind;
import java.util.List;
import java.util.Objects;

/**
 * Resolves a quote's speaker with the registry ({@code speakers.csv}, {@code organizations.csv})
 * and, for speakers it does not know, with evidence in the article: side words and registered
 * organisations in the mention ("Chinese Lt. Gen. X", "A National Security Council spokesman"),
 * titles just before the name and an apposition after it ("X, a researcher at a Shanghai think
 * tank,"). The side is {@code unknown} only when there is no evidence. Immutable and thread-safe.
 *
 * <p>A mention is tried, in order, as a whole body ({@code BodyMention}), a document's owner
 * ({@code DocumentOwner}), an office holder ({@code Offices}), a registered person
 * ({@code RegisteredPerson}) and else a speaker the registry does not know
 * ({@code UnregisteredSpeaker}); {@code ArticleSpeakers} then reads the article's speakers together.
 */
public final class RegistrySpeakerResolver implements SpeakerResolver {

    private final PersonIndex people;
    private final Lexicon lexicon;
    private final WordKinds words;
    private final NameFinder names;
    private final Offices offices;
    private final BodyMention bodies;
    private final RegisteredPerson registered;
    private final UnregisteredSpeaker unregistered;
    private final ArticleWords articleWords;
    private final DocumentOwner documents;
    private final SelfNamed selfNamed;
    private final NewsOutlets outlets;
    private final ArticleMajoritySide majority;

    private RegistrySpeakerResolver(PersonIndex people, Lexicon lexicon, WordKinds words, Offices offices,
                                    NewsOutlets outlets, ArticleMajoritySide majority) {
        this.outlets = outlets;
        this.majority = majority;
        this.people = people;
        this.lexicon = lexicon;
        this.words = words;
        this.names = new NameFinder(words);
        this.offices = offices;
        this.bodies = new BodyMention(words);
        this.articleWords = new ArticleWords(lexicon);
        Apposition apposition = new Apposition(lexicon, words, offices);
        this.registered = new RegisteredPerson(people, words, names, apposition, articleWords);
        this.unregistered = new UnregisteredSpeaker(people, lexicon, words, names, apposition, offices, articleWords,
                registered, new MentionEvidence(lexicon, words, apposition, registered));
        this.documents = new DocumentOwner(words, people, lexicon);
        this.selfNamed = new SelfNamed(words, people, lexicon);
    }

    /**
     * Reads {@code speakers.csv}, {@code organizations.csv}, {@code nationality-words.csv},
     * {@code speaker-words.csv}, {@code offices.csv}, {@code office-terms.csv}, {@code news-outlets.csv} and {@code speaker-settings.csv}; with {@code Resources.overlay(dir)} the user's rows come last and
     * win on the same canonical name or alias.
     *
     * @throws IllegalArgumentException when a row lacks a canonical name, side or known kind
     */
    public static RegistrySpeakerResolver create(Resources res) {
        Objects.requireNonNull(res, "res");
        PersonIndex people = PersonIndex.load(res);
        Lexicon lexicon = Lexicon.load(res);
        WordKinds words = WordKinds.load(res);
        return new RegistrySpeakerResolver(people, lexicon, words, Offices.load(res, lexicon, words, people),
                NewsOutlets.load(res, words), ArticleMajoritySide.load(res));
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
        if (quote.mentionType() != QuoteSpan.MentionType.PRONOUN && qualifiesRole(mention, antecedent)) {
            return resolve(mention, quote, article, doc); // "a senior Trump administration official": not Trump
        }
        Speaker s = resolve(antecedent.isBlank() ? mention : antecedent, quote, article, doc);
        if (otherSide(mention, antecedent, quote, s)) {
            return resolve(mention, quote, article, doc); // "The Chinese President" is not the "President Trump" before
        }
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

    /**
     * Whether a title mention names a country or nationality of another side than the registered
     * person its antecedent found ("the Chinese president" taken back to an earlier "President
     * Trump" by title alone).
     */
    private boolean otherSide(String mention, String antecedent, QuoteSpan quote, Speaker s) {
        if (quote.mentionType() != QuoteSpan.MentionType.TITLE || !s.inRegistry() || mention.isBlank()
                || mention.equalsIgnoreCase(antecedent) || Speaker.UNKNOWN_SIDE.equals(s.side())) {
            return false;
        }
        Lexicon.Hit h = new Phrase(mention, lexicon).sideHit(words);
        return h != null && (h.entry().kind() == Lexicon.Kind.NATIONALITY || h.entry().kind() == Lexicon.Kind.COUNTRY)
                && !h.entry().side().equals(s.side());
    }

    /**
     * Whether the antecedent is a name inside the mention that only qualifies the lower-case role
     * ending it ("a senior Trump administration official", "Clinton campaign aides").
     */
    private boolean qualifiesRole(String mention, String antecedent) {
        if (mention.isBlank() || antecedent.isBlank()) {
            return false;
        }
        Phrase m = new Phrase(MentionText.head(mention), lexicon);
        List<String> folds = Words.folds(m.toks);
        List<String> ante = Words.folds(new Phrase(antecedent, lexicon).toks);
        int at = ante.isEmpty() ? -1 : java.util.Collections.lastIndexOfSubList(folds, ante.subList(ante.size() - 1, ante.size()));
        return at >= 0 && names.describesNoun(m, at + 1);
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
            s = outlets.whole(p, c.ner(p)); // "The Wall Street Journal reported"
        }
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
                s = name == null ? null : UnregisteredSpeaker.withEvidence(p.text(name[0], name[1]), SpeakerType.PERSON, "", e);
            }
        }
        if (s == null) {
            int[] name = names.name(p, c.ner(p));
            s = name != null && !bodies.afterName(p, name) ? unregistered.person(p, name, c) : unregistered.unnamed(p, c);
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
        return majority.apply(ArticleSpeakers.of(quotes, each, article, lexicon, words, people, articleWords, offices, outlets));
    }

}
