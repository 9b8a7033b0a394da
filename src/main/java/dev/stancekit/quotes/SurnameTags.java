package dev.stancekit.quotes;

import dev.stancekit.nlp.Token;
import java.util.HashSet;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * A surname the tagger reads as a verb or a common word in mid-sentence ("In response, Chew
 * maintained that …", where "chew" is a verb) is a name when the article also writes it inside a
 * person's name ("Shou Chew"). Such a word, capitalised and not opening its sentence (or opening it
 * right before a verb in the past or third person: "Chew maintained …"), is retagged
 * as a proper noun of a person; a past participle right after it, which the tagger chose because
 * it took the name for the verb, becomes the past tense it is. Stateless.
 */
final class SurnameTags {

    private static final int MIN_LENGTH = 3;

    private SurnameTags() {
    }

    /** Retags, in place, every such word of {@code d}; {@code headline} tells lines that are headlines or captions. */
    static void retag(Doc d, IntPredicate headline) {
        Set<String> names = new HashSet<>();
        for (Token t : d.tok) {
            if (t.isProperNoun() && t.isPerson() && t.word().length() >= MIN_LENGTH) {
                names.add(t.word());
            }
        }
        if (names.isEmpty()) {
            return;
        }
        for (int i = 1; i < d.tok.length; i++) {
            Token t = d.tok[i];
            boolean opens = d.sentOf[i - 1] != d.sentOf[i];
            if (t.isProperNoun() || !names.contains(t.word()) || opens && !verbFollows(d, i)
                    || !opens && !Character.isLetter(d.tok[i - 1].word().charAt(0)) && !",".equals(d.tok[i - 1].word())
                    || headline.test(t.begin())) {
                continue;
            }
            boolean tookVerb = t.isVerb();
            d.tok[i] = new Token(t.word(), t.word(), "NNP", "PERSON", t.begin(), t.end());
            if (tookVerb && i + 1 < d.tok.length && d.sentOf[i + 1] == d.sentOf[i]
                    && "VBN".equals(d.tok[i + 1].pos())) {
                Token v = d.tok[i + 1];
                d.tok[i + 1] = new Token(v.word(), v.lemma(), "VBD", v.ner(), v.begin(), v.end());
            }
        }
    }

    /** "Chew maintained that …" opening a sentence: a verb in the past or third person right after the word. */
    private static boolean verbFollows(Doc d, int i) {
        if (i + 1 >= d.tok.length || d.sentOf[i + 1] != d.sentOf[i]) {
            return false;
        }
        String p = d.tok[i + 1].pos();
        return "VBD".equals(p) || "VBN".equals(p) || "VBZ".equals(p);
    }
}
