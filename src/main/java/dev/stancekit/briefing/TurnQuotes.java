package dev.stancekit.briefing;

import dev.stancekit.model.Quote;
import dev.stancekit.model.Article;
import dev.stancekit.nlp.AnnotatedText;
import dev.stancekit.quotes.QuoteExtractor;
import dev.stancekit.model.QuoteKind;
import dev.stancekit.model.QuoteSpan;
import dev.stancekit.model.Speaker;
import dev.stancekit.speakers.SpeakerResolver;
import dev.stancekit.model.SpeakerType;
import dev.stancekit.themes.ThemeTagger;
import dev.stancekit.model.Tone;
import dev.stancekit.tone.ToneScorer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a split transcript into quotes: statements (one per paragraph of a podium turn), questions,
 * and the quotes of other people that the quote extractor finds inside podium turns. A statement's
 * themes are those of its own words, else of its whole turn, else of the question it answers (never
 * the article's main themes: "Thanks, everyone." is about nothing); a question's are its own. A podium turn
 * that follows a question replies to it; a moderator's line ends the exchange. Quotes the extractor
 * finds inside questions are left to the question (the reporter's paraphrase), and those whose
 * speaker is the podium speaker ("We urge …") to the statement. Thread-safe.
 */
final class TurnQuotes {

    /** Speaker of a question that names no outlet. */
    static final String REPORTER = "reporter";

    private final LabelRules rules;
    private final Outlets outlets;
    private final QuoteExtractor extractor;
    private final SpeakerResolver speakers;
    private final ThemeTagger themes;
    private final ToneScorer tone;

    TurnQuotes(LabelRules rules, Outlets outlets, QuoteExtractor extractor, SpeakerResolver speakers,
               ThemeTagger themes, ToneScorer tone) {
        this.rules = rules;
        this.outlets = outlets;
        this.extractor = extractor;
        this.speakers = speakers;
        this.themes = themes;
        this.tone = tone;
    }

    /** A quote before ids are given: its question's index in the list, or -1. */
    private record Draft(Quote quote, int replyTo) { }

    List<Quote> of(Article article, AnnotatedText doc, Transcript t, Podium podium) {
        String text = article.text();
        List<QuoteSpan> found = extractor.extract(article, doc);
        List<Draft> drafts = new ArrayList<>();
        int question = -1;
        boolean answered = false;
        for (Turn turn : t.turns()) {
            switch (turn.role()) {
                case MODERATOR -> question = -1;
                case QUESTION -> {
                    Quote q = question(article, doc, turn);
                    if (q.text().isEmpty()) { // "Q: (Off mic.)": nothing was heard, nothing is answered
                        question = -1;
                    } else {
                        drafts.add(new Draft(q, -1));
                        question = drafts.size() - 1;
                    }
                    answered = false;
                }
                default -> {
                    int reply = answered ? -1 : question;
                    List<String> asked = reply < 0 ? List.of() : drafts.get(reply).quote().themes();
                    Speaker s = podium.of(turn);
                    String turnText = rules.withoutStage(text.substring(turn.start(), turn.end()));
                    for (Turn.Span p : turn.paragraphs()) {
                        String words = rules.withoutStage(text.substring(p.start(), p.end()));
                        if (words.isEmpty()) {
                            continue;
                        }
                        List<String> ids = themes.tagQuote(words, turnText, asked);
                        drafts.add(new Draft(quote(article, QuoteKind.STATEMENT, words, "", turn.label(), s,
                                ids, tone.score(words, "", s.side(), turnText), p.start(), p.end()), reply));
                        for (QuoteSpan q : found) {
                            if (q.start() >= p.start() && q.start() < p.end()) {
                                Speaker other = speakers.resolve(q, article, doc);
                                if (!other.canonical().isEmpty() && !other.canonical().equals(s.canonical())) {
                                    drafts.add(new Draft(quote(article, q.kind(), q.text(), q.cue(), q.mention(), other,
                                            themes.tagQuote(q.text(), q.context(), ids), tone.score(q.text(), q.cue(), other.side(), q.context()),
                                            q.start(), q.end()), reply));
                                }
                            }
                        }
                    }
                    answered = reply >= 0 || answered;
                }
            }
        }
        return numbered(drafts);
    }

    private Quote question(Article article, AnnotatedText doc, Turn turn) {
        String text = article.text();
        String words = rules.withoutStage(text.substring(turn.start(), turn.end()));
        String outlet = outlets.whole(turn.label());
        if (outlet.isEmpty()) {
            outlet = outlets.in(rules.questionRest(turn.label()));
        }
        if (outlet.isEmpty()) {
            outlet = outlets.opening(words);
        }
        Speaker s = outlet.isEmpty()
                ? Speaker.builder().canonical(REPORTER).type(SpeakerType.ANONYMOUS).role("reporter").build()
                : outletSpeaker(outlet, article, doc, turn);
        return quote(article, QuoteKind.QUESTION, words, "", turn.label(), s, themes.tag(words),
                tone.score(words, "", s.side(), null), turn.start(), turn.end());
    }

    /** The outlet as a speaker, with the side the registry gives it (state media) or none. */
    private Speaker outletSpeaker(String outlet, Article article, AnnotatedText doc, Turn turn) {
        QuoteSpan span = QuoteSpan.builder(QuoteKind.QUESTION, "").span(turn.labelStart(), turn.labelStart())
                .mention(outlet, turn.labelStart()).mentionType(QuoteSpan.MentionType.ORGANIZATION).build();
        Speaker r = speakers.resolve(span, article, doc);
        boolean sided = r.type() == SpeakerType.ORGANIZATION && r.inRegistry();
        return Speaker.builder().canonical(outlet).type(SpeakerType.ORGANIZATION)
                .side(sided ? r.side() : Speaker.UNKNOWN_SIDE).role("news outlet").inRegistry(sided)
                .evidence(sided ? "registry" : "").build();
    }

    private static Quote quote(Article a, QuoteKind kind, String words, String cue, String mention, Speaker s,
                               List<String> themeIds, Tone t, int start, int end) {
        Tone rounded = new Tone(Math.round(t.score() * 1000) / 1000.0, t.label(), t.cues());
        return Quote.builder().id("").article(a.id()).date(a.date()).kind(kind).text(words).cue(cue)
                .speakerMention(mention).speaker(s).themes(themeIds).tone(rounded).span(start, end).build();
    }

    /** Text order (a statement before the quotes inside it), ids from 1, replies as ids. */
    private static List<Quote> numbered(List<Draft> drafts) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> drafts.get(i).quote().start()).thenComparingInt(i -> i));
        String[] ids = new String[drafts.size()];
        for (int n = 0; n < order.size(); n++) {
            ids[order.get(n)] = drafts.get(order.get(n)).quote().article() + "#" + (n + 1);
        }
        List<Quote> out = new ArrayList<>(drafts.size());
        for (int i : order) {
            Draft d = drafts.get(i);
            Quote q = d.quote();
            out.add(q.toBuilder().id(ids[i]).inReplyTo(d.replyTo() < 0 ? "" : ids[d.replyTo()]).build());
        }
        return out;
    }
}
