package dev.stancekit.nlp;

import java.util.List;

/**
 * Part-of-speech repairs applied to CoreNLP's tags before anything reads them. The Chinese surname
 * "He" ("He Lifeng", "He Yongqian said") is tagged as the pronoun; a capitalised "He" right before
 * a proper noun is a name, since the pronoun is followed by a verb, not by a name. Stateless.
 */
final class TagRepair {

    private TagRepair() {
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
