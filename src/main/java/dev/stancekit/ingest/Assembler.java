package dev.stancekit.ingest;

import dev.stancekit.model.Article;
import dev.stancekit.model.IngestResult;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a {@link Source} into an article: clean text, strip chrome, find title and date. */
final class Assembler {

    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d\\d)/([01]?\\d)/([0-3]?\\d)(?:/|$|[^\\d])");
    private static final Pattern URL_YEAR = Pattern.compile("/((?:19|20)\\d\\d)/");
    private static final Pattern YEAR_ONLY = Pattern.compile("(?:19|20)\\d\\d");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:\"”’)]$");
    private static final int MAX_TITLE = 300;

    private final Boilerplate boilerplate;

    Assembler(Boilerplate boilerplate) {
        this.boilerplate = boilerplate;
    }

    IngestResult assemble(Source s) {
        String text = paragraphs(clean(s.text()));
        String metaTitle = s.title().replaceAll("\\s+", " ").strip();
        String title = metaTitle.isEmpty() ? firstTitleLine(text) : metaTitle;
        String body = boilerplate.strip(text, title);
        if (body.isBlank()) {
            return IngestResult.skipped(s.id(), s.path(), Source.join("no article text left after boilerplate removal", s.note()));
        }
        String note = s.note();
        LocalDate date = DateFinder.parse(s.date());
        int yearHint = 0;
        if (date == null && !s.date().isEmpty()) {
            if (YEAR_ONLY.matcher(s.date()).matches()) {
                yearHint = Integer.parseInt(s.date());
            } else {
                note = Source.join(note, "unreadable date '" + shorten(s.date()) + "' ignored");
            }
        }
        LocalDate urlDate = urlDate(s.url());
        if (date == null) {
            if (yearHint == 0 && urlDate != null) {
                yearHint = urlDate.getYear();
            } else if (yearHint == 0) {
                yearHint = urlYear(s.url());
            }
            date = DateFinder.find(text, yearHint);
        }
        if (date == null) {
            date = urlDate;
        }
        Article a = Article.builder().id(s.id()).path(s.path()).title(title).date(date)
                .source(s.source()).url(s.url()).text(body).hash(s.hash()).build();
        return new IngestResult(a.id(), a.path(), a, IngestResult.Status.OK, note);
    }

    /** Unix newlines, no BOM, no control or zero-width characters, no-break spaces as spaces. */
    static String clean(String t) {
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\r') {
                if (i + 1 < t.length() && t.charAt(i + 1) == '\n') {
                    continue;
                }
                sb.append('\n');
            } else if (c == '\u00A0' || c == '\t' || c == '\u2007' || c == '\u202F') {
                sb.append(' ');
            } else if (c == '\u2028' || c == '\u2029' || c == '\f' || c == '\u000B') {
                sb.append('\n');
            } else if (c == '\uFEFF' || c == '\u200B' || c == '\u00AD' || c == '\uFFFD'
                    || (c < 0x20 && c != '\n') || (c >= 0x7F && c < 0xA0)) {
                continue;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Texts with one paragraph per line and no blank lines get blank lines between paragraphs.
     * Hard-wrapped texts (most lines ending mid-sentence) are left alone.
     */
    static String paragraphs(String t) {
        if (t.contains("\n\n") || t.indexOf('\n') < 0) {
            return t;
        }
        String[] lines = t.split("\n");
        int nonEmpty = 0;
        int ends = 0;
        for (String l : lines) {
            String s = l.strip();
            if (!s.isEmpty()) {
                nonEmpty++;
                if (s.length() > 160 || SENTENCE_END.matcher(s).matches()) {
                    ends++;
                }
            }
        }
        return nonEmpty >= 2 && ends * 10 >= nonEmpty * 6 ? t.replace("\n", "\n\n") : t;
    }

    /** The first non-empty line that is neither a bare date nor chrome, or "" when there is none short enough. */
    String firstTitleLine(String text) {
        for (String line : text.split("\n")) {
            String s = line.strip();
            if (s.isEmpty() || DateFinder.isDateLine(s) || boilerplate.isChrome(s)) {
                continue;
            }
            return s.length() <= MAX_TITLE ? s : "";
        }
        return "";
    }

    static LocalDate urlDate(String url) {
        Matcher m = URL_DATE.matcher(url);
        return m.find() ? DateFinder.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3)) : null;
    }

    private static int urlYear(String url) {
        Matcher m = URL_YEAR.matcher(url);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
