package dev.stancekit.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.Speaker;
import dev.stancekit.model.SpeakerType;
import dev.stancekit.resources.Resources;
import dev.stancekit.model.Article;
import dev.stancekit.nlp.AnnotatedText;
import dev.stancekit.nlp.Sentence;
import dev.stancekit.model.QuoteKind;
import dev.stancekit.model.QuoteSpan;
import dev.stancekit.model.QuoteSpan.MentionType;
import dev.stancekit.model.Spans;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistrySpeakerResolverTest {

    static RegistrySpeakerResolver resolver;

    @BeforeAll
    static void load() {
        resolver = RegistrySpeakerResolver.create(Resources.bundled());
    }

    /** Resolves a speaker whose antecedent is {@code antecedent} and mention the first {@code mention} in text. */
    static Speaker resolve(RegistrySpeakerResolver r, String text, String mention, String antecedent,
                           MentionType type) {
        int at = mention.isEmpty() ? -1 : text.indexOf(mention);
        QuoteSpan q = Spans.mention(QuoteSpan.builder(QuoteKind.INDIRECT, "x").span(0, 1).cue("said"), mention, at)
                .antecedent(antecedent).mentionType(type).build();
        return r.resolve(q, Article.of("t", text), null);
    }

    static Speaker resolve(String text, String mention, String antecedent) {
        return resolve(resolver, text, mention, antecedent, MentionType.NAME);
    }

    static Speaker resolve(String text, String mention) {
        return resolve(text, mention, mention);
    }

    @Test
    void registryHasEnoughPeople() {
        assertTrue(resolver.registeredPeople() >= 80, "registry size " + resolver.registeredPeople());
    }

    @Test
    void aSurnameIsTheRegisteredPersonWhoseNameTheArticleWritesWithAMiddleName() {
        String text = "The minister called Dr. Mark Thomas Esper on Tuesday. Dr. Esper said the call was useful.";
        Speaker s = resolve(text, "Dr. Esper");
        assertEquals("Mark Esper", s.canonical(), s.toString());
        assertEquals("US", s.side());
    }

    @Test
    void aNewsOutletSpeakingAsItselfHasItsHomeCountrysSideAndStateMediaKeepTheirs() {
        // annotators of the blind US-China sets gave US papers US (32 of 32) and Reuters, the FT and the BBC other
        String text = "The Wall Street Journal reported that the talks had stalled.";
        Speaker wsj = resolve(text, "The Wall Street Journal");
        assertEquals("The Wall Street Journal", wsj.canonical());
        assertEquals(SpeakerType.ORGANIZATION, wsj.type());
        assertEquals("US", wsj.side(), wsj.toString());
        assertEquals("other", resolve("Reuters reported that the talks had stalled.", "Reuters").side());
        assertEquals("China", resolve("Global Times said the drills would go on.", "Global Times").side());
        assertEquals("unknown", resolve("The paper said the drills would go on.", "The paper").side(),
                "a newspaper not named is no outlet of the list");
    }

    @Test
    void aCompanyHasItsHomeCountrysSide() {
        // its people speak for their employer, as annotators of news give it
        Speaker nvidia = resolve("Chip designer Nvidia Corp said it was told to stop exports.", "chip designer Nvidia Corp");
        assertEquals("US", nvidia.side());
        Speaker huawei = resolve("Huawei said it would appeal the ruling.", "Huawei");
        assertEquals("China", huawei.side());
        assertEquals("other", resolve("TSMC said it would build the plant.", "TSMC").side());
        assertEquals(SpeakerType.ORGANIZATION, huawei.type());
        assertEquals("China", resolve("Sinopec said it would cut imports.", "Sinopec").side());
    }

    @Test
    void fullAliasWithTitlesAndTransliterations() {
        String text = "Mr. Ngụy Phượng Hòa spoke first. Later Minister Dong Quan said talks were useful.";
        Speaker wei = resolve(text, "Mr. Ngụy Phượng Hòa");
        assertEquals("Wei Fenghe", wei.canonical());
        assertEquals("China", wei.side());
        assertEquals(SpeakerType.PERSON, wei.type());
        assertTrue(wei.inRegistry());
        assertEquals("registry", wei.evidence());
        assertEquals("Dong Jun", resolve(text, "Minister Dong Quan").canonical());
        assertEquals("Wei Fenghe", resolve(text, "Nguy Phuong Hoa").canonical());
        assertEquals("Lloyd Austin", resolve("x", "U.S. Secretary of Defense Lloyd J. Austin III").canonical());
        assertEquals("Antony Blinken", resolve("x", "Secretary of State Tony Blinken").canonical());
        assertEquals("Gen Nakatani", resolve("x", "Defense Minister Gen Nakatani").canonical());
    }

    @Test
    void surnameMatchesOnlyPeopleNamedInTheArticle() {
        String named = "Defense Minister Dong Jun met his guest. Mr. Dong said the visit mattered.";
        Speaker dong = resolve(named, "Mr. Dong");
        assertEquals("Dong Jun", dong.canonical());
        assertTrue(dong.inRegistry());

        Speaker alone = resolve("Mr. Dong said the visit mattered.", "Mr. Dong");
        assertEquals("Dong", alone.canonical());
        assertFalse(alone.inRegistry());
        assertEquals(Speaker.UNKNOWN_SIDE, alone.side());

        Speaker titled = resolve("President Biden said the call went well.", "President Biden");
        assertEquals("Joe Biden", titled.canonical(), "a unique surname whose role agrees with the title");
        assertEquals("US", titled.side());
        assertEquals("Dong Jun", resolve("x", "Defence Minister Dong").canonical());
        assertEquals("Kamala Harris", resolve("x", "former Vice President Harris").canonical());
        assertFalse(resolve("x", "Vice President Xi").inRegistry());
        assertFalse(resolve("x", "Mr. Blinken").inRegistry(), "an honorific alone is not a title");
        assertFalse(resolve("x", "Foreign Minister Dong").inRegistry(), "the title must agree with the role");
        assertFalse(resolve("x", "Minister Li").inRegistry(), "several registered Li");

        String two = "Li Qiang and Li Shangfu arrived together. Li said the talks were frank.";
        assertFalse(resolve(two, "Li").inRegistry(), "ambiguous surname must not pick one person");
    }

    @Test
    void organizationsAndCapitals() {
        Speaker pentagon = resolve(resolver, "The Pentagon said so.", "The Pentagon", "The Pentagon",
                MentionType.ORGANIZATION);
        assertEquals("Pentagon", pentagon.canonical());
        assertEquals(SpeakerType.ORGANIZATION, pentagon.type());
        assertEquals("US", pentagon.side());
        assertTrue(pentagon.inRegistry());
        assertEquals("China", resolve("Beijing warned on Monday.", "Beijing").side());
        assertEquals("US", resolve("Washington replied.", "Washington").side());
        assertEquals("other", resolve("Manila protested.", "Manila").side());
        assertEquals("Pentagon", resolve("x", "the Defense Department").canonical());
    }

    @Test
    void nationalityWordInMention() {
        Speaker s = resolve("Chinese Lt. Gen. Zhao Minghui said the drills were routine.",
                "Chinese Lt. Gen. Zhao Minghui");
        assertEquals("Zhao Minghui", s.canonical());
        assertEquals(SpeakerType.PERSON, s.type());
        assertEquals("China", s.side());
        assertFalse(s.inRegistry());
        assertEquals("nationality word \"Chinese\" in mention", s.evidence());
    }

    @Test
    void anonymousMentionsKeepSideAndRole() {
        Speaker us = resolve(resolver, "A US spokesperson said the call was useful.", "A US spokesperson",
                "A US spokesperson", MentionType.ANONYMOUS);
        assertEquals("US spokesperson", us.canonical());
        assertEquals(SpeakerType.ANONYMOUS, us.type());
        assertEquals("US", us.side());

        Speaker cn = resolve("A spokesman for the Chinese side said both sides were candid.",
                "A spokesman for the Chinese side");
        assertEquals("Chinese spokesman", cn.canonical());
        assertEquals("China", cn.side());
        assertEquals(SpeakerType.ANONYMOUS, cn.type());

        Speaker officials = resolve("Several American officials said talks would resume.",
                "Several American officials");
        assertEquals("American officials", officials.canonical());
        assertEquals("US", officials.side());

        Speaker envoy = resolve("Chinese envoy for Eurasian Affairs said the plan was fair.",
                "Chinese envoy for Eurasian Affairs");
        assertEquals("China", envoy.side());
        assertEquals(SpeakerType.ANONYMOUS, envoy.type(), "words after 'for' are not a personal name");
    }

    @Test
    void registeredOrganizationInMention() {
        Speaker nsc = resolve("A National Security Council spokesman said no date was set.",
                "A National Security Council spokesman");
        assertEquals("National Security Council spokesman", nsc.canonical());
        assertEquals("US", nsc.side());
        assertEquals("registry organization: National Security Council", nsc.evidence());

        Speaker person = resolve("Defense Department spokesman Tom Harlow said the ship left.",
                "Defense Department spokesman Tom Harlow");
        assertEquals("Tom Harlow", person.canonical());
        assertEquals(SpeakerType.PERSON, person.type());
        assertEquals("US", person.side());
        assertEquals("registry organization: Pentagon", person.evidence());

        Speaker coast = resolve("x", "a spokesperson for the Philippine Coast Guard");
        assertEquals("Philippine Coast Guard spokesperson", coast.canonical());
        assertEquals("other", coast.side());
    }

    @Test
    void appositionAfterName() {
        String text = "Chen Liwei, an official at a Shanghai trade office, said the meeting was overdue.";
        Speaker s = resolve(text, "Chen Liwei");
        assertEquals("China", s.side());
        assertEquals("apposition: \"an official at a Shanghai trade office\"", s.evidence());

        String who = "Mr. Tran Quoc Binh, who became Vietnam's deputy defence minister in 2022, said the patrol was lawful.";
        Speaker v = resolve(who, "Mr. Tran Quoc Binh");
        assertEquals("Tran Quoc Binh", v.canonical());
        assertEquals("other", v.side());
        assertTrue(v.evidence().startsWith("apposition: \"who became Vietnam"), v.evidence());
    }

    @Test
    void analystsAndFormerOfficialsTakeTheSideOfTheirEvidence() {
        String text = "Olga Brandt, a lecturer and senior fellow at a Berlin institute, said the tariffs would bite.\n"
                + "Pavel Rusu, who served as a Chinese trade attache, said talks were stuck.\n"
                + "Ruth Amsel, a researcher at a Washington think tank, said the talks would resume.";
        Speaker brandt = resolve(text, "Olga Brandt");
        assertEquals("other", brandt.side(), "a fellow at a third-country institute is a third party");
        assertTrue(brandt.evidence().contains("Berlin"), brandt.evidence());
        Speaker kaur = resolve("Mira Kaur, a senior fellow at a shipping institute, said the lanes were open.", "Mira Kaur");
        assertEquals("other", kaur.side(), "a commentator with no US or China tie is a third party");
        assertTrue(kaur.evidence().startsWith("commentator"), kaur.evidence());
        assertEquals("unknown", resolve("Ilse Marek said the talks would resume.", "Ilse Marek").side(),
                "nothing in the article: unknown");
        assertEquals("China", resolve(text, "Pavel Rusu").side());
        Speaker amsel = resolve(text, "Ruth Amsel");
        assertEquals("US", amsel.side());
        assertTrue(amsel.evidence().startsWith("apposition"), amsel.evidence());
        assertEquals("China", resolve("x", "two retired Chinese generals").side());
        assertEquals("US", resolve("x", "former US officials").side());
        assertEquals("China", resolve("x", "Shanghai economists").side());
        assertEquals("China", resolve("x", "Shanghai officials").side());
    }

    @Test
    void userRowsOfKindIndependentMakeSuchVoicesOther(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("speaker-words.csv"), "word,kind\nanalyst,independent\nformer,independent\n");
        RegistrySpeakerResolver own = RegistrySpeakerResolver.create(Resources.overlay(dir));
        String text = "Li Wen, an analyst at a Shanghai think tank, said the visit mattered.";
        Speaker li = resolve(own, text, "Li Wen", "Li Wen", MentionType.NAME);
        assertEquals("other", li.side());
        assertTrue(li.evidence().startsWith("independent"), li.evidence());
        assertEquals("other", resolve(own, "x", "former US officials", "former US officials", MentionType.ANONYMOUS).side());
        assertEquals("China", resolve(text, "Li Wen").side(), "the bundled words make no one independent");
    }

    @Test
    void aDefiniteTitleNamesTheOneRegisteredHolderInTheArticle() {
        String text = "Antony Blinken landed in Hanoi on Monday, a day after a call between Xi Jinping and "
                + "Vietnam's leaders. The secretary said the visit was overdue.";
        Speaker s = resolve(text, "The secretary", "the secretary");
        assertEquals("Antony Blinken", s.canonical());
        assertEquals("US", s.side());
        assertEquals(Speaker.UNKNOWN_SIDE, resolve("Ships left.", "The secretary", "the secretary").side());
        assertFalse(resolve(text, "the spokesman", "the spokesman").inRegistry(), "spokesman is anyone's");
        assertFalse(resolve(text, "a secretary", "a secretary").inRegistry(), "indefinite");
    }

    @Test
    void aNameInAppositionAfterARoleIsTheSpeaker() {
        String text = "The agency's chief spokeswoman, Capt. Lena Ortiz, said the drill was routine.";
        Speaker s = resolve(text, "The agency's chief spokeswoman", "The agency's chief spokeswoman");
        assertEquals("Lena Ortiz", s.canonical());
        assertEquals(SpeakerType.PERSON, s.type());
        String reg = "A defence ministry spokesman, Senior Col. Wu Qian, told reporters the patrol was lawful.";
        assertEquals("Wu Qian", resolve(reg, "A defence ministry spokesman", "A defence ministry spokesman").canonical());
        String clause = "A ministry spokesman, speaking on condition of anonymity, said little.";
        assertEquals("ministry spokesman", resolve(clause, "A ministry spokesman", "A ministry spokesman").canonical());
    }

    @Test
    void possessiveFormsOfRegisteredOrganizations() {
        Speaker seoul = resolve("x", "South Korea's foreign ministry");
        assertEquals("South Korean Foreign Ministry", seoul.canonical());
        assertEquals("other", seoul.side());
        assertEquals("PLA Eastern Theater Command", resolve("x", "the People's Liberation Army's Eastern Theater Command").canonical());
    }

    @Test
    void aPossessiveNamesSomeoneElse() {
        Speaker aide = resolve("x", "Xi Jinping's spokesman");
        assertFalse(aide.inRegistry());
        assertEquals(SpeakerType.ANONYMOUS, aide.type());
        assertEquals("China", aide.side());
        assertEquals("registry person: Xi Jinping", aide.evidence());
        assertEquals(SpeakerType.ANONYMOUS, resolve("x", "Ann Roe's chief of staff").type());
        assertEquals("Wang Yi", resolve("x", "China's Wang Yi").canonical());
    }

    @Test
    void aRegisteredNameBeforeATitleQualifiesTheAideNamedAfterIt() {
        String text = "Joe Biden spoke first. Biden campaign spokesman Tom Ardley said the rally would go ahead.";
        Speaker aide = resolve(text, "Biden campaign spokesman Tom Ardley");
        assertEquals("Tom Ardley", aide.canonical());
        assertFalse(aide.inRegistry());
        assertEquals("US", aide.side());
        assertEquals("registry person: Joe Biden", aide.evidence());
        assertEquals("Joe Biden", resolve(text, "Biden").canonical());
        assertEquals("Joe Biden", resolve("x", "President Joe Biden").canonical());
    }

    @Test
    void oneOfAGroupIsNamedByTheGroup() {
        assertEquals("unnamed source", resolve("x", "One of the people").canonical());
        assertEquals("people familiar with the talks", resolve("x", "one of the people familiar with the talks").canonical());
        assertEquals("unnamed source", resolve("x", "A second source").canonical());
        assertEquals("unnamed source", resolve("x", "One of them").canonical());
    }

    @Test
    void appositionInsideTheAntecedent() {
        Speaker paper = resolve("x", "the Global Times, a Communist Party tabloid");
        assertEquals("Global Times", paper.canonical());
        assertEquals(SpeakerType.ORGANIZATION, paper.type());
        Speaker roe = resolve("x", "Ann Roe, a U.S. Navy captain");
        assertEquals("Ann Roe", roe.canonical());
        assertEquals("US", roe.side());
        assertEquals("apposition: \"a U.S. Navy captain\"", roe.evidence());
        assertEquals("nationality word \"U.S.\" in mention", resolve("x", "U.S. officials").evidence());
    }

    @Test
    void titlesBeforeNameElsewhereInArticle() {
        String text = "Talks ended late. Taiwanese Vice Admiral Kao Wen-chi spoke to reporters.\n"
                + "Kao said the patrols would continue.";
        Speaker s = resolve(text, "Kao");
        assertEquals("Kao Wen-chi", s.canonical(), "short name expands to the one fuller name");
        assertEquals("other", s.side());
        assertEquals("before name: \"Taiwanese Vice Admiral\"", s.evidence());
    }

    @Test
    void targetsAreNotTheSpeakersSide() {
        Speaker amb = resolve("Mark Dalton, the US ambassador to China, said trade was steady.", "Mark Dalton");
        assertEquals("US", amb.side());
        Speaker met = resolve("Ian Hale, who met his Chinese counterpart, said little.", "Ian Hale");
        assertEquals(Speaker.UNKNOWN_SIDE, met.side(), met.evidence());
        assertEquals("", met.evidence());
        Speaker expert = resolve("x", "an envoy to China");
        assertEquals(Speaker.UNKNOWN_SIDE, expert.side());
    }

    @Test
    void countryWordsInsidePlaceNamesNameNoSide() {
        Speaker s = resolve("Ruth Ames, a South China Sea negotiator, said the shoal was contested.", "Ruth Ames");
        assertEquals(Speaker.UNKNOWN_SIDE, s.side(), s.evidence());
        assertEquals(Speaker.UNKNOWN_SIDE, resolve("x", "a US-China trade negotiator").side());
        assertEquals("US", resolve("x", "a US negotiator on US-China trade").side());
    }

    @Test
    void organizationNounsAreNotPeople() {
        Speaker lowy = resolve("x", "the Lowy Institute");
        assertEquals("Lowy Institute", lowy.canonical());
        assertEquals(SpeakerType.ORGANIZATION, lowy.type());
        assertEquals("other", lowy.side());
        Speaker tank = resolve("x", "the Hillcrest Policy Institute");
        assertEquals(SpeakerType.ORGANIZATION, tank.type());
        assertEquals("Hillcrest Policy Institute", tank.canonical());
        Speaker prof = resolve("x", "Tsinghua University professor Sun Mei");
        assertEquals("Sun Mei", prof.canonical());
        assertEquals(SpeakerType.PERSON, prof.type());
        assertEquals("China", prof.side(), "a Chinese university's professor");
        assertEquals("Tsinghua University professor", prof.role());
    }

    @Test
    void roleOfAnUnregisteredPersonIsTheRestOfTheMention() {
        assertEquals("Chinese Lt. Gen.", resolve("x", "Chinese Lt. Gen. Zhao Minghui").role());
        assertEquals("the US envoy", resolve("x", "Ann Roe, the US envoy,").role());
    }

    @Test
    void noEvidenceMeansUnknownNotTheTopic() {
        String text = "China and the United States traded warnings over Taiwan. Peter Olsen said both sides erred.";
        Speaker s = resolve(text, "Peter Olsen");
        assertEquals("Peter Olsen", s.canonical());
        assertEquals(Speaker.UNKNOWN_SIDE, s.side());
        assertEquals("", s.evidence());

        Speaker person = resolve(resolver, text + " The talks will resume, the person said.", "the person",
                "the person", MentionType.ANONYMOUS);
        assertEquals("unnamed source", person.canonical());
        assertEquals(Speaker.UNKNOWN_SIDE, person.side());
        assertEquals("unnamed source", resolve("x", "a source familiar with the talks").canonical());
        assertEquals(Speaker.UNKNOWN_SIDE, resolve("Some of us said no.", "us").side());
    }

    @Test
    void unresolvedPronounOrNothingIsNone() {
        assertSame(Speaker.NONE, resolve("He said it was fine.", "He"));
        assertSame(Speaker.NONE, resolve("It was fine.", ""));
    }

    @Test
    void sentencesOfTheAnnotationBoundTheWindow() {
        String text = "Officials from the US spoke; Ann Lee said the meeting was fine.";
        int semi = text.indexOf(';');
        AnnotatedText doc = new AnnotatedText(text, List.of(
                new Sentence(0, 0, 0, semi + 1, List.of()), new Sentence(1, 0, semi + 2, text.length(), List.of())));
        QuoteSpan q = Spans.mention(QuoteSpan.builder(QuoteKind.INDIRECT, "x").span(0, 1)
                .cue("said"), "Ann Lee", text.indexOf("Ann Lee")).antecedent("Ann Lee").mentionType(MentionType.NAME)
                .build();
        assertEquals(Speaker.UNKNOWN_SIDE, resolver.resolve(q, Article.of("t", text), doc).side());
    }

    @Test
    void userRowsComeLastAndWin(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("speakers.csv"), "canonical,aliases,side,role,organization,gender\n"
                + "Zhao Minghui,Chiu Ming-hui,China,PLA spokesman,PLA,m\n"
                + "Dong Jun,,other,test override,,m\n"
                + "Wei Fenghe,Ngô Khiêm,China,,,m\n");
        Files.writeString(dir.resolve("organizations.csv"), "canonical,aliases,side\nHarbor Institute,,US\n");
        RegistrySpeakerResolver r = RegistrySpeakerResolver.create(Resources.overlay(dir));
        Speaker zhao = resolve(r, "x", "Chiu Ming-hui", "Chiu Ming-hui", MentionType.NAME);
        assertEquals("Zhao Minghui", zhao.canonical());
        assertTrue(zhao.inRegistry());
        Speaker dong = resolve(r, "x", "Dong Jun", "Dong Jun", MentionType.NAME);
        assertEquals("other", dong.side());
        Speaker quan = resolve(r, "x", "Dong Quan", "Dong Quan", MentionType.NAME);
        assertEquals("Dong Jun", quan.canonical(), "older aliases are kept");
        assertEquals("other", quan.side());
        assertEquals("test override", quan.role());
        assertEquals("Wei Fenghe", resolve(r, "x", "Ngo Khiem", "Ngo Khiem", MentionType.NAME).canonical(),
                "a later row claims the alias");
        assertEquals("US", resolve(r, "x", "the Harbor Institute", "the Harbor Institute", MentionType.NAME).side());
    }

    @Test
    void badRegistryRowsAreReported(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("speakers.csv"), "canonical,aliases,side\nJane Roe,,\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RegistrySpeakerResolver.create(Resources.overlay(dir)));
        assertTrue(e.getMessage().contains("Jane Roe") && e.getMessage().contains("no side"), e.getMessage());

        Files.writeString(dir.resolve("speakers.csv"), "canonical,aliases,side\n,Roe,US\n");
        e = assertThrows(IllegalArgumentException.class, () -> RegistrySpeakerResolver.create(Resources.overlay(dir)));
        assertTrue(e.getMessage().contains("no canonical name"), e.getMessage());
    }

    @Test
    void capitalisedSentenceOpenerIsNotJoinedToTheName() {
        String text = "While Ramos said the patrols would go on, others urged caution. Still Huang said "
                + "the ships would stay.";
        assertEquals("Ramos", resolve(text, "Ramos").canonical());
        assertEquals("Huang", resolve(text, "Huang").canonical());
        assertEquals("Ramos", resolve(text, "While Ramos").canonical());
    }

    @Test
    void transcriptLabelThatSpeaksOfARegisteredNamesakeIsAnotherPerson() {
        String text = "Department Press Briefing\n\nMR. WANG: Good afternoon. I have one item.\n\n"
                + "The Secretary spoke with Foreign Minister Wang Yi today.\n\nQUESTION: Did he raise the drills?\n\n"
                + "MR. WANG: He did.\n";
        Speaker s = resolve(text, "MR. WANG");
        assertEquals("Wang", s.canonical());
        assertFalse(s.inRegistry());
        assertEquals(Speaker.UNKNOWN_SIDE, s.side(), s.evidence());
        String headline = "Wang: Talks With Washington Were Candid\n\nForeign Minister Wang Yi met his guest. "
                + "Mr. Wang said the talks were useful.";
        assertEquals("Wang Yi", resolve(headline, "Mr. Wang").canonical(), "a headline label is no transcript");
    }

    @Test
    void capitalisedPossessiveIsNoNameSoTheAppositionSpeaks() {
        String text = "China's Ministry of National Defense said the talks were candid. Its spokesman, "
                + "Senior Col. Wu Qian, said the two militaries would keep in touch.";
        Speaker s = resolve(text, "Its spokesman");
        assertEquals("Wu Qian", s.canonical());
        assertEquals("China", s.side());
    }
}
