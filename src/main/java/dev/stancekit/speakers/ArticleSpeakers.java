package dev.stancekit.speakers;

import dev.stancekit.model.Article;
import dev.stancekit.model.QuoteSpan;
import dev.stancekit.model.Speaker;
import dev.stancekit.model.SpeakerType;
import dev.stancekit.speakers.WordKinds.Kind;
import dev.stancekit.speakers.Words.Tok;
import java.util.ArrayList;
import java.util.List;

/**
 * The article-level pass over the speakers of one article, in text order. A later mention takes
 * what an earlier, fuller one established:
 * <ul>
 *   <li>a document ("the statement", "the readout", "it" for one) speaks for whoever issued it
 *       ("a readout published by China's Ministry of National Defense", or the speaker of the
 *       nearest earlier quote given "in a statement"): {@link DocumentIssuer};</li>
 *   <li>an organisation noun ("the ministry", "the coast guard", "the command") is the nearest
 *       registered organisation named earlier with that noun: {@link EarlierOrganization};</li>
 *   <li>a role noun ("the spokeswoman", "the official", "the Pacific Fleet spokesman", "the
 *       Pentagon chief") is the nearest earlier speaker described with that role, and "a second
 *       official" and "a ministry spokesperson" take the side of the earlier official or ministry:
 *       {@link EarlierSpeaker};</li>
 *   <li>then a speaker whose side is still unknown takes the side found at another of its
 *       mentions, in its description or in the dateline: {@link SidePasses}.</li>
 * </ul>
 * This class decides which of these a mention is; the speakers so far are in {@link ArticleQuotes}.
 * Not thread-safe; one instance per article.
 */
final class ArticleSpeakers {

    private final ArticleQuotes art;
    private final List<QuoteSpan> quotes;
    private final Speaker[] speakers;
    private final Lexicon lexicon;
    private final WordKinds words;
    private final DocumentOwner documents;
    private final MentionWords mentions;
    private final EarlierOrganization organizations;
    private final EarlierSpeaker earlier;
    private final DocumentIssuer issuers;
    private final NewsOutlets outlets;

    ArticleSpeakers(List<QuoteSpan> quotes, List<Speaker> speakers, Article article, Lexicon lexicon,
                    WordKinds words, PersonIndex people, ArticleWords articleWords, Offices offices, NewsOutlets outlets) {
        this.art = new ArticleQuotes(quotes, speakers, article.text(), lexicon, words, people, articleWords);
        this.quotes = art.quotes;
        this.speakers = art.speakers;
        this.lexicon = lexicon;
        this.words = words;
        this.documents = new DocumentOwner(words, people, lexicon);
        this.mentions = new MentionWords(words);
        this.organizations = new EarlierOrganization(art, mentions);
        this.earlier = new EarlierSpeaker(art, lexicon, words, mentions, organizations, offices);
        this.issuers = new DocumentIssuer(art, words, documents, mentions);
        this.outlets = outlets;
    }

    List<Speaker> resolve() {
        for (int i = 0; i < speakers.length; i++) {
            Speaker s = refer(i);
            if (s != null) {
                speakers[i] = s;
            }
        }
        new SidePasses(art, lexicon, words, organizations).run();
        return List.of(speakers);
    }

    /** The speaker a referring mention points back to, or {@code null} to keep the one found. */
    private Speaker refer(int i) {
        QuoteSpan q = quotes.get(i);
        Speaker s = speakers[i];
        if (s.type() == SpeakerType.PERSON && "it".equals(Words.key(q.mention()))) {
            for (int j = i - 1; j >= 0; j--) { // "It said": an organisation or document, never a person
                if (speakers[j].type() == SpeakerType.ORGANIZATION) {
                    return ArticleQuotes.carried(speakers[j], new Phrase(q.mention(), lexicon));
                }
            }
        }
        Phrase bare = new Phrase(MentionText.withoutTime(q.mention().strip(), words), lexicon);
        if (q.mentionType() != QuoteSpan.MentionType.PRONOUN && documents.isDocument(bare)) {
            if (documents.owner(bare) != null) {
                return null; // "the Pentagon's readout": its owner, found by the resolver
            }
            Speaker sided = documents.sided(bare, s);
            if (sided != null) {
                // "the Chinese statement" after "a Chinese Ministry of Foreign Affairs readout": its issuer
                Lexicon.Hit by = documents.namedBefore(art.article(), q.mentionAt().orElse(0));
                if (by != null && by.entry().side().equals(sided.side())) {
                    return Speaker.builder().canonical(by.entry().canonical()).type(SpeakerType.ORGANIZATION)
                            .side(by.entry().side()).inRegistry(true).evidence("registry; \"" + bare.text.strip()
                                    + "\" issued by " + by.entry().canonical()).build();
                }
                return sided; // "the Chinese readout": that side, not the speaker quoted before
            }
        }
        List<Tok> bareContent = bare.isEmpty() ? List.of() : mentions.content(bare);
        if (mentions.definite(bare) && bare.hits.isEmpty() && bareContent.size() == 1
                && words.is(bareContent.get(0).fold(), Kind.OUTLET_NOUN)) {
            Speaker outlet = earlierOutlet(i);
            if (outlet != null) {
                return ArticleQuotes.carried(outlet, bare); // "the newspaper said" after "The Wall Street Journal reported"
            }
        }
        if (s.type() == SpeakerType.PERSON && mentions.definite(bare) && bare.hits.isEmpty() && bareContent.size() == 1
                && words.is(bareContent.get(0).fold(), Kind.ORG_NOUN)) { // "the ministry", antecedent its spokesman
            return organizations.referredTo(i, bare, bareContent);
        }
        if (s.inRegistry() && s.type() == SpeakerType.PERSON && "registry".equals(s.evidence())
                && !q.mentionType().equals(QuoteSpan.MentionType.TITLE)) {
            return null;
        }
        Speaker same = earlier.sameAntecedent(i);
        if (same != null) {
            return same;
        }
        Speaker holder = s.inRegistry() ? null : earlier.officeHolder(i, bare);
        if (holder != null) {
            return holder; // "the top US diplomat added" after "US Secretary of State Ann Ode said"
        }
        Phrase p = phraseOf(q);
        List<Tok> content = mentions.content(p);
        if (content.isEmpty() || mentions.hasName(p) && s.type() == SpeakerType.PERSON) {
            return null;
        }
        String headNoun = content.get(content.size() - 1).fold();
        boolean orgHit = p.hits.stream().anyMatch(h -> h.entry().kind() == Lexicon.Kind.ORGANIZATION);
        if (words.is(headNoun, Kind.DOCUMENT) && !orgHit) {
            Speaker owner = ownerOrganization(i, p);
            if (owner == null) {
                owner = outletOf(p, content); // "A Bloomberg report": the outlet, not the speaker quoted before
            }
            return owner != null ? owner : issuers.issuer(i, p);
        }
        if (words.is(headNoun, Kind.ORG_NOUN) && p.hits.isEmpty()) {
            return organizations.referredTo(i, p, content);
        }
        // "The Colombian ministry said" after "a spokesperson for China's foreign ministry, Mao Ning":
        // a body named with a nationality is that body, never an earlier person described with the word
        boolean body = words.is(headNoun, Kind.ORG_NOUN) && !p.hits.isEmpty();
        if (mentions.definite(p) && words.isTitleOrRole(headNoun) && !words.is(headNoun, Kind.SOURCE) && !body) {
            Speaker withRole = earlier.withRole(i, p, content);
            if (withRole != null) {
                return withRole;
            }
            if (content.size() == 1 && words.is(headNoun, Kind.ROLE) && s.side().equals(Speaker.UNKNOWN_SIDE)) {
                Speaker described = art.earlierText().description(headNoun, q.mentionAt().orElse(0), p.text);
                if (described != null) {
                    return described;
                }
            }
        }
        if (s.side().equals(Speaker.UNKNOWN_SIDE)) {
            return earlier.sideFromEarlier(i, p, content, s);
        }
        return earlier.namedLater(i, p, content, s); // "A Chinese defense spokesperson" in the lead, named further down
    }

    /**
     * "the Foreign Ministry's announcement": the organisation its possessive owner, a bare
     * organisation noun, points back to (see {@link EarlierOrganization}); else null.
     */
    private Speaker ownerOrganization(int i, Phrase p) {
        for (int k = 0; k + 1 < p.toks.size(); k++) {
            if (!p.possessiveAt(k)) {
                continue;
            }
            Phrase owner = new Phrase(p.text.substring(0, p.toks.get(k).end()).replaceAll("['’]s$", ""), lexicon);
            List<Tok> content = owner.isEmpty() ? List.of() : mentions.content(owner);
            if (!content.isEmpty() && owner.hits.isEmpty() && mentions.definite(owner)
                    && words.is(content.get(content.size() - 1).fold(), Kind.ORG_NOUN)) {
                return organizations.referredTo(i, owner, content);
            }
            return null;
        }
        return null;
    }

    /**
     * The phrase a mention is read as: the antecedent, except the mention itself when the
     * antecedent is only its tail ("The Foreign Ministry on Sunday", antecedent "Sunday") or when
     * a definite role noun has an antecedent with another head ("the officer" after "officials").
     */
    private Phrase phraseOf(QuoteSpan q) {
        String mention = q.mention().strip();
        String antecedent = MentionText.head(q.antecedent().strip());
        Phrase m = new Phrase(MentionText.withoutTime(mention, words), lexicon);
        Phrase a = new Phrase(antecedent, lexicon);
        if (m.isEmpty() || a.isEmpty() || q.mentionType() == QuoteSpan.MentionType.PRONOUN) {
            return a;
        }
        String mk = Words.key(mention);
        String ak = Words.key(antecedent);
        boolean tail = !mk.equals(ak) && mk.endsWith(" " + ak);
        List<Tok> mc = mentions.content(m);
        List<Tok> ac = mentions.content(a);
        boolean otherHead = mentions.definite(m) && mc.size() == 1 && words.is(mc.get(0).fold(), Kind.ROLE) && !ac.isEmpty()
                && !words.sameAs(mc.get(0).fold()).equals(words.sameAs(ac.get(ac.size() - 1).fold()))
                && !mentions.hasName(a);
        return tail || otherHead ? m : a;
    }

    /** The news outlet named by the words before a document noun ("a Reuters report"), or null. */
    private Speaker outletOf(Phrase p, List<Tok> content) {
        if (content.size() < 2) {
            return null;
        }
        String before = p.text.substring(content.get(0).start(), content.get(content.size() - 2).end());
        Speaker outlet = outlets.whole(new Phrase(before, lexicon), k -> "O");
        return outlet == null ? null : ArticleQuotes.carried(outlet, p);
    }

    /**
     * The organisation quoted last before quote i when it is a news outlet ({@code news-outlets.csv}),
     * or null: "the newspaper" after "the Orlando Sentinel reported" is not an outlet quoted before that.
     */
    private Speaker earlierOutlet(int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (speakers[j].type() == SpeakerType.ORGANIZATION && !speakers[j].canonical().isBlank()) {
                return outlets.whole(new Phrase(speakers[j].canonical(), lexicon), k -> "O") != null ? speakers[j] : null;
            }
        }
        return null;
    }

    static List<Speaker> of(List<QuoteSpan> quotes, List<Speaker> speakers, Article article, Lexicon lexicon,
                            WordKinds words, PersonIndex people, ArticleWords articleWords, Offices offices,
                            NewsOutlets outlets) {
        return new ArticleSpeakers(new ArrayList<>(quotes), speakers, article, lexicon, words, people, articleWords, offices,
                outlets).resolve();
    }
}
