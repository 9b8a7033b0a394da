package dev.stancekit.speakers;

import dev.stancekit.model.Speaker;
import dev.stancekit.model.SpeakerType;
import dev.stancekit.speakers.Lexicon.Hit;
import dev.stancekit.speakers.Words.Tok;
import java.util.List;

/**
 * What the article's text, not only its quotes, says before a referring mention: the indefinite
 * description a role noun points back to ("A U.S. defense official familiar with the call ..." for
 * "The official said") and the country a bare organisation noun belongs to ("Vietnam has lodged a
 * protest ..., the foreign ministry said"). Immutable.
 */
final class EarlierText {

    /** Words between "a" and the role noun: "a senior State Department official". */
    private static final int MAX_DESCRIPTION_WORDS = 7;
    /** How far from the top a dateline is looked for. */
    private static final int DATELINE_CHARS = 600;
    /**
     * A line opening with a place in capitals, then a date, "(" or a dash, perhaps after a region:
     * "BEIJING, Dec 27 (Reuters) -", "TAIPEI, Taiwan (AP) —", "WASHINGTON —", "KUALA LUMPUR: ".
     */
    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "(?m)^\\s*(\\p{Lu}[\\p{Lu}'’. -]*\\p{Lu})(?:,\\s*\\p{Lu}\\p{L}*\\.?\\s+\\d|\\s*\\(|\\s+[—–]|\\s+--?\\s|:\\s"
            + "|,\\s*\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)*\\s*(?:\\(|[—–]|--?\\s))");

    /**
     * A dateline written in title case, the place first, perhaps with its outlet: "Jakarta, VIVA –",
     * "Hanoi (VNA) -"; or the outlet first, in capitals: "TEMPO.CO, Jakarta -". Looked for on the first
     * line below the headline only.
     */
    private static final java.util.List<java.util.regex.Pattern> TITLE_DATELINES = java.util.List.of(
            java.util.regex.Pattern.compile("(?m)^\\s*(\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?)"
                    + "(?:,\\s*\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)*|\\s*\\([^)\\n]{1,30}\\))?\\s+(?:[—–]|--?)\\s"),
            java.util.regex.Pattern.compile("(?m)^\\s*\\p{Lu}[\\p{Lu}.]+,\\s*(\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?)\\s+(?:[—–]|--?)\\s"),
            // "Taipei, Aug. 11 (CNA) A delegation …": the place, the date and the agency, no dash
            java.util.regex.Pattern.compile("(?m)^\\s*(\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?),\\s*\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2}\\s*\\([^)\\n]{1,30}\\)\\s"));

    private final String text;
    private final Phrase article;
    private final WordKinds words;
    private final Lexicon lexicon;

    EarlierText(String text, Phrase article, WordKinds words, Lexicon lexicon) {
        this.text = text;
        this.article = article;
        this.words = words;
        this.lexicon = lexicon;
    }

    /**
     * The nearest description "a/an ... HEAD" before offset {@code before} whose head noun is the
     * same role as {@code head} ("spokeswoman" ~ "spokesperson"), as a speaker named by the whole
     * description with the side its words give; {@code null} when there is none or it adds nothing.
     */
    Speaker description(String head, int before, String mention) {
        List<Tok> t = article.toks;
        String same = words.sameAs(head);
        for (int k = last(before); k >= 0; k--) {
            if (!words.sameAs(t.get(k).fold()).equals(same)) {
                continue;
            }
            int a = k - 1;
            while (a >= 0 && k - a <= MAX_DESCRIPTION_WORDS && !gapBreaks(a)
                    && !("a".equals(t.get(a).fold()) || "an".equals(t.get(a).fold()))) {
                a--;
            }
            boolean owner = a >= 0 && k - a <= MAX_DESCRIPTION_WORDS && article.possessiveAt(a); // "China's foreign ministry spokesman"
            if (!owner && (a < 0 || k - a > MAX_DESCRIPTION_WORDS || gapBreaks(a))) {
                continue;
            }
            int end = k - a < 2 ? organisationAfter(k) : k; // "a spokesperson with the Ministry of Commerce"
            if (end < 0) {
                continue;
            }
            Phrase d = new Phrase(text.substring(t.get(a).start(), t.get(end).end()), lexicon);
            String name = AnonymousName.of(d, words);
            Hit h = d.sideHit(words);
            if (owner && (h == null || h.from() != 0)) {
                continue; // "China's foreign ministry spokesman": only a country's possessive opens a description
            }
            String why = "\"" + mention.strip() + "\" refers to \"" + d.text + "\"";
            if (h != null) {
                return Speaker.builder().canonical(name).type(SpeakerType.ANONYMOUS).side(h.entry().side())
                        .evidence(d.describe(h) + " in " + why).build();
            }
            // "a spokesperson with the Ministry of Commerce": no side from the words; the side passes
            // take it from the ministry named earlier or the dateline (not from the sentence's country
            // words, which are often the target: "the U.S. move")
            return Speaker.builder().canonical(name).type(SpeakerType.ANONYMOUS).evidence(why).build();
        }
        return null;
    }

    /**
     * The country word that a bare organisation noun at {@code at} belongs to: a side word before
     * it in its sentence ("Vietnam has lodged a protest, the foreign ministry said"), else the first
     * of the sentence before ("The U.S. ambassador to Manila said ... The embassy said"), else the
     * dateline's place ("BEIJING, Dec 27 (Reuters) -": a bare ministry is the local one), else the
     * nearest side word before (one that owns a noun, "Japan's claims", only when there is no other), else one after the noun in its sentence. A word after "to",
     * "against", ... is a target and never the owner ("an arms sale to Taiwan"); {@code null} when
     * there is none.
     */
    Hit countryOf(int at) {
        return countryOf(at, null);
    }

    /**
     * {@link #countryOf(int)} for a body named with {@code noun} ("ministry"): a country of a side
     * none of whose registered bodies carry the noun is passed over ("The U.S. practice is
     * arbitrary, according to a statement by the Foreign Ministry": the US has no ministries).
     */
    Hit countryOf(int at, String noun) {
        return countryOf(at, noun, -1, -1);
    }

    /**
     * {@link #countryOf(int, String)}, where a country word after the noun inside the words the
     * body is quoted with, text[wordsFrom, wordsTo), is not its owner ("The Navy denied that the
     * destroyer entered China's waters": the topic of its words).
     */
    Hit countryOf(int at, String noun, int wordsFrom, int wordsTo) {
        java.util.Set<String> sides = noun == null ? java.util.Set.of() : lexicon.organizationSides(noun);
        int sentence = sentenceStart(at);
        int end = sentenceEnd(at);
        int p = sentence - 1;
        while (p > 0 && Character.isWhitespace(text.charAt(p))) {
            p--;
        }
        int previous = p > 0 ? sentenceStart(p) : sentence;
        Hit before = null;
        Hit nearest = null;
        Hit nearestPossessive = null;
        Hit after = null;
        for (Hit h : article.hits) {
            int start = article.toks.get(h.from()).start();
            if (!country(h) || target(h) || !sides.isEmpty() && !sides.contains(h.entry().side())) {
                continue;
            }
            if (start >= sentence && start < at) {
                return h;
            }
            if (start >= previous && start < sentence && before == null) {
                before = h;
            }
            if (start < sentence && article.possessiveAt(h.to() - 1)) {
                nearestPossessive = h; // "China rejects Japan's radar claims": the owner of a thing, seldom the body's country
            } else if (start < sentence) {
                nearest = h;
            } else if (start < end && after == null && !(start >= wordsFrom && start < wordsTo)) {
                after = h;
            }
        }
        Hit d = dateline();
        if (d != null && !sides.isEmpty() && !sides.contains(d.entry().side())) {
            d = null;
        }
        return before != null ? before : d != null ? d : nearest != null ? nearest
                : nearestPossessive != null ? nearestPossessive : after;
    }

    /** The place of a dateline ("BEIJING, Dec 27, 2024 (Reuters) -") near the top, or {@code null}. */
    Hit datelinePlace() {
        return dateline();
    }

    private Hit dateline() {
        String top = text.substring(0, Math.min(text.length(), DATELINE_CHARS));
        java.util.regex.Matcher m = DATELINE.matcher(top);
        if (m.find()) {
            Hit h = placeAt(m.start(1), m.end(1));
            if (h == null) {
                h = regionAfter(m.end(1));
            }
            if (h != null) {
                return h;
            }
        }
        // a title-case dateline opens the first line below the headline (or the first line), never the headline
        int from = Math.max(0, Words.headlineEnd(text));
        while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        int to = text.indexOf('\n', from);
        String line = text.substring(from, to < 0 ? text.length() : to);
        for (java.util.regex.Pattern p : TITLE_DATELINES) {
            m = p.matcher(line);
            if (m.lookingAt()) {
                Hit h = placeAt(from + m.start(1), from + m.end(1));
                if (h == null) {
                    h = regionAfter(from + m.end(1));
                }
                if (h != null) {
                    return h;
                }
            }
        }
        return null;
    }

    /** ", Ark." after a dateline's place: the region's words, capitalised, up to a bracket, dash or date. */
    private static final java.util.regex.Pattern REGION = java.util.regex.Pattern.compile(
            "\\G,\\s*(\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)*)");

    /**
     * The dateline region ({@code dateline-region} rows of nationality-words.csv) written after the
     * place that ends at {@code at} ("LITTLE ROCK, Ark. —": Arkansas, US), as a hit over its words; null
     * when there is none or the region is unknown.
     */
    private Hit regionAfter(int at) {
        java.util.regex.Matcher r = REGION.matcher(text);
        if (!r.find(at)) {
            return null;
        }
        Lexicon.Entry e = lexicon.datelineRegion(r.group(1));
        if (e == null) {
            return null;
        }
        int from = -1;
        int to = -1;
        for (int k = 0; k < article.toks.size() && article.toks.get(k).start() < r.end(1); k++) {
            if (article.toks.get(k).start() >= r.start(1)) {
                from = from < 0 ? k : from;
                to = k + 1;
            }
        }
        return from < 0 ? null : new Hit(e, from, to);
    }

    /** The lexicon hit with a side that spans exactly text[from, to), or null. */
    private Hit placeAt(int from, int to) {
        for (Hit h : article.hits) {
            if (article.toks.get(h.from()).start() == from && article.toks.get(h.to() - 1).end() == to
                    && !h.entry().side().isBlank()) {
                return h;
            }
        }
        return null;
    }

    /**
     * "to Taiwan", "against China": the word before the hit (over determiners) makes it a target;
     * "according to a Chinese account" names a source.
     */
    private boolean target(Hit h) {
        int before = h.from() - 1;
        while (before >= 0 && words.is(article.toks.get(before).fold(), WordKinds.Kind.DETERMINER)) {
            before--;
        }
        return before >= 0 && words.is(article.toks.get(before).fold(), WordKinds.Kind.TARGET)
                && !gapBreaks(before) && !(before > 0 && "according".equals(article.toks.get(before - 1).fold()));
    }

    private static boolean country(Hit h) {
        return h.entry().kind() == Lexicon.Kind.COUNTRY || h.entry().kind() == Lexicon.Kind.NATIONALITY;
    }

    private int sentenceStart(int at) {
        for (int k = Math.min(at, text.length()) - 1; k > 0; k--) {
            char c = text.charAt(k);
            if (c == '\n' || (c == '.' && !initial(k) || c == '!' || c == '?') && Character.isWhitespace(text.charAt(k + 1))) {
                return k + 1;
            }
        }
        return 0;
    }

    /** The period of an initial ("U.S. ambassador"): one capital letter before it, no letter before that. */
    private boolean initial(int k) {
        return k >= 1 && Character.isUpperCase(text.charAt(k - 1)) && (k < 2 || !Character.isLetter(text.charAt(k - 2)));
    }

    private int sentenceEnd(int at) {
        for (int k = Math.max(0, at); k < text.length() - 1; k++) {
            char c = text.charAt(k);
            if (c == '\n' || (c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(k + 1))) {
                return k;
            }
        }
        return text.length();
    }

    /** The last word that ends before the offset. */
    private int last(int before) {
        int k = article.toks.size() - 1;
        while (k >= 0 && article.toks.get(k).end() > before) {
            k--;
        }
        return k;
    }

    /** Whether punctuation stands between word i and word i + 1 (not the period of "U.S."). */
    /**
     * The last word of a prepositional phrase right after the role noun at {@code k} ("with the
     * Ministry of Commerce", "for the foreign ministry") that names a registered organisation, or
     * -1.
     */
    private int organisationAfter(int k) {
        List<Tok> t = article.toks;
        if (k + 2 >= t.size() || gapBreaks(k) || !words.is(t.get(k + 1).fold(), WordKinds.Kind.AFFILIATION)) {
            return -1;
        }
        int end = k + 1;
        while (end + 1 < t.size() && end - k < MAX_DESCRIPTION_WORDS && !gapBreaks(end)) {
            end++;
        }
        Phrase pp = new Phrase(text.substring(t.get(k + 1).start(), t.get(end).end()), lexicon);
        for (Hit h : pp.hits) {
            if (h.entry().kind() == Lexicon.Kind.ORGANIZATION) {
                return k + h.to(); // the phrase's words from k + 1
            }
        }
        for (int j = k + 2; j <= end; j++) {
            if (words.is(t.get(j).fold(), WordKinds.Kind.ORG_NOUN)) {
                while (j + 2 <= end && "of".equals(t.get(j + 1).fold()) && t.get(j + 2).capitalized()) {
                    j += 2; // "the Ministry of Commerce"
                }
                return j; // a body whose country the text gives
            }
        }
        return -1;
    }

    private boolean gapBreaks(int i) {
        String gap = text.substring(article.toks.get(i).end(), article.toks.get(i + 1).start());
        String allowed = article.toks.get(i).text().length() == 1 ? " .-" : " -";
        return gap.chars().anyMatch(c -> allowed.indexOf(c) < 0);
    }
}
