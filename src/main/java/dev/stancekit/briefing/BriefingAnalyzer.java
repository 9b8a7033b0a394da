package dev.stancekit.briefing;

import dev.stancekit.model.Quote;
import dev.stancekit.resources.Resources;
import dev.stancekit.model.Article;
import dev.stancekit.nlp.AnnotatedText;
import dev.stancekit.quotes.QuoteExtractor;
import dev.stancekit.speakers.SpeakerResolver;
import dev.stancekit.themes.ThemeTagger;
import dev.stancekit.tone.ToneScorer;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads press-briefing transcripts (China's foreign and defence ministry press conferences, State
 * Department and Pentagon briefings) as turns rather than prose: each paragraph of a podium turn is
 * a quote of kind {@code statement} by the labelled speaker, each question a quote of kind
 * {@code question} by the asker's outlet, answers carry the id of the question they reply to, and
 * quotes of other people inside an answer ("As President Xi said, …") keep their own speaker.
 * Thread-safe, built once and reused.
 */
public final class BriefingAnalyzer {

    /** When an article is read as a transcript. */
    public enum Mode {
        /** When its layout is a transcript's: labelled questions and labelled answers. */
        AUTO,
        /** Always (input format {@code transcript}); an article with no labels is read as prose. */
        ALWAYS,
        /** Never. */
        NEVER
    }

    /** Fewest question and answer turns for a text to be a transcript by its layout. */
    static final int MIN_TURNS = 3;

    private final LabelRules rules;
    private final Outlets outlets;
    private final TurnQuotes quotes;
    private final SpeakerResolver speakers;
    private final Mode mode;

    BriefingAnalyzer(LabelRules rules, Outlets outlets, TurnQuotes quotes, SpeakerResolver speakers, Mode mode) {
        this.rules = rules;
        this.outlets = outlets;
        this.quotes = quotes;
        this.speakers = speakers;
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    /** Reads {@code briefing-labels.csv} and {@code news-outlets.csv}; the stages are those of the pipeline. */
    public static BriefingAnalyzer create(Resources res, QuoteExtractor extractor, SpeakerResolver speakers,
                                          ThemeTagger themes, ToneScorer tone, Mode mode) {
        LabelRules rules = LabelRules.load(res);
        Outlets outlets = Outlets.load(res);
        return new BriefingAnalyzer(rules, outlets, new TurnQuotes(rules, outlets, extractor, speakers, themes, tone),
                speakers, mode);
    }

    public Mode mode() {
        return mode;
    }

    /**
     * Whether the article is read as a transcript: never in mode NEVER; with ALWAYS when it has any
     * label (a name label then needs no title or repetition to count); by default when it has a
     * question turn, a podium turn and {@value #MIN_TURNS} of them in all, and either a speaker named
     * in a label or a header that names a briefing (a news interview in Q:/A: form stays prose); a
     * header that names a briefing, or a podium speaker named in a label ("MR PRICE:"), also vouches
     * for an excerpt of one question and its answer; a text that opens with a host's label
     * ("MODERATOR:", "STAFF:") and holds a podium speaker named in a label is the opening of a briefing.
     */
    public boolean accepts(Article article) {
        if (mode == Mode.NEVER || !Transcript.hasLabel(article.text(), rules)) {
            return false;
        }
        Transcript t = Transcript.split(article.text(), rules, outlets, name -> mode == Mode.ALWAYS);
        if (mode != Mode.ALWAYS) {
            // "Senior Colonel Zhang Xiaogang … made the remarks at a regular news conference": the
            // header of a briefing vouches for the name labels of the people it names; the registry
            // for the people it holds ("Lin Jian:")
            String h = t.header();
            boolean briefing = rules.briefingHeader(h);
            t = Transcript.split(article.text(), rules, outlets,
                    name -> briefing && namedIn(h, name) || namedPerson(name) && Podium.registered(speakers, article, name));
        }
        Map<LabelRules.Role, Integer> n = t.roles();
        int q = n.getOrDefault(LabelRules.Role.QUESTION, 0);
        int a = n.getOrDefault(LabelRules.Role.ANSWER, 0) + n.getOrDefault(LabelRules.Role.SPEAKER, 0);
        if (mode == Mode.ALWAYS) {
            return q + a > 0;
        }
        boolean named = n.getOrDefault(LabelRules.Role.SPEAKER, 0) > 0;
        boolean header = rules.briefingHeader(t.header());
        // an excerpt of a briefing may hold one question and its answer; its header says what it is
        if (q > 0 && a > 0 && (q + a >= MIN_TURNS || header || named) && (named || header)) {
            return true;
        }
        // the opening of a briefing, before any question: a titled podium label after a title that
        // names a briefing ("Press Briefing by …", then "MR. KIRBY."), or after the host's label that
        // opens the text ("STAFF: …", then "SENIOR DEFENSE OFFICIAL: …")
        boolean titled = t.turns().stream().anyMatch(x -> x.role() == LabelRules.Role.SPEAKER && rules.hasTitle(x.label()));
        return titled && (rules.briefingHeader(titleLines(t.header()))
                || t.header().isBlank() && t.turns().get(0).role() == LabelRules.Role.MODERATOR);
    }

    /** Whether a label is written like a person's name: two or three capitalised words ("Lin Jian"). */
    private static boolean namedPerson(String name) {
        String[] w = name.strip().split("\\s+");
        return w.length >= 2 && w.length <= 3;
    }

    /** Whether a name of two words or more is in the header ("Updated" of "Updated: 18:58" is no name). */
    private static boolean namedIn(String header, String name) {
        return name.strip().contains(" ") && header.contains(name);
    }

    /** Lines of a header that may be its title: the first {@value #TITLE_LINES}. */
    static final int TITLE_LINES = 2;

    private static String titleLines(String header) {
        String[] lines = header.split("\n", TITLE_LINES + 1);
        return String.join("\n", java.util.Arrays.asList(lines).subList(0, Math.min(lines.length, TITLE_LINES)));
    }

    /** The quotes of a transcript in text order, with ids {@code <article>#1, #2, …}. */
    public List<Quote> analyze(Article article, AnnotatedText doc) {
        boolean all = mode == Mode.ALWAYS; // the user says it is a transcript: every name label counts
        Transcript first = Transcript.split(article.text(), rules, outlets, name -> all);
        Podium podium = new Podium(speakers, rules, article, doc, first.header());
        podium.hosts(first);
        String h = first.header();
        boolean briefing = rules.briefingHeader(h);
        Transcript t = Transcript.split(article.text(), rules, outlets,
                name -> all || podium.knows(name) || briefing && namedIn(h, name));
        return quotes.of(article, doc, t, podium);
    }
}
