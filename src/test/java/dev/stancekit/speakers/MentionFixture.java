package dev.stancekit.speakers;

import dev.stancekit.model.Article;
import dev.stancekit.model.QuoteKind;
import dev.stancekit.model.QuoteSpan;
import dev.stancekit.model.Speaker;
import dev.stancekit.model.Spans;
import dev.stancekit.resources.Resources;

/** Resolves one speaker mention of an invented article with the bundled resources. */
final class MentionFixture {

    private MentionFixture() {
    }

    /** The speaker the bundled resolver finds for the first {@code mention} of {@code text}. */
    static Speaker resolve(String text, String mention) {
        int at = text.indexOf(mention);
        QuoteSpan q = Spans.mention(QuoteSpan.builder(QuoteKind.INDIRECT, "x").span(0, 1).cue("said"), mention, at)
                .build();
        return RegistrySpeakerResolver.create(Resources.bundled()).resolve(q, Article.of("t.txt", text), null);
    }
}
