package dev.stancekit.nlp;

import java.util.List;

/**
 * One sentence of an article.
 *
 * @param index     position of the sentence in the article, from 0
 * @param paragraph position of its paragraph in the article, from 0 (paragraphs are lines)
 * @param begin     offset of its first character in the article text
 * @param end       offset after its last character
 * @param tokens    its tokens in order
 */
public record Sentence(int index, int paragraph, int begin, int end, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** The sentence's text, cut from the article text it belongs to. */
    public String text(String articleText) {
        return articleText.substring(begin, end);
    }

    public boolean contains(int offset) {
        return offset >= begin && offset < end;
    }
}
