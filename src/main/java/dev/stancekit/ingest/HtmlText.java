package dev.stancekit.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text and metadata of an HTML page (jsoup). Scripts, styles, navigation, headers, footers,
 * asides and forms are dropped; the main {@code <article>} (or {@code <main>}, or the body) is
 * turned into paragraphs separated by blank lines, one per block element.
 */
final class HtmlText {

    record Page(String text, String title, String date, String source, String url) {}

    private static final String DROP = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, svg, canvas, button, select, textarea, object, embed, menu, dialog, "
            + "[hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], "
            + "[role=complementary], [role=search], [role=dialog]";
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2",
            "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr",
            "thead", "tbody", "figure", "figcaption", "address", "hr", "center", "details", "summary",
            "caption", "body", "html");
    private static final String[] DATE_META = {"article:published_time", "og:published_time",
            "article:published", "datePublished", "date", "pubdate", "publishdate", "publish-date",
            "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date"};

    private static final Pattern LD_DATE = Pattern.compile(
            "\"datePublished\"\\s*:\\s*\"([^\"]{4,40})\"");

    private static final Pattern LD_HEADLINE = Pattern.compile(
            "\"headline\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.){1,600})\"");
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|\u2013\u2014-]\\s+([^|\u2013\u2014]{1,60})$");

    private HtmlText() {}

    static Page extract(String html) {
        Document doc = Jsoup.parse(html);
        String source = meta(doc, "og:site_name");
        if (source.isEmpty()) {
            source = meta(doc, "application-name");
        }
        String title = title(doc, source);
        String date = "";
        for (String name : DATE_META) {
            date = meta(doc, name);
            if (!date.isEmpty()) {
                break;
            }
        }
        if (date.isEmpty()) {
            for (Element ld : doc.select("script[type=application/ld+json]")) {
                Matcher m = LD_DATE.matcher(ld.data());
                if (m.find()) {
                    date = m.group(1);
                    break;
                }
            }
        }
        if (date.isEmpty()) {
            Element time = doc.selectFirst("time[datetime]");
            date = time == null ? "" : time.attr("datetime").strip();
        }
        String url = meta(doc, "og:url");
        if (url.isEmpty()) {
            Element canon = doc.selectFirst("link[rel=canonical][href]");
            url = canon == null ? "" : canon.attr("href").strip();
        }
        doc.select(DROP).remove();
        return new Page(text(root(doc)), title, date, source, url);
    }

    /**
     * The headline: og:title, twitter:title, the JSON-LD headline, the article's h1, then the
     * {@code <title>}, each without the site's name; breadcrumbs, bylines, dates and the bare site
     * name are passed over ({@link Headline#pick}). "" when none is left.
     */
    static String title(Document doc, String site) {
        List<String> c = new ArrayList<>();
        c.add(meta(doc, "og:title"));
        c.add(meta(doc, "twitter:title"));
        for (Element ld : doc.select("script[type=application/ld+json]")) {
            Matcher m = LD_HEADLINE.matcher(ld.data());
            if (m.find()) {
                c.add(unescapeJson(m.group(1)));
                break;
            }
        }
        Element h1 = doc.selectFirst("article h1, main h1, [role=main] h1");
        if (h1 == null) {
            for (Element e : doc.select("h1")) {
                if (e.closest("header, nav, footer, aside, [role=banner], [role=navigation]") == null) {
                    h1 = e;
                    break;
                }
            }
        }
        c.add(h1 == null ? "" : h1.text());
        String tag = doc.title().replaceAll("\\s+", " ").strip();
        c.add(site.isEmpty() ? withoutShortSuffix(tag, c) : tag);
        c.replaceAll(t -> withoutSiteName(t.replaceAll("\\s+", " ").strip(), site));
        return Headline.BUNDLED.pick(c, site);
    }

    /** "Headline | Site" without " | Site" when the site's name is known. */
    static String withoutSiteName(String title, String site) {
        return Headline.withoutSiteName(title, site);
    }

    /**
     * A {@code <title>} without a trailing " | Something" of at most three words when the rest is
     * another candidate's text (the headline) or has three words or more.
     */
    private static String withoutShortSuffix(String tag, List<String> others) {
        Matcher m = TITLE_SUFFIX.matcher(tag);
        if (!m.find()) {
            return tag;
        }
        String head = tag.substring(0, m.start()).strip();
        String suffix = m.group(1).strip();
        boolean known = others.stream().anyMatch(o -> o.replaceAll("\\s+", " ").strip().equalsIgnoreCase(head));
        return known || Boilerplate.words(head) >= 3 && Boilerplate.words(suffix) <= 3 ? head : tag;
    }

    private static String unescapeJson(String s) {
        Matcher m = Pattern.compile("\\\\(u[0-9a-fA-F]{4}|.)").matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String g = m.group(1);
            String r = g.length() == 5 ? String.valueOf((char) Integer.parseInt(g.substring(1), 16))
                    : g.equals("n") || g.equals("t") ? " " : g;
            m.appendReplacement(sb, Matcher.quoteReplacement(r));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The {@code content} of a meta tag by property, name or itemprop, or "". */
    private static String meta(Document doc, String key) {
        for (String attr : new String[] {"property", "name", "itemprop"}) {
            for (Element e : doc.getElementsByAttributeValue(attr, key)) {
                String v = e.hasAttr("content") ? e.attr("content") : e.attr("datetime");
                if (!v.isBlank()) {
                    return v.strip();
                }
            }
        }
        return "";
    }

    /** The longest {@code <article>}, else {@code <main>}, else the body. */
    private static Element root(Document doc) {
        Elements articles = doc.select("article, [itemprop=articleBody], main, [role=main]");
        Element best = null;
        int bestLen = 0;
        for (Element e : articles) {
            int len = e.text().length();
            if (len > bestLen) {
                best = e;
                bestLen = len;
            }
        }
        Element body = doc.body();
        return best != null && bestLen * 4 >= body.text().length() ? best : body;
    }

    /** Block elements become paragraphs separated by blank lines; {@code <br>} a line break. */
    static String text(Element root) {
        StringBuilder out = new StringBuilder();
        StringBuilder para = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    Element parent = t.parentElement();
                    boolean pre = parent != null && parent.closest("pre") != null;
                    append(para, pre ? s : s.replaceAll("\\s+", " "));
                } else if (node instanceof Element e) {
                    if ("br".equals(e.normalName())) {
                        para.append('\n');
                    } else if (BLOCKS.contains(e.normalName())) {
                        flush(out, para);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    String name = e.normalName();
                    if (BLOCKS.contains(name)) {
                        flush(out, para);
                    } else if (name.equals("td") || name.equals("th")) {
                        append(para, " ");
                    }
                }
            }
        }, root);
        flush(out, para);
        return out.toString();
    }

    private static void append(StringBuilder para, String s) {
        if (s.startsWith(" ") && (para.length() == 0 || Character.isWhitespace(para.charAt(para.length() - 1)))) {
            s = s.substring(1);
        }
        para.append(s);
    }

    private static void flush(StringBuilder out, StringBuilder para) {
        String p = para.toString().replaceAll("[ \\t]*\n[ \\t]*", "\n").strip();
        para.setLength(0);
        if (p.isEmpty()) {
            return;
        }
        if (out.length() > 0) {
            out.append("\n\n");
        }
        out.append(p);
    }
}
