package dev.stancekit.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.QuoteSpan.MentionType;
import org.junit.jupiter.api.Test;

class AntecedentTrackerTest {

    /** Resolves the given mentions (each the first occurrence at or after the previous one) in order. */
    private static AntecedentTracker.Resolved[] resolve(String text, String... mentions) {
        Doc d = Fixture.doc(text);
        AntecedentTracker tr = new AntecedentTracker(d, Fixture.LEX);
        AntecedentTracker.Resolved[] out = new AntecedentTracker.Resolved[mentions.length];
        int from = 0;
        for (int k = 0; k < mentions.length; k++) {
            int b = text.indexOf(mentions[k], from);
            int s = d.tokenFrom(b);
            int e = d.tokenFrom(b + mentions[k].length()) - 1;
            out[k] = tr.resolve(s, e);
            from = b + 1;
        }
        return out;
    }

    @Test
    void pronounTakesTheLastPersonSpeaker() {
        AntecedentTracker.Resolved[] r = resolve(
                "Minister Zhou Ping said ties were stable. The ministry said more. He added that talks would go on.",
                "Minister Zhou Ping", "The ministry", "He");
        assertEquals(MentionType.NAME, r[0].type());
        assertEquals("Zhou Ping", r[0].antecedent());
        assertEquals(MentionType.ORGANIZATION, r[1].type());
        assertEquals(MentionType.PRONOUN, r[2].type());
        assertEquals("Zhou Ping", r[2].antecedent());
    }

    @Test
    void aPronounAfterARelativeWordTakesThePersonNamedEarlierInItsSentence() {
        AntecedentTracker.Resolved[] r = resolve("Minister Zhou Ping said ties were stable. Spokesperson Joanne Ou issued "
                + "a statement in which she said the drills were a threat.", "Minister Zhou Ping", "she");
        assertEquals("Joanne Ou", r[1].antecedent());
        // with a he or she before it, the pronoun goes on with the earlier speaker
        r = resolve("Minister Zhou Ping said ties were stable. He said Ann Lee had a plan, which he called weak.",
                "Minister Zhou Ping", "He", "he");
        assertEquals("Zhou Ping", r[2].antecedent());
        // a person right before the relative word, or the object of a verb, is what the clause is about
        r = resolve("Minister Zhou Ping said ties were stable. The president thanked Ann Lee for her report, which he said "
                + "was thorough.", "Minister Zhou Ping", " he ");
        assertEquals("Zhou Ping", r[1].antecedent());
        r = resolve("Minister Zhou Ping said ties were stable. Janet Yellen, who he said had done well, left.",
                "Minister Zhou Ping", " he ");
        assertEquals("Zhou Ping", r[1].antecedent());
    }

    @Test
    void aTitleAfterASentenceWithTwoSuchPeopleTakesItsSubject() {
        AntecedentTracker.Resolved[] r = resolve(
                "Minister Zhou Ping met Minister Ana Ruiz of Chile. The minister said ties were stable.",
                "The minister");
        assertEquals("Zhou Ping", r[0].antecedent());
        r = resolve("Minister Zhou Ping met Minister Ana Ruiz of Chile. Talks ran long. Ruiz left first. "
                + "Reporters waited outside. The minister said ties were stable.", "The minister");
        assertEquals("Ana Ruiz", r[0].antecedent(), "further back, the last one named");
    }

    @Test
    void aDefiniteRoleTakesTheLastSpeakerIntroducedWithIt() {
        AntecedentTracker.Resolved[] r = resolve(
                "Ministry spokesman Zhou Ping spoke first. A Chilean spokesman said the visit went well. "
                        + "Zhou said ties were stable. The spokesman said more talks would follow.",
                "A Chilean spokesman", "Zhou", "The spokesman");
        assertEquals("Zhou Ping", r[2].antecedent());
    }

    @Test
    void aPronounLikeNameWithATitleInAppositionIsNoPronoun() {
        AntecedentTracker.Resolved[] r = resolve(
                "Envoy Tom Greer said talks were useful. He, the vice-premier, told reporters the door was open.",
                "Envoy Tom Greer", "He");
        assertEquals(MentionType.TITLE, r[1].type());
        assertTrue(!r[1].antecedent().contains("Greer"), r[1].antecedent());
    }

    @Test
    void theyTakesTheLastGroup() {
        AntecedentTracker.Resolved[] r = resolve(
                "US officials said the call went well. Kim Su said so too. They said more talks were set.",
                "US officials", "Kim Su", "They");
        assertEquals(MentionType.ANONYMOUS, r[0].type());
        assertEquals("US officials", r[2].antecedent());
    }

    @Test
    void definiteDescriptionTakesTheEarlierIndefiniteOne() {
        AntecedentTracker.Resolved[] r = resolve(
                "A State Department spokeswoman said the call went well. The spokeswoman said more.",
                "A State Department spokeswoman", "The spokeswoman");
        assertEquals("A State Department spokeswoman", r[1].antecedent());
        assertEquals(MentionType.ANONYMOUS, r[1].type());
    }

    @Test
    void sideResolvesToItsSpokesman() {
        AntecedentTracker.Resolved[] r = resolve(
                "A spokesman for the Indian side said the visit was useful. Later the Indian side said more.",
                "A spokesman for the Indian side", "the Indian side");
        assertEquals("A spokesman for the Indian side", r[1].antecedent());
    }

    @Test
    void surnameVariantsWithSharedTitleAreOnePerson() {
        AntecedentTracker.Resolved[] r = resolve(
                "Defense Minister Gao Ming met the envoy. Defense Minister Gao Min said ties improved. Mr. Gao said more.",
                "Defense Minister Gao Min", "Mr. Gao");
        assertEquals("Gao Ming", r[0].antecedent());
        assertEquals("Gao Ming", r[1].antecedent());
    }

    @Test
    void sameSurnameDifferentOfficesStayApart() {
        AntecedentTracker.Resolved[] r = resolve(
                "Foreign Minister Wang Hua met the envoy. Foreign Ministry spokesman Wang Lei said ties improved. "
                        + "Mr. Wang said more.",
                "Foreign Ministry spokesman Wang Lei");
        assertEquals("Wang Lei", r[0].antecedent());
    }

    @Test
    void pronounAfterReportedPeopleTakesTheSubject() {
        AntecedentTracker.Resolved[] r = resolve(
                "The ministry said Gao Lin told Mark Reed that the island was a red line. He also said more.",
                "The ministry", "He");
        assertEquals("Gao Lin", r[1].antecedent());
    }

    @Test
    void unresolvedMentionsStayAsWritten() {
        AntecedentTracker.Resolved[] r = resolve("The person said the agenda was narrow.", "The person");
        assertEquals("The person", r[0].antecedent());
        assertEquals(MentionType.ANONYMOUS, r[0].type());
    }

    @Test
    void placesNamedAfterPeopleAreNoAntecedents() {
        AntecedentTracker.Resolved[] r = resolve(
                "Governor Ana Quiroga spoke on Monday. Ships gathered near George Hawkins Reef and James Bay.\n\n"
                        + "He said the ships would stay.",
                "Governor Ana Quiroga", "He");
        assertEquals("Ana Quiroga", r[1].antecedent());
    }
}
