package dev.stancekit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

    private static final String PAGE = """
            <!DOCTYPE html><html><head>
            <title>Port Deal Signed | The Harbour Post</title>
            <meta property="og:title" content="Port Deal Signed">
            <meta property="og:site_name" content="The Harbour Post">
            <meta property="article:published_time" content="2024-05-13T08:40:00Z">
            <link rel="canonical" href="https://harbour.example/2024/05/13/port-deal">
            <style>p { color: red }</style><script>window.track('SCRIPT');</script>
            </head><body>
            <header><a href="/">HEADER LINK</a></header>
            <nav><ul><li>NAV World</li><li>NAV Sport</li></ul></nav>
            <div class="ad">Advertisement</div>
            <article>
              <h1>Port Deal Signed</h1>
              <p>The two port authorities signed the <b>long-awaited</b> deal
                 on Monday.</p>
              <p>"It is a good day," the harbour master said.<br>She then left.</p>
              <h2>What comes next</h2>
              <ul><li>New cranes</li><li>More ferries</li></ul>
              <blockquote>We will keep talking.</blockquote>
              <form><input value="FORMVALUE"><button>Subscribe</button></form>
              <aside>ASIDE related links</aside>
            </article>
            <footer>FOOTER text</footer>
            </body></html>
            """;

    @Test
    void extractsArticleParagraphsAndMetadata() {
        HtmlText.Page p = HtmlText.extract(PAGE);
        assertEquals("Port Deal Signed", p.title());
        assertEquals("2024-05-13T08:40:00Z", p.date());
        assertEquals("The Harbour Post", p.source());
        assertEquals("https://harbour.example/2024/05/13/port-deal", p.url());
        assertEquals(String.join("\n\n", "Port Deal Signed",
                "The two port authorities signed the long-awaited deal on Monday.",
                "\"It is a good day,\" the harbour master said.\nShe then left.",
                "What comes next", "New cranes", "More ferries", "We will keep talking."), p.text());
        for (String junk : new String[] {"SCRIPT", "HEADER", "NAV", "FORMVALUE", "ASIDE", "FOOTER", "color"}) {
            assertFalse(p.text().contains(junk), junk);
        }
    }

    @Test
    void titleFallsBackToTitleTagThenH1AndDateToTimeElement() {
        HtmlText.Page p = HtmlText.extract("<title> Only Title </title><p>Body text.</p>");
        assertEquals("Only Title", p.title());
        p = HtmlText.extract("<h1>Heading Title</h1><p>Body <time datetime=\"2021-03-04\">4 March</time>.</p>");
        assertEquals("Heading Title", p.title());
        assertEquals("2021-03-04", p.date());
        assertEquals("Heading Title\n\nBody 4 March.", p.text());
        p = HtmlText.extract("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\": "
                + "\"2020-01-31T09:00:00Z\"}</script><p>Text <time datetime=\"2019-01-01\">then</time>.</p>");
        assertEquals("2020-01-31T09:00:00Z", p.date());
        assertEquals("Text then.", p.text());
    }

    @Test
    void siteNameIsCutFromTheTitleTag() {
        String head = "<meta property=\"og:site_name\" content=\"The Harbour Post\">";
        assertEquals("Cranes Arrive", HtmlText.extract("<title>Cranes Arrive | The Harbour Post</title>" + head).title());
        assertEquals("Cranes Arrive \u2013 The Harbour Post",
                HtmlText.extract("<title>Cranes Arrive \u2013 The Harbour Post</title>").title());
        assertEquals("", HtmlText.extract("<title>The Harbour Post</title>" + head).title(),
                "the bare site name is no headline; the assembler takes one from the text");
    }

    @Test
    void headlineComesFromTheBestSignalNotFromBreadcrumbs() {
        String page = "<html><head><title>World | Harbours | The Harbour Post</title>"
                + "<meta property=\"og:title\" content=\"Harbours | World\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":"
                + "\"Cranes arrive at the \\u201cnorth\\u201d quay\"}</script></head>"
                + "<body><header><h1>The Harbour Post</h1></header><article><h1>Cranes arrive</h1><p>Text.</p></article></body></html>";
        assertEquals("Cranes arrive at the \u201cnorth\u201d quay", HtmlText.extract(page).title());
        String noLd = "<html><head><title>Cranes arrive at the north quay | Harbour Post</title></head>"
                + "<body><header><h1>Harbour Post</h1></header><div class=\"crumbs\">Home / Harbours</div>"
                + "<p>Text of the story.</p></body></html>";
        assertEquals("Cranes arrive at the north quay", HtmlText.extract(noLd).title(),
                "the h1 in the header is the site's logo; the title tag loses its short suffix");
        String h1 = "<html><head><title>Harbour Post</title></head><body><main><h1>Cranes arrive at the north quay"
                + "</h1><p>Text.</p></main></body></html>";
        assertEquals("Cranes arrive at the north quay", HtmlText.extract(h1).title());
    }

    @Test
    void bodyIsUsedWhenTheArticleElementIsTiny() {
        String html = "<body><article>Tiny teaser</article><div><p>" + "Main story text here. ".repeat(20)
                + "</p></div></body>";
        assertTrue(HtmlText.extract(html).text().contains("Main story text here."));
    }

    @Test
    void junkNeverThrows() {
        Random rnd = new Random(5);
        String[] pieces = {"<", ">", "</", "p", "div", "script", "<!--", "-->", "&amp;", "&#x", "\"", "=", " ", "<br>",
            "<article>", "<nav>", "<meta name=date content=", "\n", "é", "<![CDATA[", "<title>"};
        for (int i = 0; i < 1000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = rnd.nextInt(80); k > 0; k--) {
                sb.append(rnd.nextBoolean() ? pieces[rnd.nextInt(pieces.length)] : Character.toString(rnd.nextInt(0x800)));
            }
            HtmlText.Page p = HtmlText.extract(sb.toString());
            assertFalse(p.text().contains("\n\n\n"));
            assertEquals(p.text().strip(), p.text());
        }
    }
}
