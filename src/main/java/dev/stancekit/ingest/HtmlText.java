package dev.stancekit.ingest;

import java.util.Set;
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

    private HtmlText() {}

    static Page extract(String html) {
        Document doc = Jsoup.parse(html);
        String title = meta(doc, "og:title");
        if (title.isEmpty()) {
            title = doc.title().strip();
        }
        if (title.isEmpty()) {
            Element h1 = doc.selectFirst("h1");
            title = h1 == null ? "" : h1.text().strip();
        }
        String date = "";
        for (String name : DATE_META) {
            date = meta(doc, name);
            if (!date.isEmpty()) {
                break;
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
        String source = meta(doc, "og:site_name");
        title = withoutSiteName(title, source);
        doc.select(DROP).remove();
        return new Page(text(root(doc)), title, date, source, url);
    }

    /** "Headline | Site" without " | Site" when the site's name is known. */
    static String withoutSiteName(String title, String site) {
        if (site.isEmpty() || title.length() <= site.length() + 3) {
            return title;
        }
        String head = title.substring(0, title.length() - site.length());
        if (title.toLowerCase(java.util.Locale.ROOT).endsWith(site.toLowerCase(java.util.Locale.ROOT))
                && head.matches(".*\\S\\s+[|\u2013\u2014:-]\\s*$")) {
            return head.replaceAll("\\s+[|\u2013\u2014:-]\\s*$", "").strip();
        }
        return title;
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
