package dev.stancekit.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stancekit.StanceKit;
import dev.stancekit.model.Article;
import dev.stancekit.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression: the head of a country missing from nationality-words.csv ("Panama President …",
 * "Solomon Islands Prime Minister …") and international rights groups had no side, though both are
 * third parties in US–China news.
 */
class ThirdCountryAndNgoSideTest {

    private static Quote quote(List<Quote> qs, String words) {
        return qs.stream().filter(x -> x.text().contains(words)).findFirst().orElseThrow();
    }

    @Test
    void aLeaderOfAThirdCountryAndARightsGroupSpeakForOther() {
        String text = "Port deal under review\n\nPanama President Elena Duarte said her government would review the port "
                + "contract.\n\nSolomon Islands Prime Minister Peter Kona said the pact would not host a naval base.\n\n"
                + "Human Rights Watch said the vote betrayed the victims.";
        List<Quote> qs = StanceKit.defaults().analyze(Article.of("a.txt", text));
        for (String words : List.of("port contract", "naval base", "betrayed the victims")) {
            Quote q = quote(qs, words);
            assertEquals("other", q.speaker().side(), q.speaker().toString());
        }
    }
}
