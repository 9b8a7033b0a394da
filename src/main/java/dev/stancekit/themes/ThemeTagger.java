package dev.stancekit.themes;

import java.util.List;

/** Stage 5a: tags a text with theme ids from {@code themes.csv}. Thread-safe. */
public interface ThemeTagger {

    /** Theme ids whose phrases occur in the text, in the order of the theme table; may be empty. */
    List<String> tag(String text);
}
