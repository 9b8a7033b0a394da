package dev.stancekit.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;

/**
 * Part-of-speech repairs applied to CoreNLP's tags before anything reads them. The Chinese surname
 * "He" ("He Lifeng", "He Yongqian said") is tagged as the pronoun; a capitalised "He" right before
 * a proper noun is a name, since the pronoun is followed by a verb, not by a name. Stateless.
 */
final class TagRepair {

    private TagRepair() {
    }

    /** The clitics the tagger knows only with the straight apostrophe. */
    private static final java.util.Set<String> CLITICS = java.util.Set.of("’s", "’S", "’re", "’ll", "’ve", "’d", "’m", "n’t", "N’T");

    /** Shows each clitic with a typographic apostrophe to the tagger in its straight form. */
    static void straightenClitics(List<CoreMap> sentences) {
        for (CoreMap s : sentences) {
            for (CoreLabel l : s.get(CoreAnnotations.TokensAnnotation.class)) {
                String w = l.word();
                if (w != null && CLITICS.contains(w)) {
                    String straight = w.replace('’', '\'');
                    l.setWord(straight);
                    l.setValue(straight);
                }
            }
        }
    }

    /** The tokens with the repairs applied (a new list only when one applies). */
    static List<Token> repair(List<Token> tokens) {
        List<Token> out = tokens;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            Token next = tokens.get(i + 1);
            if ("He".equals(t.word()) && "PRP".equals(t.pos()) && next.pos().startsWith("NNP")
                    && Character.isUpperCase(next.word().charAt(0)) && next.begin() == t.end() + 1) {
                if (out == tokens) {
                    out = new java.util.ArrayList<>(tokens);
                }
                String ner = "O".equals(t.ner()) ? next.ner() : t.ner();
                out.set(i, new Token(t.word(), t.lemma(), "NNP", ner, t.begin(), t.end()));
            }
        }
        return out;
    }
}
