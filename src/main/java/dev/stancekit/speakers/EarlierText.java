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
            if (a < 0 || k - a > MAX_DESCRIPTION_WORDS || gapBreaks(a) || k - a < 2) {
                continue;
            }
            Phrase d = new Phrase(text.substring(t.get(a).start(), t.get(k).end()), lexicon);
            String name = AnonymousName.of(d, words);
            Hit h = d.sideHit(words);
            String why = "\"" + mention.strip() + "\" refers to \"" + d.text + "\"";
            if (h != null) {
                return Speaker.builder().canonical(name).type(SpeakerType.ANONYMOUS).side(h.entry().side())
                        .evidence(d.describe(h) + " in " + why).build();
            }
            return Speaker.builder().canonical(name).type(SpeakerType.ANONYMOUS).evidence(why).build();
        }
        return null;
    }

    /**
     * The country word that a bare organisation noun at {@code at} belongs to: the first side
     * word of its sentence, else the nearest one before it; {@code null} when there is none.
     */
    Hit countryOf(int at) {
        int sentence = sentenceStart(at);
        Hit nearest = null;
        for (Hit h : article.hits) {
            int start = article.toks.get(h.from()).start();
            if (!country(h)) {
                continue;
            }
            if (start >= sentence && start < sentenceEnd(at)) {
                return h;
            }
            if (start < at) {
                nearest = h;
            }
        }
        return nearest;
    }

    private static boolean country(Hit h) {
        return h.entry().kind() == Lexicon.Kind.COUNTRY || h.entry().kind() == Lexicon.Kind.NATIONALITY;
    }

    private int sentenceStart(int at) {
        for (int k = Math.min(at, text.length()) - 1; k > 0; k--) {
            char c = text.charAt(k);
            if (c == '\n' || (c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(k + 1))) {
                return k + 1;
            }
        }
        return 0;
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
    private boolean gapBreaks(int i) {
        String gap = text.substring(article.toks.get(i).end(), article.toks.get(i + 1).start());
        String allowed = article.toks.get(i).text().length() == 1 ? " .-" : " -";
        return gap.chars().anyMatch(c -> allowed.indexOf(c) < 0);
    }
}
