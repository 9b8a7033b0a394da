package dev.stancekit.speakers;

import org.junit.jupiter.api.Test;

/**
 * Regression: the head of a country missing from nationality-words.csv ("Panama President …",
 * "Solomon Islands Prime Minister …") and international rights groups had no side, though both are
 * third parties in US–China news.
 */
class ThirdCountryAndNgoSideTest {

    @Test
    void aLeaderOfAThirdCountryAndARightsGroupSpeakForOther() {
        String text = "Port deal under review\n\nPanama President Elena Duarte said her government would review the port "
                + "contract.\n\nSolomon Islands Prime Minister Peter Kona said the pact would not host a naval base.\n\n"
                + "Human Rights Watch said the vote betrayed the victims.";
        SideFixture.assertSides(text, "other", "port contract", "naval base", "betrayed the victims");
    }
}
