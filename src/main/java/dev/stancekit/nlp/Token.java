package dev.stancekit.nlp;

/**
 * One token with its character offsets in the article text.
 *
 * @param word  the token as it stands in the text
 * @param lemma lower-case lemma ("said" -> "say")
 * @param pos   Penn Treebank tag
 * @param ner   coarse NER tag (PERSON, ORGANIZATION, LOCATION, MISC, O, ...)
 * @param begin offset of the first character
 * @param end   offset after the last character
 */
public record Token(String word, String lemma, String pos, String ner, int begin, int end) {

    public boolean isPerson() {
        return "PERSON".equals(ner);
    }

    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }
}
