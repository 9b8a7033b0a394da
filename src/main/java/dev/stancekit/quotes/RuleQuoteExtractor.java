package dev.stancekit.quotes;

import dev.stancekit.model.QuoteSpan;
import dev.stancekit.resources.Resources;
import dev.stancekit.model.Article;
import dev.stancekit.nlp.AnnotatedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds quotes and their speakers' mentions by rules over tokens, POS and NER (no parser, no
 * coreference): direct quotes in any common quote marks, partial quotes inside reported speech,
 * multi-paragraph quotes, and reported speech after cue verbs from {@code cue-verbs.csv}.
 * Quoted stretches without a cue or a speaker nearby (scare quotes, titles, headlines) are left
 * out. Built once, thread-safe.
 */
public final class RuleQuoteExtractor implements QuoteExtractor {

    private final Lexicon lex;
    private final ReportedSpeechFinder reported;
    private final QuoteAttacher attacher;
    private final MarkRules marks;
    private final HeadlineColonRule headlineColon;

    private RuleQuoteExtractor(Lexicon lex, Resources res) {
        this.lex = lex;
        MentionFinder mentions = new MentionFinder(lex);
        ReportedRules rules = ReportedRules.load(res, lex, mentions);
        this.reported = new ReportedSpeechFinder(lex, mentions, rules);
        this.marks = MarkRules.load(res, reported, mentions);
        this.headlineColon = rules.headlineColon;
        this.attacher = new QuoteAttacher(lex, marks, headlineColon);
    }

    /** An extractor reading {@code cue-verbs.csv} and {@code attribution-words.csv} from {@code res}. */
    public static RuleQuoteExtractor create(Resources res) {
        Objects.requireNonNull(res, "res");
        return new RuleQuoteExtractor(Lexicon.load(res), res);
    }

    @Override
    public List<QuoteSpan> extract(Article article, AnnotatedText doc) {
        return run(article, doc, false).quotes();
    }

    @Override
    public Extraction explain(Article article, AnnotatedText doc) {
        return run(article, doc, true);
    }

    /** The quotes, with the ledger only when {@code ledger} is set (a plain run has no use for it). */
    private Extraction run(Article article, AnnotatedText doc, boolean ledger) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(doc, "doc");
        String text = article.text();
        if (!doc.text().equals(text)) {
            throw new IllegalArgumentException("article " + article.id()
                    + ": the annotated text is not the article's text");
        }
        List<QuoteMarks.Marked> marked = QuoteMarks.find(text);
        // a nickname's marks are part of a name ("Ferdinand “Bongbong” Marcos"), not a quote
        List<QuoteMarks.Marked> nicknames = marked.stream().filter(q -> QuotedTitles.nickname(text, q)).toList();
        if (!nicknames.isEmpty()) {
            marked = new ArrayList<>(marked);
            marked.removeAll(nicknames);
        }
        Doc d = new Doc(text, doc, marked, w -> lex.is(w, Lexicon.WordType.TITLE), nicknames);
        GerundCues.retag(d, lex);
        SurnameTags.retag(d, off -> attacher.skipLine(d, off));
        List<Attribution> atts = new ArrayList<>();
        List<ReportedSpeechFinder.StrayCue> stray = new ArrayList<>();
        for (int s = 0; s < d.sentStart.length; s++) {
            if (d.sentEnd[s] > d.sentStart[s] && !attacher.skipLine(d, d.tok[d.sentStart[s]].begin())) {
                List<Attribution> found = reported.find(d, s);
                if (found.isEmpty() && headlineColon != null && d.sentStart[s] == d.tokenFrom(d.lineStart(d.tok[d.sentStart[s]].begin()))) {
                    Attribution h = headlineColon.match(d, d.sentStart[s]); // "Fees will not rise: port chief"
                    found = h == null ? found : List.of(h);
                }
                atts.addAll(found);
                if (ledger) {
                    stray.addAll(reported.strayCues(d, s, found));
                }
            }
        }
        atts = reported.continued(d, atts);
        Map<Object, LedgerEntry.Reason> why = new HashMap<>();
        List<QuoteAttacher.Candidate> cands = attacher.attach(d, atts, why);
        cands.sort(Comparator.comparingInt(QuoteAttacher.Candidate::order));
        List<QuoteSpan> quotes = resolve(d, cands, why);
        return new Extraction(quotes, ledger ? LedgerBuilder.build(d, nicknames, atts, stray, quotes, why) : List.of());
    }

    private List<QuoteSpan> resolve(Doc d, List<QuoteAttacher.Candidate> cands, Map<Object, LedgerEntry.Reason> why) {
        AntecedentTracker tracker = new AntecedentTracker(d, lex);
        List<QuoteSpan> out = new ArrayList<>();
        AntecedentTracker.Resolved last = null;
        int lastPara = -10;
        for (QuoteAttacher.Candidate c : cands) {
            AntecedentTracker.Resolved r;
            if (c.att() != null) {
                r = c.att().nominal() ? tracker.resolveOnly(c.att().subjStart(), c.att().subjEnd())
                        : tracker.resolve(c.att().subjStart(), c.att().subjEnd());
                int rel = c.att().relative();
                if (rel >= 0) { // "Cruz, who said": the mention is "who", its antecedent the name
                    r = new AntecedentTracker.Resolved(d.word(rel), d.tok[rel].begin(), r.antecedent(),
                            QuoteSpan.MentionType.PRONOUN, r.plural(), r.words());
                }
            } else if (last != null && c.paragraph() - lastPara <= c.reach()) {
                r = last;
                tracker.repeat(r);
            } else {
                int[] name = marks.openingName(d, c.start(), c.end());
                if (name == null) {
                    why.put(c.start(), LedgerEntry.Reason.NO_PREVIOUS_SPEAKER);
                    continue;
                }
                r = tracker.resolve(name[0], name[1]);
            }
            if (c.att() == null || !c.att().nominal()) {
                last = r; // "his promise to …" names someone else's words: the paragraph's speaker stays
                lastPara = c.paragraph();
            }
            if (c.kind() == null) {
                continue;
            }
            String cue = c.att() == null ? "" : c.att().cue();
            String context = d.context(Math.min(c.start(), r.start()), Math.max(c.end(), r.start()));
            out.add(QuoteSpan.builder(c.kind(), d.text.substring(c.start(), c.end())).span(c.start(), c.end())
                    .cue(cue).mention(r.mention(), r.start()).antecedent(r.antecedent()).mentionType(r.type())
                    .context(context).build());
        }
        out.sort(Comparator.comparingInt(QuoteSpan::start).thenComparingInt(QuoteSpan::end));
        return List.copyOf(out);
    }
}
