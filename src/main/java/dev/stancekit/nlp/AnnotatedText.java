package dev.stancekit.nlp;

import java.util.List;

/**
 * An article's text with its sentences and tokens; plain data, free of CoreNLP types, so later
 * stages and their tests do not depend on CoreNLP.
 */
public record AnnotatedText(String text, List<Sentence> sentences) {

    public AnnotatedText {
        sentences = List.copyOf(sentences);
    }

    /** The sentence holding this character offset, or {@code null}. */
    public Sentence sentenceAt(int offset) {
        int lo = 0, hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.begin()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }

    public int tokenCount() {
        int n = 0;
        for (Sentence s : sentences) {
            n += s.tokens().size();
        }
        return n;
    }
}
