package dev.stancekit.ingest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text of a Markdown file: YAML-style front matter ({@code title:}, {@code date:},
 * {@code source:}, {@code url:}) becomes metadata; heading marks, list and quote markers,
 * emphasis, images, code fences and link targets are removed.
 */
final class MarkdownText {

    record Doc(String text, String title, String date, String source, String url) {}

    private static final Pattern FRONT = Pattern.compile("\\A---[ \\t]*\\n(.*?)\\n---[ \\t]*(?:\\n|\\z)", Pattern.DOTALL);
    private static final Pattern KEY = Pattern.compile("^([A-Za-z_][\\w-]*)[ \\t]*:[ \\t]*(.*)$", Pattern.MULTILINE);
    private static final Pattern[] DROP = {
        Pattern.compile("!\\[[^\\]\\n]*\\]\\([^)\\n]*\\)"),
        Pattern.compile("(?m)^[ \\t]*(?:```|~~~).*$"),
        Pattern.compile("(?m)^[ \\t]*(?:[-*_][ \\t]*){3,}$"),
        Pattern.compile("(?m)^[ \\t]*\\[[^\\]\\n]+\\]:[ \\t]+\\S+.*$"),
    };
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]*)\\]\\([^)\\n]*\\)");
    private static final Pattern HEADING = Pattern.compile("(?m)^[ \\t]{0,3}#{1,6}[ \\t]+(.*?)(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern MARKERS = Pattern.compile("(?m)^[ \\t]{0,3}(?:>[ \\t]?)+|^[ \\t]{0,3}[-*+][ \\t]+(?=\\S)");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern EM = Pattern.compile("(?<![\\w*])\\*(?=\\S)([^*\\n]+?)(?<=\\S)\\*(?![\\w*])");

    private MarkdownText() {}

    static Doc parse(String md) {
        String body = md.replace("\r\n", "\n");
        Map<String, String> meta = new HashMap<>();
        Matcher f = FRONT.matcher(body);
        if (f.find()) {
            Matcher k = KEY.matcher(f.group(1));
            while (k.find()) {
                meta.put(k.group(1).toLowerCase(Locale.ROOT), unquote(k.group(2).strip()));
            }
            body = body.substring(f.end());
        }
        for (Pattern p : DROP) {
            body = p.matcher(body).replaceAll("");
        }
        body = LINK.matcher(body).replaceAll("$1");
        body = HEADING.matcher(body).replaceAll("$1");
        body = MARKERS.matcher(body).replaceAll("");
        body = STRONG.matcher(body).replaceAll("$2");
        body = EM.matcher(body).replaceAll("$1");
        return new Doc(body, first(meta, "title", "headline"), first(meta, "date", "published", "pubdate"),
                first(meta, "source", "site", "publisher"), first(meta, "url", "link", "canonical"));
    }

    private static String first(Map<String, String> meta, String... keys) {
        for (String k : keys) {
            String v = meta.get(k);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }
}
