package dev.stancekit.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.resources.Resources;
import dev.stancekit.model.Article;
import dev.stancekit.model.Speaker;
import dev.stancekit.model.SpeakerType;
import dev.stancekit.model.QuoteKind;
import dev.stancekit.model.QuoteSpan;
import dev.stancekit.model.QuoteSpan.MentionType;
import dev.stancekit.model.Spans;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The article-level rules: later mentions take the speaker and side of earlier, fuller ones. */
class ArticleSpeakersTest {

    static RegistrySpeakerResolver resolver;

    @BeforeAll
    static void load() {
        resolver = RegistrySpeakerResolver.create(Resources.bundled());
    }

    /**
     * Resolves one quote per mention; each mention is "text as written" or "text as written=antecedent",
     * found in order in the article.
     */
    static List<Speaker> resolveAll(String text, String... mentions) {
        List<QuoteSpan> qs = new ArrayList<>();
        int from = 0;
        for (String m : mentions) {
            String[] parts = m.split("=", 2);
            int at = text.indexOf(parts[0], from);
            assertTrue(at >= 0, "mention not in text: " + parts[0]);
            from = at + parts[0].length();
            String ante = parts.length > 1 ? parts[1] : parts[0];
            MentionType type = parts[0].equalsIgnoreCase("it") || parts[0].equalsIgnoreCase("he")
                    ? MentionType.PRONOUN : MentionType.NAME;
            String sentence = text.substring(Math.max(0, text.lastIndexOf('.', at) + 1),
                    Math.max(text.indexOf('.', from), from));
            qs.add(Spans.mention(QuoteSpan.builder(QuoteKind.INDIRECT, "x").span(from, from + 1)
                    .cue("said"), parts[0], at).antecedent(ante).mentionType(type).context(sentence).build());
        }
        return resolver.resolveAll(qs, Article.of("t", text), null);
    }

    @Test
    void statementSpeaksForTheOrganisationThatIssuedIt() {
        String text = "The China Coast Guard said in a statement that the ships were warned. "
                + "The statement said patrols would go on. It said the crew acted lawfully.";
        List<Speaker> s = resolveAll(text, "The China Coast Guard", "The statement", "It=The statement");
        assertEquals("China Coast Guard", s.get(1).canonical());
        assertEquals("China", s.get(1).side());
        assertTrue(s.get(1).evidence().contains("The statement"), s.get(1).evidence());
        assertEquals("China Coast Guard", s.get(2).canonical());
    }

    @Test
    void anOfficeDescriptionWithACountryInsideIsThePersonNamedEarlierWithAnotherTitleOfThatOffice() {
        String text = "US Secretary of State Ola Brandvik welcomed the vote on Sunday. The partnership will deepen, "
                + "the top US diplomat added.";
        List<Speaker> s = resolveAll(text, "US Secretary of State Ola Brandvik", "the top US diplomat");
        assertEquals("Ola Brandvik", s.get(1).canonical(), s.get(1).toString());
        assertEquals("US", s.get(1).side());
        assertTrue(s.get(1).evidence().contains("the top US diplomat"), s.get(1).evidence());
        s = resolveAll("Japanese Foreign Minister Aiko Sato welcomed the vote on Sunday. The partnership will deepen, "
                + "the top US diplomat added.", "Japanese Foreign Minister Aiko Sato", "the top US diplomat");
        assertTrue(!"Aiko Sato".equals(s.get(1).canonical()), "another country's office: " + s.get(1));
    }

    @Test
    void aDescriptionInTheLeadIsThePersonOfThatSideNamedLaterWithTheSameRole() {
        String text = "A Chinese defense spokesperson on Thursday slammed the report. Lin Baohua, a spokesperson "
                + "for the Ministry of National Defense, made the remarks in Beijing. The report is biased, Lin said.";
        List<Speaker> s = resolveAll(text, "A Chinese defense spokesperson on Thursday",
                "Lin Baohua, a spokesperson for the Ministry of National Defense", "Lin");
        assertEquals("Lin Baohua", s.get(0).canonical(), s.get(0).toString());
        assertTrue(s.get(0).evidence().contains("named later"), s.get(0).evidence());
    }

    /** Guards the later name: a person of that side named first, or one of another role, is kept apart. */
    @Test
    void aDescriptionIsNotALaterPersonOfAnotherRole() {
        String text = "A Chinese defense spokesperson on Thursday slammed the report. Defense Minister Lin Baohua "
                + "said the talks would go on.";
        List<Speaker> s = resolveAll(text, "A Chinese defense spokesperson on Thursday", "Defense Minister Lin Baohua");
        assertTrue(!"Lin Baohua".equals(s.get(0).canonical()), s.get(0).toString());
    }

    @Test
    void aCountryNamedAloneIsOneSpeakerByItsName() {
        String text = "The U.S. announced sanctions on the firms. The United States said they aided the war. "
                + "USA officials disagreed. China said it opposed the move.";
        List<Speaker> s = resolveAll(text, "The U.S.", "The United States", "China");
        assertEquals("United States", s.get(0).canonical(), s.get(0).toString());
        assertEquals("United States", s.get(1).canonical(), s.get(1).toString());
        assertEquals("US", s.get(0).side());
        assertEquals("China", s.get(2).canonical());
    }

    @Test
    void aRoleNounIsNotAnEarlierSpeakerWhereTheWordOnlyModifiesAnotherNoun() {
        String text = "China has refused to criticize the move and its official press has said the root cause lies "
                + "elsewhere. A senior Defense Department official declined to elaborate. It was a good first "
                + "conversation, the official said.";
        List<Speaker> s = resolveAll(text, "its official press", "the official");
        assertTrue(!"its official press".equals(s.get(1).canonical()), s.get(1).toString());
    }

    @Test
    void aStatementIsTheOrganisationNamedAfterItsOwnStatementNotTheEarlierOne() {
        String text = "The vessel sailed north, Taiwan's Ministry of National Defense said in a statement. In its "
                + "statement, the U.S. 7th Fleet identified the ship. The ship was on a routine transit, according to "
                + "the statement.";
        List<Speaker> s = resolveAll(text, "Taiwan's Ministry of National Defense", "the statement");
        assertEquals("US", s.get(1).side(), s.get(1).toString());
    }

    @Test
    void theCountrysBodyIsOfTheCountryQuotedBefore() {
        String text = "China on Thursday said it will fight the tariffs to the end. Our response will go on, the "
                + "country's commerce ministry spokesperson was quoted as saying.";
        List<Speaker> s = resolveAll(text, "China", "the country's commerce ministry spokesperson");
        assertEquals("China", s.get(1).side(), s.get(1).toString());
    }

    @Test
    void readoutPublishedByAnOrganisationSpeaksForIt() {
        String text = "Dong said talks mattered, according to a readout published by China's Ministry of "
                + "National Defense. Washington should stop its patrols, the readout said.";
        List<Speaker> s = resolveAll(text, "Dong", "the readout");
        assertEquals("Chinese Ministry of National Defense", s.get(1).canonical());
        assertEquals("China", s.get(1).side());
    }

    @Test
    void organisationNounIsTheOrganisationNamedBefore() {
        String text = "The US Commerce Department announced the rules on Monday. The department said "
                + "the rules protect security.";
        List<Speaker> s = resolveAll(text, "The US Commerce Department", "The department");
        assertEquals("Commerce Department", s.get(1).canonical());
        assertEquals("US", s.get(1).side());
        assertEquals(SpeakerType.ORGANIZATION, s.get(1).type());
    }

    @Test
    void organisationNounIsTheOrganisationQuotedBeforeNotACountryNearby() {
        String text = "Lisbon's consulate in Macau said the visas were valid. The war in Ukraine came up too. "
                + "The consulate added that more staff would come.";
        List<Speaker> s = resolveAll(text, "Lisbon's consulate in Macau", "The consulate");
        assertEquals(s.get(0).canonical(), s.get(1).canonical());
        assertEquals(s.get(0).side(), s.get(1).side());
    }

    /** Regression (review): a headline with a dash is no dateline; a body line below it still is. */
    @Test
    void aHeadlineWithADashIsNoDateline() {
        Speaker s = resolveAll("China – US talks end in Geneva\n\nMinister Sari Wulandari said exports were stable.",
                "Minister Sari Wulandari").get(0);
        assertEquals("unknown", s.side(), s.toString());
        s = resolveAll("Biden - Xi talks end\n\nJakarta, Harbor Daily – Minister Sari Wulandari said exports were "
                + "stable.", "Minister Sari Wulandari").get(0);
        assertEquals("other", s.side(), s.toString());
    }

    /** Regression (review): another office whose title holds the one named is not it; nor is another side's holder. */
    @Test
    void anOfficeDescriptionIsNotTheHolderOfALongerTitleOrOfAnotherSide() {
        List<Speaker> s = resolveAll("US Deputy Secretary of State Ola Brandvik spoke first. The talks will go on, the "
                + "top US diplomat said.", "US Deputy Secretary of State Ola Brandvik", "the top US diplomat");
        assertTrue(!"Ola Brandvik".equals(s.get(1).canonical()), s.get(1).toString());
        s = resolveAll("Chinese Foreign Minister Wang Yi spoke first. The talks will go on, Japan's top diplomat said.",
                "Chinese Foreign Minister Wang Yi", "Japan's top diplomat");
        assertTrue(!"Wang Yi".equals(s.get(1).canonical()), s.get(1).toString());
    }

    /** Regression (review): the only registered body of a name is not taken when the sentence names a third country. */
    @Test
    void aBodyNamedWithoutItsCountryInASentenceNamingAThirdCountryStaysUnplaced() {
        Speaker s = resolveAll("Thai rice exports rose five percent, the Ministry of Commerce said.",
                "the Ministry of Commerce").get(0);
        assertEquals("unknown", s.side(), s.toString());
    }

    @Test
    void aDatelineInTitleCaseWithItsOutletBeforeOrAfterThePlaceGivesItsSide() {
        for (String dateline : new String[] {"Jakarta, Harbor Daily – ", "HARBOR.CO, Jakarta - ", "Jakarta (Harbor) - "}) {
            String text = "Trade talks stall\n\n" + dateline + "Minister Sari Wulandari said exports were stable.";
            Speaker s = resolveAll(text, "Minister Sari Wulandari").get(0);
            assertEquals("other", s.side(), dateline + ": " + s);
            assertTrue(s.evidence().contains("Jakarta"), s.evidence());
        }
    }

    @Test
    void aDatelineWithThePlaceTheDateAndTheAgencyWithoutADashGivesItsSide() {
        String text = "Trade talks stall\n\nJakarta, Aug. 11 (Harbor) Minister Sari Wulandari said exports were stable.";
        Speaker s = resolveAll(text, "Minister Sari Wulandari").get(0);
        assertEquals("other", s.side(), s.toString());
        assertTrue(s.evidence().contains("Jakarta"), s.evidence());
    }

    @Test
    void aDocumentOrSpokespersonOfTheOnlyRegisteredBodyOfANameTakesItsSide() {
        Speaker s = resolveAll("The tariffs are protectionism, according to a statement from the Ministry of Commerce.",
                "a statement from the Ministry of Commerce").get(0);
        assertEquals("China", s.side(), s.toString());
        s = resolveAll("The measures will hurt firms, a spokesperson for the country's Ministry of Commerce said.",
                "a spokesperson for the country's Ministry of Commerce").get(0);
        assertEquals("China", s.side(), s.toString());
        assertTrue(s.canonical().contains("spokesperson"), "the spokesperson stays the speaker: " + s);
    }

    @Test
    void anAcronymTheArticleSpellsOutIsTheBodyItNames() {
        String text = "TAIPEI (Harbor News) — The Ministry of Foreign Affairs (MOFA) on Monday welcomed the visit. "
                + "The delegation will meet the premier, MOFA said.";
        Speaker s = resolveAll(text, "MOFA said").get(0);
        assertEquals("Ministry of Foreign Affairs", s.canonical(), s.toString());
        assertEquals("other", s.side(), s.toString());
        s = resolveAll("BEIJING (Harbor News) — Lisbon's Ministry of Foreign Affairs (MOFA) welcomed the visit. The sale "
                + "will help, MOFA said.", "MOFA said").get(0);
        assertTrue(!"China".equals(s.side()), "the owner named, not the dateline's country: " + s);
        s = resolveAll("The delegation will meet the premier, MOFA said.", "MOFA said").get(0);
        assertEquals("MOFA", s.canonical(), "no name spelled out: " + s);
    }

    @Test
    void aPersonOfAnUnnamedMinistryTakesTheSideOfTheDateline() {
        String text = "BEIJING, May 2 (Wire) -- Trade Ministry spokesperson Ann Novak said the quotas would stay.";
        Speaker s = resolveAll(text, "Trade Ministry spokesperson Ann Novak").get(0);
        assertEquals("China", s.side(), s.toString());
        assertTrue(s.evidence().contains("BEIJING"), s.evidence());
        s = resolveAll("SEOUL, May 2 (Wire) -- Trade Ministry spokesperson Ann Novak said firms in China were safe.",
                "Trade Ministry spokesperson Ann Novak").get(0);
        assertEquals("other", s.side(), "the dateline's country, not the one the sentence names: " + s);
    }

    @Test
    void anAnonymousSpokespersonOfAnUnnamedMinistryTakesTheSideOfTheDateline() {
        String text = "BEIJING, May 2 (Wire) -- The quotas will stay, a Trade Ministry spokesperson said on Thursday.";
        Speaker s = resolveAll(text, "a Trade Ministry spokesperson").get(0);
        assertEquals("China", s.side(), s.toString());
        assertTrue(s.evidence().contains("BEIJING"), s.evidence());
        s = resolveAll("BEIJING, May 2 (Wire) -- The talks went on.\n\nIn Manila, the quotas will stay, a Trade Ministry spokesperson said.",
                "a Trade Ministry spokesperson").get(0);
        assertEquals("other", s.side(), "the place the sentence opens with, not the dateline: " + s);
    }

    @Test
    void aUsPartyWordGivesTheUsSide() {
        Speaker s = resolveAll("Ohio Republican Dale Ortberg said the shipyards needed more money.",
                "Ohio Republican Dale Ortberg").get(0);
        assertEquals("US", s.side(), s.toString());
        s = resolveAll("House Republicans said the bill would pass in May.", "House Republicans").get(0);
        assertEquals("US", s.side(), s.toString());
        s = resolveAll("Hong Kong democrats said the bill would pass in May.", "Hong Kong democrats").get(0);
        assertTrue(!"US".equals(s.side()), "Hong Kong's democrats are not the US: " + s);
    }

    @Test
    void aPersonWithNoSideEvidenceSpeaksFromTheDateline() {
        Speaker s = resolveAll("TAIPEI, Taiwan (Wire) — Lin Mei-hua opened her shop as usual. Lin Mei-hua said she "
                + "was not worried.", "Lin Mei-hua said=Lin Mei-hua").get(0);
        assertEquals("other", s.side(), s.toString());
        assertTrue(s.evidence().contains("dateline"), s.evidence());
        s = resolveAll("WASHINGTON — Senator Dale Ortberg asked about shipyards. Dale Ortberg said the delays were "
                + "costly.", "Dale Ortberg said=Dale Ortberg").get(0);
        assertEquals("US", s.side(), s.toString());
    }

    @Test
    void roleNounIsTheEarlierSpeakerWithThatRole() {
        String text = "Foreign ministry spokeswoman Lena Varga of Hungary said the visit went well. "
                + "Hungarian officials agreed. The spokesperson said more talks would follow.";
        List<Speaker> s = resolveAll(text, "Foreign ministry spokeswoman Lena Varga=Lena Varga",
                "Hungarian officials", "The spokesperson");
        assertEquals("Lena Varga", s.get(2).canonical());
        assertTrue(s.get(2).evidence().contains("refers to Lena Varga"), s.get(2).evidence());
    }

    @Test
    void roleNounWithOrganisationMatchesOnlyThatOrganisationsSpeaker() {
        String text = "Cmdr. Ann Rowe, a US Pacific Fleet spokeswoman, said the transit was routine. "
                + "Col. Bo Tran, an army spokesman, said nothing. The Pacific Fleet spokeswoman said ships would return.";
        List<Speaker> s = resolveAll(text, "Cmdr. Ann Rowe=Ann Rowe", "Col. Bo Tran=Bo Tran",
                "The Pacific Fleet spokeswoman");
        assertEquals("Ann Rowe", s.get(2).canonical());
        assertEquals("US", s.get(2).side());
    }

    @Test
    void rankAloneRefersToThePersonQuotedJustBefore() {
        String text = "Navy spokesman Ramon Dizon of the Philippine Navy said the boat was hit. The rear admiral said "
                + "missions would continue.";
        List<Speaker> s = resolveAll(text, "Navy spokesman Ramon Dizon=Ramon Dizon", "The rear admiral");
        assertEquals("Ramon Dizon", s.get(1).canonical());
    }

    @Test
    void anotherOfficialTakesTheSideOfTheFirst() {
        String text = "A US defense official said the call was useful. A second official said talks would resume.";
        List<Speaker> s = resolveAll(text, "A US defense official", "A second official");
        assertEquals("US", s.get(1).side());
        assertTrue(s.get(1).evidence().contains("after"), s.get(1).evidence());
    }

    @Test
    void unqualifiedOrganisationNounInAnonymousMentionGivesTheSide() {
        String text = "China's Foreign Ministry lodged a protest on Sunday. A ministry spokesperson said the "
                + "speech was wrong.";
        List<Speaker> s = resolveAll(text, "China's Foreign Ministry", "A ministry spokesperson");
        assertEquals("China", s.get(1).side());
    }

    @Test
    void laterMentionInheritsTheSideOfTheFirstFullMention() {
        String text = "Zoltan Kis, a researcher at a Shanghai think tank, said the talks were useful. "
                + "Kis said more would follow.";
        List<Speaker> s = resolveAll(text, "Zoltan Kis", "Kis");
        assertEquals("China", s.get(0).side());
        assertEquals("Zoltan Kis", s.get(1).canonical());
        assertEquals("China", s.get(1).side());
    }

    @Test
    void timePhraseAfterTheSpeakerIsNotTheSpeaker() {
        String text = "China's Commerce Ministry on Thursday said it approved some licences.";
        List<Speaker> s = resolveAll(text, "China's Commerce Ministry on Thursday");
        assertEquals("Chinese Ministry of Commerce", s.get(0).canonical());
    }

    @Test
    void countryBeforeARegisteredOrganisationIsTheSameOrganisation() {
        String text = "China's Southern Theater Command said its aircraft expelled the plane.";
        List<Speaker> s = resolveAll(text, "China's Southern Theater Command");
        assertEquals("PLA Southern Theater Command", s.get(0).canonical());
        assertEquals("China", s.get(0).side());
    }

    @Test
    void unrelatedSpeakersKeepUnknownSide() {
        String text = "Zoltan Kis said the talks were useful. Mr. Ambrus said more would follow.";
        List<Speaker> s = resolveAll(text, "Zoltan Kis", "Mr. Ambrus");
        assertEquals(Speaker.UNKNOWN_SIDE, s.get(0).side());
        assertEquals(Speaker.UNKNOWN_SIDE, s.get(1).side());
    }

    @Test
    void documentSpeaksForTheOwnerOrSideItNames() {
        String text = "Defense Secretary Pete Hegseth spoke with Defense Minister Dong Jun on Tuesday. "
                + "Hegseth urged open channels, the Pentagon's readout said. Dong warned against provocations "
                + "near Taiwan, the Chinese readout said. The two sides would keep talking, the readout said. "
                + "A White House statement said the call was useful.";
        List<Speaker> s = resolveAll(text, "Hegseth", "the Pentagon's readout", "the Chinese readout",
                "the readout", "A White House statement");
        assertEquals("Pentagon", s.get(1).canonical());
        assertEquals("US", s.get(1).side());
        assertEquals("China", s.get(2).side(), s.get(2).evidence());
        assertEquals("China", s.get(3).side(), "the readout is the Chinese one named just before");
        assertEquals("White House", s.get(4).canonical());
        assertEquals("US", s.get(4).side());
    }

    @Test
    void sidedDocumentIsTheOrganisationWhoseDocumentTheArticleNamedLast() {
        String text = "In a Chinese Ministry of Foreign Affairs readout of the call, the two leaders were said to "
                + "have talked for an hour. The two sides should manage their differences, the Chinese statement said.";
        List<Speaker> s = resolveAll(text, "the Chinese statement");
        assertEquals("China", s.get(0).side());
        assertEquals("Chinese Foreign Ministry", s.get(0).canonical(), s.get(0).evidence());
    }

    @Test
    void theSpokespersonIsTheOneWithTheBodyNamedInAPhraseAfterTheRole() {
        String text = "BEIJING, April 8 - China will take countermeasures, the commerce ministry said. "
                + "The comments were made by a spokesperson with the Ministry of Commerce after the new tariffs. "
                + "The tariffs are groundless, the spokesperson said.";
        List<Speaker> s = resolveAll(text, "the commerce ministry", "the spokesperson");
        assertEquals("China", s.get(1).side(), s.get(1).evidence());
    }

    @Test
    void documentWithAnotherCountrysWordIsNotTheMinistryNamedBefore() {
        String text = "The Chinese foreign ministry said it protested. A ministry spokesperson said the "
                + "drills were provocative. The two ministers agreed to buy more missiles, according to a "
                + "Japanese defence ministry statement.";
        List<Speaker> s = resolveAll(text, "The Chinese foreign ministry", "A ministry spokesperson",
                "a Japanese defence ministry statement=A ministry spokesperson");
        assertEquals("China", s.get(1).side());
        assertEquals("other", s.get(2).side(), s.get(2).evidence());
    }

    @Test
    void capitalisedDocumentWordEndsAName() {
        String text = "The vote was close, The Harbor Post reported on Monday.";
        List<Speaker> s = resolveAll(text, "The Harbor Post");
        assertEquals("Harbor Post", s.get(0).canonical());
    }

    @Test
    void administrationOfficialWithNoCountryIsAmerican() {
        String text = "A senior administration official said the talks would go on. The official said "
                + "allies had been told. Taiwan's Lai administration officials said they were consulted.";
        List<Speaker> s = resolveAll(text, "A senior administration official", "The official",
                "Taiwan's Lai administration officials");
        assertEquals("US", s.get(0).side(), s.get(0).evidence());
        assertEquals("US", s.get(1).side(), s.get(1).evidence());
        assertEquals("other", s.get(2).side(), s.get(2).evidence());
    }

    @Test
    void defenseOfficialWithNoCountryIsAmericanAndWithOneKeepsIt() {
        String text = "A senior defense official said the talks would go on. A senior Philippine defense official "
                + "said Manila was consulted.";
        List<Speaker> s = resolveAll(text, "A senior defense official", "A senior Philippine defense official");
        assertEquals("US", s.get(0).side(), s.get(0).evidence());
        assertEquals("other", s.get(1).side(), s.get(1).evidence());
    }

    @Test
    void bareMinistryIsTheDatelinesNotATargetCountrys() {
        String text = "BEIJING, Dec 27, 2026 (Reuters) - China imposed sanctions over a new arms sale to Taiwan.\n\n"
                + "The commerce ministry said the firms would be listed. The ministry said the US should stop.";
        List<Speaker> s = resolveAll(text, "The commerce ministry", "The ministry");
        assertEquals("China", s.get(0).side(), s.get(0).evidence());
        assertEquals("China", s.get(1).side(), "a country after the verb is what the ministry speaks of");
        String noDateline = "Vietnam protested on Monday, according to a Vietnamese account. Hanoi told "
                + "Washington to stay out.\n\nThe foreign ministry said the patrols must end.";
        assertEquals("other", resolveAll(noDateline, "The foreign ministry").get(0).side());
    }

    @Test
    void bareEmbassyBelongsToTheCountryOfTheSentenceBefore() {
        String text = "MANILA, June 17, 2026 (Reuters) - A boat was rammed.\n\nThe U.S. ambassador to Manila, "
                + "Ann Roe, said Washington condemned the move. The embassy said the United States stood with its ally.";
        List<Speaker> s = resolveAll(text, "The embassy");
        assertEquals("US", s.get(0).side(), s.get(0).evidence());
    }

    @Test
    void anOfficialRightAfterOfficialsOfASideIsOneOfThem() {
        String text = "Chinese officials said the drills had ended. An official said the ships went home. "
                + "Zoltan Kis said the talks were useful. An analyst said little.";
        List<Speaker> s = resolveAll(text, "Chinese officials", "An official", "Zoltan Kis", "An analyst");
        assertEquals("China", s.get(1).side(), s.get(1).evidence());
        // no group of analysts before: a commentator, which since 2026-12-05 takes the side of an
        // article whose quotes of a known side are all Chinese (ArticleMainSideTest)
        assertEquals("China", s.get(3).side(), s.get(3).evidence());
        assertTrue(s.get(3).evidence().startsWith("commentator"), s.get(3).evidence());
    }

    @Test
    void aCollectiveSideIsNeverAnEarlierPerson() {
        String text = "Foreign Minister Wang Yi held talks with Secretary of State Antony Blinken at the request of "
                + "the U.S. side. Blinken said the United States wants open channels. "
                + "The Chinese side expressed its firm opposition to the sanctions.";
        List<Speaker> s = resolveAll(text, "Blinken", "The Chinese side");
        assertEquals("Antony Blinken", s.get(0).canonical());
        assertTrue(!s.get(1).canonical().contains("Blinken"), s.get(1).canonical());
        assertEquals("China", s.get(1).side(), s.get(1).evidence());
    }

    @Test
    void aBodyNamedWithoutItsCountryIsTheRegisteredOneOfTheDatelinesSide() {
        Speaker s = resolveAll("BEIJING (Wire) — The Ministry of National Defense said the drills were routine.",
                "The Ministry of National Defense").get(0);
        assertEquals("Chinese Ministry of National Defense", s.canonical(), s.toString());
        assertEquals("China", s.side());
        s = resolveAll("MANILA (Wire) — The Department of National Defense said it welcomed the talks.",
                "The Department of National Defense").get(0);
        assertEquals("Philippine Department of National Defense", s.canonical(), s.toString());
        assertEquals("other", s.side());
    }

    @Test
    void aBodyNamedWithoutItsCountryWithNoPlaceIsTheOnlyRegisteredBodyOfThatName() {
        String text = "Exports of chips will be reviewed, the Ministry of Commerce said on Monday. The ministry said "
                + "it would respond.";
        List<Speaker> s = resolveAll(text, "the Ministry of Commerce", "The ministry");
        assertEquals("Chinese Ministry of Commerce", s.get(0).canonical(), s.get(0).toString());
        assertEquals("China", s.get(0).side());
        assertEquals("China", s.get(1).side());
    }

    @Test
    void aBodyNamedWithoutItsCountryKeepsNoSideWithoutADateline() {
        Speaker s = resolveAll("The Ministry of National Defense said the drills were routine.",
                "The Ministry of National Defense").get(0);
        assertEquals(Speaker.UNKNOWN_SIDE, s.side(), s.toString());
    }

    @Test
    void anOfficeTitleInsideAPersonsTitleGivesTheOfficesSide() {
        Speaker s = resolveAll("TAIPEI (Wire) — Deputy Assistant Secretary of State Dana Whitfield said the rules were narrow.",
                "Deputy Assistant Secretary of State Dana Whitfield").get(0);
        assertEquals("US", s.side(), s.toString());
        assertTrue(s.evidence().contains("office title"), s.evidence());
        s = resolveAll("TAIPEI (Wire) — Commerce Undersecretary Dana Whitfield said the rules were narrow.",
                "Commerce Undersecretary Dana Whitfield").get(0);
        assertEquals("US", s.side(), s.toString());
    }

    @Test
    void aForeignMinistrySpokespersonWithoutACountryIsNoOneCountrysOffice() {
        Speaker s = resolveAll("A Foreign Ministry spokesperson said the ferry talks would resume.",
                "A Foreign Ministry spokesperson").get(0);
        assertEquals(Speaker.UNKNOWN_SIDE, s.side(), s.toString());
        assertEquals("Foreign Ministry spokesperson", s.canonical(), s.toString());
        s = resolveAll("The Ministry of National Defense said the drills were routine.", "The Ministry of National Defense").get(0);
        assertEquals("Ministry of National Defense", s.canonical(), s.toString());
        s = resolveAll("A Chinese Foreign Ministry spokesperson criticized the sale. Later, a Foreign Ministry spokesperson "
                + "said the talks would resume.", "a Foreign Ministry spokesperson").get(0);
        assertEquals("China", s.side(), s.toString());
    }

    @Test
    void aSurnameSharedByRegisteredPeopleOfOneSideGivesThatSideButNoIdentity() {
        // the registry holds several Sullivans, every one of them US
        Speaker s = resolveAll("The channels must stay open, Sullivan said on Sunday.", "Sullivan").get(0);
        assertEquals("US", s.side(), s.toString());
        assertEquals("Sullivan", s.canonical(), s.toString());
        assertTrue(s.evidence().contains("every registered person"), s.evidence());
    }

    @Test
    void theEditorialIsTheNewspaperThatPublishedIt() {
        String text = "In an editorial published on Sunday, the Global Times said the deployment was a mistake. "
                + "The editorial said the region wanted calm.";
        List<Speaker> s = resolveAll(text, "the Global Times", "The editorial");
        assertEquals("Global Times", s.get(1).canonical(), s.get(1).toString());
        assertEquals("China", s.get(1).side());
    }

    @Test
    void aPlaceOpeningTheSentencePlacesABodyNamedWithoutItsCountry() {
        Speaker s = resolveAll("HONOLULU (Wire) — The talks ended. In Manila, the Department of National Defense said it "
                + "welcomed the talks.", "the Department of National Defense").get(0);
        assertEquals("Philippine Department of National Defense", s.canonical(), s.toString());
        assertEquals("other", s.side());
    }

    @Test
    void aBodyAfterAPlaceNameIsAnOrganisation() {
        Speaker s = resolveAll("HANOI (Wire) — The Quang Ngai provincial border guard said the crew was beaten.",
                "The Quang Ngai provincial border guard").get(0);
        assertEquals(SpeakerType.ORGANIZATION, s.type(), s.toString());
        assertEquals("other", s.side());
    }

    @Test
    void aThirdCountrysGovernmentIsOtherNotTheNearestCountryWord() {
        Speaker s = resolveAll("Americans were told about the plot. In the wake of the coup attempt, the Turkish government "
                + "declared that the banker was a leader of the plot.", "the Turkish government").get(0);
        assertEquals("other", s.side(), s.toString());
    }

    @Test
    void aCommonNounIsNoOutletNamedWithTheSameWordInCapitals() {
        Speaker s = resolveAll("Ann Lee wrote a study of the 2001 collision. The paper said the crews had no common rules.",
                "The paper").get(0);
        assertTrue(!"China".equals(s.side()), "'The paper' is not the Chinese outlet The Paper: " + s);
    }

    @Test
    void aDatelineEndingInAColonPlacesAMinisterTheArticleDoesNotPlaceOtherwise() {
        Speaker s = resolveAll("KUALA LUMPUR: The country will stay neutral in the dispute, says Deputy Foreign Minister "
                + "Datuk Harun Salleh.", "Deputy Foreign Minister Datuk Harun Salleh").get(0);
        assertEquals("other", s.side(), s.toString());
    }

    @Test
    void aRegisteredPersonWrittenWithAMiddleNameIsStillThatPerson() {
        Speaker s = resolveAll("BEIJING, Nov. 6 -- The two ministers spoke by telephone. Mark Thomas Esper said the talks "
                + "were useful.", "Mark Thomas Esper").get(0);
        assertEquals("Mark Esper", s.canonical(), s.toString());
        assertEquals("US", s.side());
    }

    @Test
    void theNationalityAndRoleRightAfterAnOfficeHoldersQuoteNameThatPersonAndGiveTheSide() {
        List<Speaker> s = resolveAll("Trade Minister Le Van Binh said the duties would hurt exporters. "
                + "According to the Vietnamese official, the country has acted to protect its steel.",
                "Trade Minister Le Van Binh", "the Vietnamese official");
        assertEquals("Le Van Binh", s.get(1).canonical(), s.get(1).toString());
        assertEquals("other", s.get(1).side());
        assertEquals("other", s.get(0).side(), "every country has a trade minister: the title alone is not China's");
    }

    @Test
    void theCountrysMinistryIsNamedWithTheCountryNotWithTheWordCountry() {
        Speaker s = resolveAll("China hit back with duties of its own, the country’s foreign ministry said.",
                "the country’s foreign ministry").get(0);
        assertEquals("Chinese foreign ministry", s.canonical(), s.toString());
        assertEquals("China", s.side());
    }

    @Test
    void aHeadlineInTitleCaseGivesNoFullerName() {
        Speaker s = resolveAll("Dana Ruiz Defends Herself Against Claims She Lied\n\nFormer senator Dana Ruiz said on Sunday "
                + "that the claims were false. Ruiz said she would sue.", "Former senator Dana Ruiz", "Ruiz").get(1);
        assertEquals("Dana Ruiz", s.canonical(), s.toString());
    }

    @Test
    void aDocumentOwnedByABareOrganisationNounSpeaksForTheOrganisationNamedEarlier() {
        String text = "China’s Foreign Ministry on Friday announced countermeasures against seven firms. "
                + "Recently, the US announced another arms package. These moves violate the one-China principle, "
                + "according to the Foreign Ministry’s announcement.";
        List<Speaker> s = resolveAll(text, "China’s Foreign Ministry", "the US", "the Foreign Ministry’s announcement");
        assertEquals("China", s.get(2).side(), s.get(2).toString());
        assertEquals("Chinese Foreign Ministry", s.get(2).canonical());
    }

    @Test
    void aCountryWordThatIsAPersonsSurnameStaysInTheNameAndGivesNoSide() {
        String text = "Representative Steve Israel said the bill would pass. Israel added that the vote was close.";
        List<Speaker> s = resolveAll(text, "Representative Steve Israel", "Israel=Representative Steve Israel");
        assertEquals("Steve Israel", s.get(0).canonical());
        assertTrue(!"other".equals(s.get(0).side()), s.get(0).toString());
        assertEquals("Steve Israel", s.get(1).canonical());
    }

    @Test
    void aPossessivePronounIsNoName() {
        String text = "Senator Ann Ode spoke in Ohio on Monday. His campaign said the senator would return next week. "
                + "Both candidates said the debate was fair.";
        List<Speaker> s = resolveAll(text, "His campaign", "Both candidates");
        assertEquals("His campaign", s.get(0).canonical());
        assertEquals("candidates", s.get(1).canonical());
    }

    @Test
    void aRelativeClauseOnWhatAPersonDidGivesNoUsOrChinaSide() {
        String text = "Ann Roe, who warned on Saturday that China was preparing for war, said allies must spend more.";
        List<Speaker> s = resolveAll(text, "Ann Roe");
        assertEquals(Speaker.UNKNOWN_SIDE, s.get(0).side(), s.get(0).toString());
        String is = "Ann Roe, who is China's ambassador to the island, said the talks would go on.";
        assertEquals("China", resolveAll(is, "Ann Roe").get(0).side(), "who is: an affiliation");
    }

    @Test
    void aDepartmentSpokespersonOfAnotherCountryIsNoStateDepartmentSpokesperson() {
        String text = "Foreign affairs department spokesperson Ana Cruz said the protest was filed.";
        List<Speaker> s = resolveAll(text, "Foreign affairs department spokesperson Ana Cruz");
        assertEquals("Ana Cruz", s.get(0).canonical());
        assertTrue(!"US".equals(s.get(0).side()), s.get(0).toString());
    }

    @Test
    void anEpithetBeforeTheRoleStillPointsBackToThePersonNamedEarlier() {
        String text = "Adm. Ana Ode, commander of the Southern Fleet, told senators the patrols would go on. "
                + "The four-star admiral said the risk was real. The veteran commander said the fleet was ready. "
                + "The incoming commander said the drills would go on.";
        List<Speaker> s = resolveAll(text, "Adm. Ana Ode", "The four-star admiral", "The veteran commander",
                "The incoming commander");
        assertEquals("Ana Ode", s.get(1).canonical(), s.get(1).evidence());
        assertEquals("Ana Ode", s.get(2).canonical(), s.get(2).evidence());
        assertTrue(!"Ana Ode".equals(s.get(3).canonical()), "an incoming commander is another holder: " + s.get(3).evidence());
    }
}
