package dev.stancekit.speakers;

import static dev.stancekit.speakers.SideFixture.analyze;
import static dev.stancekit.speakers.SideFixture.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stancekit.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression from a blind real-news set: under the headline "China rejects Japan's radar claims"
 * the bare "The Foreign Ministry" became Japan's, the nearest country word before it, though that
 * word only owned the claims; and "a Foreign Ministry spokesperson" quoted after it had no side,
 * though the ministry quoted just before had one. Invented article.
 */
class OwnedCountryWordTest {

    @Test
    void aCountryThatOwnsANounIsTheBodysCountryOnlyWhenNoOtherCountryStandsBefore() {
        List<Quote> qs = analyze("Chile rejects Peru's harbour claims\n\nSource line 12:30\n\n"
                + "The Foreign Ministry on Sunday demanded that Peru immediately stop its dangerous harassment of fishing boats.");
        Quote q = quote(qs, "immediately stop");
        assertEquals("Chilean Foreign Ministry", q.speaker().canonical(), q.speaker().toString());
    }

    @Test
    void aSpokespersonOfABodyQuotedBeforeTakesThatBodysSide() {
        List<Quote> qs = analyze("Chile rejects Peru's harbour claims\n\nSource line 12:30\n\n"
                + "The Foreign Ministry on Sunday demanded that Peru immediately stop its dangerous harassment of fishing boats.\n\n"
                + "\"Chile does not accept the so-called protest from the Peruvian side,\" a Foreign Ministry spokesperson said.");
        Quote q = quote(qs, "does not accept");
        assertEquals("other", q.speaker().side(), q.speaker().toString());
        List<Quote> other = analyze("Chile rejects Peru's harbour claims\n\nSource line 12:30\n\n"
                + "The Foreign Ministry on Sunday demanded that Peru immediately stop its dangerous harassment of fishing boats.\n\n"
                + "\"We have seen no harassment,\" a Defense Ministry spokesperson said.");
        Quote d = quote(other, "no harassment");
        assertEquals("unknown", d.speaker().side(), d.speaker().toString());
    }
}
