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
    private static final Pattern NAME_DATE = Pattern.compile("(?<![\\d])((?:19|20)\\d\\d-[01]\\d-[0-3]\\d)(?![\\d])");

    private final Boilerplate boilerplate;
    private final Headline headline;

    Assembler(Boilerplate boilerplate) {
        this.boilerplate = boilerplate;
        this.headline = boilerplate.headline();
    }

    IngestResult assemble(Source s) {
        Mojibake.Repaired fixed = Mojibake.repair(s.text());
        String text = unglue(paragraphs(clean(fixed.text())));
        String metaTitle = Mojibake.repair(s.title()).text().replaceAll("\\s+", " ").strip();
        String note = fixed.mended() == 0 ? s.note() : Source.join(s.note(), fixed.mended()
                + " mis-decoded character sequence" + (fixed.mended() == 1 ? "" : "s") + " mended (UTF-8 read as Windows-1252)");
        String title = metaTitle;
        if (!headline.acceptable(metaTitle)) {
            title = headline.fromText(text, boilerplate);
            if (!metaTitle.isEmpty()) {
                note = Source.join(note, "title '" + shorten(metaTitle) + "' is no headline (breadcrumb, byline or date); "
                        + (title.isEmpty() ? "article has no title" : "headline taken from the text"));
            }
        }
        String body = boilerplate.strip(text, title);
        if (body.isBlank()) {
            return IngestResult.skipped(s.id(), s.path(), Source.join("no article text left after boilerplate removal", s.note()));
        }
        Dated d = date(s, text);
        Article a = Article.builder().id(s.id()).path(s.path()).title(title).date(d.date)
                .source(s.source()).url(s.url()).text(body).hash(s.hash()).build();
        return new IngestResult(a.id(), a.path(), a, IngestResult.Status.OK, Source.join(note, d.note));
    }

    private record Dated(LocalDate date, String note) {}

    /**
     * The date from the metadata, else from the text's first lines, else from the URL, else from
     * the file name; a metadata date or a date line that cannot be read (or whose day and month
     * could be swapped) is named in the note with where the date came from instead.
     */
    private static Dated date(Source s, String text) {
        LocalDate date = DateFinder.parse(s.date());
        if (date != null) {
            return new Dated(date, "");
        }
        String problem = "";
        int yearHint = 0;
        if (!s.date().isEmpty()) {
            if (YEAR_ONLY.matcher(s.date()).matches()) {
                yearHint = Integer.parseInt(s.date());
            } else if (!DateFinder.ambiguous(s.date()).isEmpty()) {
                problem = "date '" + shorten(s.date()) + "' is ambiguous (day/month or month/day?)";
            } else {
                problem = "unreadable date '" + shorten(s.date()) + "' ignored";
            }
        }
        LocalDate urlDate = urlDate(s.url());
        if (yearHint == 0) {
            yearHint = urlDate != null ? urlDate.getYear() : urlYear(s.url());
        }
        String from = "the text";
        date = DateFinder.find(text, yearHint);
        if (date == null && problem.isEmpty()) {
            String seen = DateFinder.ambiguous(text);
            problem = seen.isEmpty() ? "" : "date line '" + seen + "' in the text is ambiguous (day/month or month/day?)";
        }
        if (date == null && urlDate != null) {
            date = urlDate;
            from = "the URL";
        }
        if (date == null) {
            date = fileNameDate(s.path());
            from = "the file name";
        }
        if (problem.isEmpty()) {
            return new Dated(date, "");
        }
        return new Dated(date, problem + "; " + (date == null ? "article left undated" : "date taken from " + from));
    }

    /** "outlet_2015-11-11_slug.txt": an ISO date in the file's name, or null. */
    static LocalDate fileNameDate(String path) {
        String name = path == null ? "" : path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        Matcher m = NAME_DATE.matcher(name);
        return m.find() ? DateFinder.parse(m.group(1)) : null;
    }

    /** A full stop, question or exclamation mark glued to the next sentence ("actions.The", "said.“We", "issue.”The"). */
    private static final Pattern GLUED = Pattern.compile("(?<=\\p{Ll}\\p{Ll}[.!?])([\"“”’]?)(?=\\p{Lu}\\p{Ll})");

    /**
     * "such actions.The spokesperson said": a space between two sentences that scraping glued
     * together, so that they are split. A closing mark stays with its sentence ("dangerous."The"
     * when a quotation is open there, "issue.”The"); an
     * opening one goes with the next ("authorities."We"). A lower-case word before the stop
     * keeps "U.S." and initials as they are.
     */
    static String unglue(String t) {
        Matcher m = GLUED.matcher(t);
        StringBuilder out = new StringBuilder(t.length() + 16);
        int last = 0;
        while (m.find()) {
            String mark = m.group(1);
            int at = m.start(1);
            boolean closing = "”".equals(mark) || "’".equals(mark) || "\"".equals(mark) && openBefore(t, at);
            out.append(t, last, at).append(closing ? mark + " " : " " + mark);
            last = m.end(1);
        }
        return out.append(t, last, t.length()).toString();
    }

    /**
     * Whether a quotation is open at offset {@code at} of its paragraph: an odd number of straight
     * double marks before it, or more curly opening marks than closing ones (a quotation opened
     * with "“" that the page closed with a straight mark: "“Wang Yi pointed out … community."The").
     */
    private static boolean openBefore(String t, int at) {
        int from = t.lastIndexOf("\n\n", at);
        int straight = 0;
        int curly = 0;
        for (int i = Math.max(0, from); i < at; i++) {
            char c = t.charAt(i);
            straight += c == '"' ? 1 : 0;
            curly += c == '“' ? 1 : c == '”' ? -1 : 0;
        }
        return straight % 2 == 1 || curly > 0;
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
     * Hard-wrapped texts (most lines ending mid-sentence) get their paragraphs' lines joined
     * ({@link HardWrap}).
     */
    static String paragraphs(String t) {
        String unwrapped = HardWrap.unwrap(t);
        if (unwrapped != null) {
            return unwrapped;
        }
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

    /** The headline of a text: see {@link Headline#fromText}. */
    String firstTitleLine(String text) {
        return headline.fromText(text, boilerplate);
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
