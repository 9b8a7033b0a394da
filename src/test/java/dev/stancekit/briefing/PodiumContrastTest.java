package dev.stancekit.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.Quote;
import dev.stancekit.model.QuoteKind;
import dev.stancekit.model.Speaker;
import dev.stancekit.model.SpeakerType;
import dev.stancekit.model.Tone;
import dev.stancekit.model.ToneLabel;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PodiumContrastTest {

    static final Speaker CN = Speaker.builder().canonical("Ho Lan").type(SpeakerType.PERSON).side("China")
            .inRegistry(true).evidence("registry").build();
    static final Speaker US = Speaker.builder().canonical("Dana Reyes").type(SpeakerType.PERSON).side("US")
            .inRegistry(true).evidence("registry").build();
    static final Speaker XI = Speaker.builder().canonical("Xi Jinping").type(SpeakerType.PERSON).side("China")
            .inRegistry(true).evidence("registry").build();
    static final Speaker OUTLET = Speaker.builder().canonical("Kyodo News").type(SpeakerType.ORGANIZATION)
            .side("unknown").build();

    static Quote q(String id, String day, QuoteKind kind, Speaker s, String theme, double tone, String text, String reply) {
        return Quote.builder().id(id).article(id.substring(0, id.indexOf('#'))).date(LocalDate.parse(day)).kind(kind)
                .text(text).cue("").speakerMention("").speaker(s).themes(theme.isEmpty() ? List.of() : List.of(theme))
                .tone(new Tone(tone, ToneLabel.NEUTRAL, List.of())).span(0, 1).inReplyTo(reply).build();
    }

    static final List<Quote> WEEK = List.of(
            q("cn1#1", "2024-03-04", QuoteKind.QUESTION, OUTLET, "taiwan", -0.9, "What about the arms sale?", ""),
            q("cn1#2", "2024-03-04", QuoteKind.STATEMENT, CN, "taiwan", -0.8, "We firmly oppose the sale.", "cn1#1"),
            q("cn1#3", "2024-03-04", QuoteKind.INDIRECT, XI, "taiwan", 0.9, "the two sides should talk", "cn1#1"),
            q("cn2#1", "2024-03-06", QuoteKind.STATEMENT, CN, "taiwan", -0.2, "Our position is clear.", ""),
            q("us1#1", "2024-03-05", QuoteKind.STATEMENT, US, "taiwan", 0.1, "Our policy has not changed.", ""),
            q("us1#2", "2024-03-05", QuoteKind.STATEMENT, US, "", 0.0, "Thanks, everyone.", ""),
            q("us2#1", "2024-03-12", QuoteKind.STATEMENT, US, "trade", -0.4, "The tariffs stay.", ""));

    @Test
    void statementsPerPeriodThemeAndSide() {
        List<PodiumContrast.Row> rows = PodiumContrast.of(WEEK, d -> d.getDayOfMonth() < 11 ? "w10" : "w11");
        assertEquals(3, rows.size(), rows.toString());
        PodiumContrast.Row cn = rows.get(0);
        assertEquals(List.of("w10", "taiwan", "China"), List.of(cn.period(), cn.theme(), cn.side()));
        assertEquals(2, cn.statements(), "the question and Xi's embedded quote are not the podium's words");
        assertEquals(2, cn.briefings());
        assertEquals(-0.5, cn.meanTone(), 1e-9);
        assertEquals("We firmly oppose the sale.", cn.example());
        assertEquals("What about the arms sale?", cn.asked());
        PodiumContrast.Row us = rows.get(1);
        assertEquals(List.of("w10", "taiwan", "US", "Dana Reyes", "1"),
                List.of(us.period(), us.theme(), us.side(), us.speakers(), String.valueOf(us.statements())));
        assertEquals("", us.asked());
        assertEquals("w11", rows.get(2).period());
        assertTrue(rows.stream().noneMatch(r -> r.example().startsWith("Thanks")), "no theme, no row");
    }
}
