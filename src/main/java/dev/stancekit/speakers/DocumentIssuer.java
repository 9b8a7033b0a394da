package dev.stancekit.speakers;

import dev.stancekit.model.Speaker;
import dev.stancekit.model.SpeakerType;
import dev.stancekit.speakers.Lexicon.Hit;
import dev.stancekit.speakers.WordKinds.Kind;
import dev.stancekit.speakers.Words.Tok;
import java.util.List;

/**
 * Who issued a document that speaks without naming its owner ("the statement said", "the
 * readout"): the organisation the article says published it, or the speaker quoted earlier who
 * gave it. A document that names its owner is {@link DocumentOwner}'s. Not thread-safe; one per
 * article.
 */
final class DocumentIssuer {

    private final ArticleQuotes art;
    private final WordKinds words;
    private final DocumentOwner documents;
    private final MentionWords mentions;

    DocumentIssuer(ArticleQuotes art, WordKinds words, DocumentOwner documents, MentionWords mentions) {
        this.art = art;
        this.words = words;
        this.documents = documents;
        this.mentions = mentions;
    }

    /**
     * "the statement said": the registered organisation the article says issued it, else the
     * speaker of an earlier quote with the same document noun ("the readout" after "the Chinese
     * readout"), else of the nearest earlier quote given in a document, else the nearest earlier
     * speaker; {@code null} when there is none.
     */
    Speaker issuer(int i, Phrase p) {
        int before = art.quotes.get(i).mentionAt().orElse(0);
        Hit by = documents.issuedBy(art.article(), before);
        if (by != null) {
            return Speaker.builder().canonical(by.entry().canonical()).type(SpeakerType.ORGANIZATION)
                    .side(by.entry().side()).inRegistry(true)
                    .evidence("registry; \"" + p.text.strip() + "\" issued by " + by.entry().canonical()).build();
        }
        String noun = words.sameAs(p.toks.get(p.toks.size() - 1).fold());
        for (int j = mentions.definite(p) ? i - 1 : -1; j >= 0; j--) { // "the readout" after "the Chinese readout"
            List<Tok> m = Words.tokenize(art.quotes.get(j).mention());
            if (!m.isEmpty() && noun.equals(words.sameAs(m.get(m.size() - 1).fold()))
                    && !art.speakers[j].canonical().isBlank()) {
                return issued(art.speakers[j], p);
            }
        }
        Speaker fallback = null;
        for (int j = i - 1; j >= 0; j--) {
            Speaker e = art.speakers[j];
            if (e.canonical().isBlank() || words.is(Words.key(e.canonical()), Kind.DOCUMENT)) {
                continue;
            }
            if (documents.mentionsDocument(art.quotes.get(j).context())) {
                return issued(e, p);
            }
            if (fallback == null) {
                fallback = e;
            }
        }
        return fallback == null ? null : issued(fallback, p);
    }

    /** Speaker e as the issuer of document p, with the document added to its evidence. */
    private static Speaker issued(Speaker e, Phrase p) {
        String why = "\"" + p.text.strip() + "\" of " + e.canonical();
        return e.toBuilder().evidence(Evidence.joined(e.evidence(), why)).build();
    }
}
