package dev.stancekit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

    @Test
    void frontMatterAndMarkupAreRemoved() {
        String md = """
                ---
                title: "Bridge Reopens"
                date: 2022-10-01
                source: Valley Times
                url: https://valley.example/bridge
                ---
                # Bridge Reopens

                ![a photo](img/bridge.jpg)
                The **old** bridge reopened, said the [mayor](https://x.example/mayor), on *Saturday*.

                > "It took too long," one driver said.

                - new lanes
                - wider paths
                ```
                code block fence
                ```
                """;
        MarkdownText.Doc d = MarkdownText.parse(md);
        assertEquals("Bridge Reopens", d.title());
        assertEquals("2022-10-01", d.date());
        assertEquals("Valley Times", d.source());
        assertEquals("https://valley.example/bridge", d.url());
        assertEquals("Bridge Reopens\n\n\nThe old bridge reopened, said the mayor, on Saturday.\n\n"
                + "\"It took too long,\" one driver said.\n\nnew lanes\nwider paths\n\ncode block fence\n\n", d.text());
    }

    @Test
    void plainTextPassesThrough() {
        String t = "A plain story with a * star and 2 * 3 = 6 and a [bracket].";
        assertEquals(t, MarkdownText.parse(t).text());
        assertEquals("", MarkdownText.parse(t).title());
    }
}
