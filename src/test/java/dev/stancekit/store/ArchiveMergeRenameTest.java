package dev.stancekit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stancekit.model.Article;
import dev.stancekit.model.IngestResult;
import dev.stancekit.model.Quote;
import dev.stancekit.model.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A renamed article keeps every field of its quotes; its answers still point at its questions. */
class ArchiveMergeRenameTest {

    private static Archive.Entry entry(String folder) {
        Article a = Article.builder().id("brief.txt").path(folder + "/brief.txt").title("t").source("").url("")
                .text("").hash(folder).words(2).build();
        Quote question = Quote.builder().id("brief.txt#1").article("brief.txt").kind(QuoteKind.QUESTION)
                .text("Will you?").speakerMention("Q").span(0, 9).build();
        Quote answer = Quote.builder().id("brief.txt#2").article("brief.txt").kind(QuoteKind.STATEMENT)
                .text("We will.").cue("said").speakerMention("MR MILLER").span(10, 18).inReplyTo("brief.txt#1").build();
        return new Archive.Entry("path:" + folder, IngestResult.ok(a), List.of(question, answer), null);
    }

    @Test
    void theSecondArticleWithAnIdIsRenamedWithItsQuotesAndReplies() {
        List<Archive.Entry> out = ArchiveMerge.uniqueIds(List.of(entry("week1"), entry("week2")));
        assertEquals("brief.txt", out.get(0).input().id());
        Archive.Entry renamed = out.get(1);
        assertEquals("week2/brief.txt", renamed.input().id());
        Quote q = renamed.quotes().get(0);
        Quote a = renamed.quotes().get(1);
        assertEquals("week2/brief.txt#1", q.id());
        assertEquals("week2/brief.txt#2", a.id());
        assertEquals("week2/brief.txt", a.article());
        assertEquals("week2/brief.txt#1", a.inReplyTo(), "the answer still replies to its question");
        Quote before = entry("week2").quotes().get(1);
        assertEquals(before.toBuilder().id(a.id()).article(a.article()).inReplyTo(a.inReplyTo()).build(), a,
                "every other field is kept");
    }
}
