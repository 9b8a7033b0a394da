package dev.stancekit.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.resources.Resources;
import org.junit.jupiter.api.Test;

class AppositionTest {

    static final Lexicon LEXICON = Lexicon.load(Resources.bundled());
    static final WordKinds WORDS = WordKinds.load(Resources.bundled());
    static final Apposition APP = new Apposition(LEXICON, WORDS,
            Offices.load(Resources.bundled(), LEXICON, WORDS, PersonIndex.load(Resources.bundled())));

    static Evidence around(String text, String name) {
        int at = text.indexOf(name);
        return APP.around(text, at, at + name.length(), null);
    }

    @Test
    void titlesBeforeTheName() {
        Evidence e = around("Talks ended. U.S. Navy Capt. Ann Roe said so.", "Ann Roe");
        assertEquals("US", e.side());
        assertEquals("before name: \"U.S. Navy Capt.\"", e.reason());
        assertNull(around("They met in China. Ann Roe said so.", "Ann Roe"), "a sentence end stops the window");
        assertNull(around("He flew from China, Ann Roe said.", "Ann Roe"), "a comma stops the window");
        assertNull(around("She met with Chinese leaders and Ann Roe said so.", "Ann Roe"));
        assertNull(around("In Washington Ann Roe said so.", "Ann Roe"), "where a speaker speaks is not a side");
        assertEquals("China", around("He met with Chinese Defense Minister Li Ming on Monday.", "Li Ming").side());
        assertEquals("before name: \"Secretary of the U.S. Navy\"",
                around("Secretary of the U.S. Navy Ann Roe said so.", "Ann Roe").reason(), "connectors inside titles are kept");
    }

    @Test
    void appositionAfterTheName() {
        Evidence e = around("Ann Roe, a spokeswoman for the Philippine Coast Guard, said so.", "Ann Roe");
        assertEquals("other", e.side());
        assertEquals("apposition: \"a spokeswoman for the Philippine Coast Guard\"", e.reason());
        assertEquals("China", around("Li Ming (China's deputy envoy) spoke.", "Li Ming").side());
        assertEquals("US", around("Ann Roe, U.S. Army Gen., said so.", "Ann Roe").side());
        assertNull(around("Ann Roe, said the US envoy, left.", "Ann Roe"), "not an apposition");
        assertNull(around("Ann Roe, Li Ming of China and others met.", "Ann Roe"), "a list of names");
        assertNull(around("Ann Roe, the ambassador to China, left.", "Ann Roe"), "China is the target");
        assertNull(around("Ann Roe, who met her Japanese counterpart, left.", "Ann Roe"));
    }

    @Test
    void aPhraseAboutTheWholeClauseIsNoApposition() {
        assertNull(around("The rule was drafted, according to Ann Roe, a step likely to irritate Beijing.", "Ann Roe"));
        assertEquals("other", around("Ann Roe, a political scientist at the Australian National University, said so.",
                "Ann Roe").side());
        assertEquals("China", around("Ann Roe, a Beijing-based military analyst, said so.", "Ann Roe").side());
    }

    @Test
    void outOfRangeSpansGiveNothing() {
        assertNull(APP.around("short", -1, 3, null));
        assertNull(APP.around("short", 2, 99, null));
        assertNull(APP.around("short", 3, 3, null));
    }

    @Test
    void descriptionBeforeTheNameInApposition() {
        Evidence e = around("In Manila, a Pentagon spokeswoman, Ann Roe, declined to comment.", "Ann Roe");
        assertEquals("US", e.side());
        assertEquals("apposition before name: \"a Pentagon spokeswoman\"", e.reason());
        assertEquals("China", around("A Chinese embassy spokesman, Li Ming, said so.", "Li Ming").side());
        assertNull(around("His role was larger than that of the Chinese envoy, Li Ming, said one aide.", "Li Ming"),
                "a description must open its phrase");
        assertNull(around("In Washington, Ann Roe said so.", "Ann Roe"), "a place is no description");
    }

    @Test
    void registeredOrganisationAfterOfAtOrFromIsTheEmployer() {
        Evidence e = around("The delegation, led by Senior Col. Li Ming of the Chinese Ministry of National Defense, "
                + "arrived.", "Li Ming");
        assertEquals("China", e.side(), e.reason());
        assertEquals("US", around("Ann Roe at the State Department said so.", "Ann Roe").side());
        assertNull(around("Ann Roe of Springfield said so.", "Ann Roe"), "a place that is no organisation");
    }

    @Test
    void anOfficeOfOneSideInTheAppositionGivesItsSide() {
        Evidence e = around("Talks ended. Ann Roe, the Indo-Pacific coordinator, said so.", "Ann Roe");
        assertEquals("US", e.side(), e.toString());
    }

    @Test
    void anOfficeAnyCountryOrFirmMayHaveGivesNoSide() {
        assertNull(around("Talks ended. Ann Roe, the foreign minister, said so.", "Ann Roe"));
        assertNull(around("Talks ended. Ann Roe, the chief executive, said so.", "Ann Roe"));
        assertNull(around("Talks ended. Ann Roe, the press secretary, said so.", "Ann Roe"));
        assertNull(around("Talks ended. Ann Roe, the Trade Minister, said so.", "Ann Roe"));
        Evidence e = around("The press secretary, Ann Roe, said so.", "Ann Roe");
        assertTrue(e == null || !"US".equals(e.side()), String.valueOf(e));
    }

    @Test
    void aCountryAfterForInAnOfficeOfOneSideIsItsPortfolio() {
        Evidence e = around("Talks ended. Ann Roe, a deputy assistant secretary of defense for China and Mongolia, said so.",
                "Ann Roe");
        assertEquals("US", e.side(), e.toString());
        Evidence f = around("Talks ended. Ann Roe, a spokesperson for China, said so.", "Ann Roe");
        assertEquals("China", f.side(), f.toString());
        Evidence g = around("Talks ended. Ann Roe, the press secretary for China's embassy in Washington, said so.", "Ann Roe");
        assertEquals("China", g.side(), g.toString());
    }

    @Test
    void aDashStopsTheWindowBeforeTheName() {
        assertNull(around("The talks lasted an hour, according to the U.S. State Department — Li Ming stressed the "
                + "need for calm.", "Li Ming"), "a dash closes the insertion before the name");
        assertEquals("US", around("Talks ended. U.S. Navy Capt. Ann Roe said so.", "Ann Roe").side());
        assertEquals("US", around("Talks ended. U.S.–China Business Council President Ann Roe said so.", "Ann Roe").side(),
                "a dash inside a word is no stop");
    }
}
