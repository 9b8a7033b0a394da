package dev.stancekit.briefing;

import dev.stancekit.model.Article;
import dev.stancekit.nlp.AnnotatedText;
import dev.stancekit.model.QuoteKind;
import dev.stancekit.model.QuoteSpan;
import dev.stancekit.model.Speaker;
import dev.stancekit.speakers.SpeakerResolver;
import dev.stancekit.model.SpeakerType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who speaks at the podium of one transcript. The people named in the header ("Foreign Ministry
 * Spokesperson Mao Ning's Regular Press Conference", "Matthew Miller, Spokesperson") are looked up
 * in the registry; a label ("MR MILLER", "Spokesperson Lin Jian") is the header person with the
 * same surname, else its own name; {@code A:} is the podium speaker of the day (the first person of
 * the header, else of the first name label, else what the header names with a side). When the registry gives no side, the header's
 * organisation does ("Ministry of National Defense" → China). Not thread-safe: one per article.
 */
final class Podium {

    /** Capitalised words in a row, over "of" between them ("Secretary of Defense Austin"). */
    private static final Pattern CAPITALISED_RUN =
            Pattern.compile("\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}.'’-]*)*");

    private final SpeakerResolver resolver;
    private final LabelRules rules;
    private final Article article;
    private final AnnotatedText doc;
    private final List<Speaker> headerPeople = new ArrayList<>();
    private final Speaker headerSide;
    /** A sided person or organisation the host names, when the header names none ("Secretary Austin"). */
    private Speaker hostSide;
    private final Map<String, Speaker> byLabel = new HashMap<>();
    private Speaker ofTheDay;
    /** Whether the podium speaker of the day is a person named in the header or a label. */
    private boolean dayNamed;

    Podium(SpeakerResolver resolver, LabelRules rules, Article article, AnnotatedText doc, String header) {
        this.resolver = resolver;
        this.rules = rules;
        this.article = article;
        this.doc = doc;
        Speaker side = null;
        for (String line : header.split("\n")) {
            String l = line.replaceAll("['’]s\\b", "").strip();
            if (l.isEmpty()) {
                continue;
            }
            Speaker s = resolve(l, l, 0);
            if (s.type() == SpeakerType.PERSON && s.inRegistry()) {
                headerPeople.add(s);
            }
            if (side == null && !Speaker.UNKNOWN_SIDE.equals(s.side())) {
                side = s;
            }
        }
        headerSide = side;
        Speaker office = headerPeople.isEmpty() ? headerOffice(header) : null;
        ofTheDay = !headerPeople.isEmpty() ? headerPeople.get(0) : office != null ? office : side;
        dayNamed = !headerPeople.isEmpty();
    }

    /** Words after an office's name in a header that end it ("… in the US on the repatriation …"). */
    private static final Pattern OFFICE_END = Pattern.compile("\\s+(?:on|at|regarding|about|over|for)\\s+\\p{Ll}|[,:;(]|\\s+\\d");

    /**
     * "Remarks by Spokesperson of the Chinese Embassy in the US on …": the office a header's first
     * line names from its first title word, when it names no person; else null.
     */
    private Speaker headerOffice(String header) {
        String line = header.split("\n", 2)[0];
        String[] words = line.split("\\s+");
        int at = 0;
        for (String w : words) {
            if (rules.hasTitle(w)) {
                String rest = line.substring(at);
                Matcher end = OFFICE_END.matcher(rest);
                String office = (end.find() ? rest.substring(0, end.start()) : rest).strip();
                Speaker s = resolve(office, office, 0);
                return s.canonical().isEmpty() || Speaker.UNKNOWN_SIDE.equals(s.side()) ? null : s;
            }
            at = line.indexOf(w, at) + w.length();
            while (at < line.length() && Character.isWhitespace(line.charAt(at))) {
                at++;
            }
        }
        return null;
    }

    /**
     * Notes the side of the first registered person or body the host of the briefing names in a moderator
     * turn ("Secretary of Defense Austin issued a statement …"), for podium speakers whom neither the
     * header nor the registry gives a side ("SENIOR DEFENSE OFFICIAL:"): the host speaks for the
     * office that holds the briefing. Does nothing when the header gives a side.
     */
    void hosts(Transcript t) {
        if (headerSide != null) {
            return;
        }
        for (Turn turn : t.turns()) {
            if (turn.role() != LabelRules.Role.MODERATOR) {
                continue;
            }
            for (Turn.Span p : turn.paragraphs()) {
                Matcher m = CAPITALISED_RUN.matcher(article.text()).region(p.start(), p.end());
                while (m.find()) {
                    Speaker s = resolve(m.group(), m.group(), m.start());
                    if (s.inRegistry() && !Speaker.UNKNOWN_SIDE.equals(s.side())) {
                        hostSide = s;
                        return;
                    }
                }
            }
        }
    }

    /** Whether a label's name (titles removed) is a header person or a registered person. */
    boolean knows(String name) {
        return byHeader(name) != null || resolve(name, name, 0).inRegistry();
    }

    /** The speaker of a podium turn: a name label, or {@code A:} for the podium speaker of the day. */
    Speaker of(Turn t) {
        if (t.role() == LabelRules.Role.ANSWER) {
            return ofTheDay == null ? Speaker.NONE : ofTheDay;
        }
        Speaker s = byLabel.computeIfAbsent(t.label(), l -> label(l, t.labelStart()));
        // the first person named in a label is the podium speaker of the day, unless the header
        // named one; what the header names with only a side ("… English text …") gives way to it
        if ((ofTheDay == null || !dayNamed && s.type() == SpeakerType.PERSON) && !s.canonical().isEmpty()) {
            ofTheDay = s;
            dayNamed = s.type() == SpeakerType.PERSON;
        }
        return s;
    }

    private Speaker label(String label, int at) {
        String name = rules.name(label);
        Speaker h = byHeader(name);
        Speaker s = resolve(label, h == null ? name : h.canonical(), at);
        if (Speaker.UNKNOWN_SIDE.equals(s.side()) && headerSide != null && !s.canonical().isEmpty()) {
            s = s.toBuilder().side(headerSide.side()).evidence("briefing header names " + headerSide.canonical())
                    .build();
        } else if (Speaker.UNKNOWN_SIDE.equals(s.side()) && hostSide != null && !s.canonical().isEmpty()) {
            s = s.toBuilder().side(hostSide.side()).evidence("the briefing's host names " + hostSide.canonical())
                    .build();
        }
        return s;
    }

    /** The header person whose last name is the name's last word ("Miller" → Matthew Miller). */
    private Speaker byHeader(String name) {
        String[] w = name.toLowerCase(Locale.ROOT).split("\\s+");
        String last = w[w.length - 1];
        for (Speaker p : headerPeople) {
            String c = p.canonical().toLowerCase(Locale.ROOT);
            if (c.equals(name.toLowerCase(Locale.ROOT)) || c.endsWith(" " + last)) {
                return p;
            }
        }
        return null;
    }

    /** Whether the registry holds this name as a person (no annotation needed): "Lin Jian". */
    static boolean registered(SpeakerResolver resolver, Article article, String name) {
        Speaker s = resolver.resolve(named(name, name, 0), article, null);
        return s.inRegistry() && s.type() == SpeakerType.PERSON;
    }

    private Speaker resolve(String mention, String antecedent, int at) {
        return resolver.resolve(named(mention, antecedent, at), article, doc);
    }

    /** An empty statement whose speaker is this name, for the resolver. */
    private static QuoteSpan named(String mention, String antecedent, int at) {
        return QuoteSpan.builder(QuoteKind.STATEMENT, "").span(at, at).mention(mention, at)
                .antecedent(antecedent).mentionType(QuoteSpan.MentionType.NAME).build();
    }
}
