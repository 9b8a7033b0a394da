package dev.stancekit.themes;

import java.util.List;

/** Stage 5a: tags a text with theme ids from {@code themes.csv}. Thread-safe. */
public interface ThemeTagger {

    /** Theme ids whose phrases occur in the text, in the order of the theme table; may be empty. */
    List<String> tag(String text);

    /**
     * The themes a whole document (an article) is mainly about, for quotes whose own words and
     * sentence name no theme; may be empty. By default none.
     */
    default List<String> mainThemes(String document) {
        return List.of();
    }

    /**
     * The themes of a quote: those of its own words; when there are none, those of its sentence;
     * when there are none either, the given main themes of its article ({@link #mainThemes}, computed
     * once per article; null counts as none).
     */
    default List<String> tagQuote(String quote, String sentence, List<String> articleThemes) {
        List<String> ids = tag(quote);
        if (ids.isEmpty() && sentence != null && !sentence.equals(quote)) {
            ids = tag(sentence);
        }
        return ids.isEmpty() && articleThemes != null ? List.copyOf(articleThemes) : ids;
    }
}
