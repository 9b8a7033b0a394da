package dev.stancekit.speakers;

import org.junit.jupiter.api.Test;

/**
 * Regression: members of Congress named with a party tag ("Rep. Ann Lee (R-Ohio)") or described
 * as a party member ("Senator Bo Hart, a Republican from Maine,") had no side, and neither had the
 * regulator's chair named with a US agency missing from the registry.
 */
class CongressMemberSideTest {

    @Test
    void aPartyTagOrAPartyMembershipGivesTheUsSide() {
        String text = "Bill advances\n\nRep. Ann Corliss (R-Ohio), a sponsor of the bill, said the vote would come soon.\n\n"
                + "Senator Bo Hartley, a Republican from Maine and a member of the panel, said the rules were too weak.\n\n"
                + "Securities and Exchange Commission Chair Dana Whitcombe said the audit deadline stands.";
        SideFixture.assertSides(text, "US", "vote would come", "too weak", "deadline stands");
    }

    @Test
    void aLaterMentionWithANationalityGivesAnAnonymousSpeakerItsSide() {
        String text = "Envoy to press allies\n\n“It will be part of our diplomacy,” said a senior official traveling with "
                + "the delegation.\n\nThe official said the talks would resume in May.\n\n“We want calm,” the US official "
                + "added.";
        SideFixture.assertSides(text, "US", "our diplomacy", "resume in May", "We want calm");
    }

    @Test
    void aPartyTagBetweenCommasGivesTheUsSideToo() {
        // the wire style: "Rep. Ann Lee, R-Ohio, said"
        String text = "Bill advances\n\nRep. Ann Corliss, R-Ohio, said the vote would come soon.\n\n"
                + "\"We are close,\" Corliss said.\n\nSen. Bo Hartley, D-N.Y., told reporters the rules were too weak.";
        SideFixture.assertSides(text, "US", "vote would come", "We are close", "too weak");
    }

    @Test
    void aPartyTagWithAFullStopAndACommaGivesTheUsSide() {
        // some papers write "(D., Calif.)"
        String text = "Hearing\n\n\"We are frustrated with the app,\" Rep. Toni Cardell (D., Calif.) told the chief executive.";
        SideFixture.assertSides(text, "US", "frustrated with the app");
    }

    @Test
    void aCongressTitleAloneGivesTheUsSideButANationalityWordWins() {
        String text = "Hack\n\n\"It was the largest breach,\" Sen. Rick Blumer tweeted.\n\n"
                + "\"We are frustrated,\" said Senator Pat Tombs, another sponsor of the bill.";
        SideFixture.assertSides(text, "US", "largest breach", "We are frustrated");
        SideFixture.assertSides("Shoal\n\n\"We are proud of our coast guard,\" said Philippine Senator Risa Honta.",
                "other", "proud of our coast guard");
    }
}
