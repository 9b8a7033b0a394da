package dev.stancekit.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MentionFinderTest {

    private final MentionFinder finder = new MentionFinder(Fixture.LEX);

    /** The subject found left of the first token spelled {@code verb}. */
    private String left(String text, String verb) {
        Doc d = Fixture.doc(text);
        int v = indexOf(d, verb);
        int[] np = finder.left(d, v, d.sentStart[d.sentOf[v]]);
        return np == null ? null : d.span(np[0], np[1]);
    }

    private static int indexOf(Doc d, String word) {
        for (int i = 0; i < d.tok.length; i++) {
            if (d.word(i).equals(word)) {
                return i;
            }
        }
        throw new AssertionError(word + " not in text");
    }

    @Test
    void plainAndTitledSubjects() {
        assertEquals("Foreign Minister Zhang Wei", left("Foreign Minister Zhang Wei said the talks were useful.", "said"));
        assertEquals("Russian envoy for energy matters",
                left("Russian envoy for energy matters recently replied that the plan was unwise.", "replied"));
        assertEquals("Japanese officials", left("Japanese officials have long argued that the rules are vague.", "argued"));
    }

    @Test
    void aParticipleBeforeItsNounBelongsToTheNounPhrase() {
        assertEquals("The retired admiral", left("The retired admiral said the fleet was ready.", "said"));
        Doc d = Fixture.doc("“We are ready,” said retired admiral Joan Pike, asked about the fleet.");
        int said = indexOf(d, "said");
        int[] np = finder.right(d, said + 1, d.sentEnd[0], true);
        assertEquals("retired admiral Joan Pike", np == null ? null : d.span(np[0], np[1]));
    }

    @Test
    void aParticipleWithItsObjectIsNotPartOfTheSubject() {
        assertNotEquals("Officials briefing reporters", left("Officials briefing reporters said the fleet was ready.", "said"));
    }

    @Test
    void skipsAnInsertionBetweenDashes() {
        assertEquals("Senior officials at the ministry", left("Senior officials at the ministry — including two "
                + "deputy ministers — said the loss was painful.", "said"));
        assertEquals("The spokesman", left("The spokesman - who took office in May - said the bridge would reopen.", "said"));
    }

    @Test
    void skipsInsertionsBetweenCommas() {
        assertEquals("The spokesman",
                left("The spokesman, speaking on condition of anonymity, said the call went well.", "said"));
        assertEquals("Mr. Hu Lan", left("Mr. Hu Lan, who took office in May, said that ties matter.", "said"));
        assertEquals("Wang Tao", left("Wang Tao, a ministry spokesman, said the plan was fair.", "said"));
    }

    @Test
    void skipsPrepositionalPhrasesButKeepsSpeakerOnes() {
        assertEquals("China", left("China on Tuesday accused the US of bullying.", "accused"));
        assertEquals("Analysts at the bank", left("Analysts at the bank said growth would slow.", "said"));
        assertEquals("A person familiar with the talks",
                left("A person familiar with the talks said the agenda was narrow.", "said"));
    }

    @Test
    void subordinateClauseSubject() {
        assertEquals("Lee", left("Kim urged restraint, while Lee stressed the need for talks.", "stressed"));
    }

    @Test
    void coordinatedVerbSharesTheSubject() {
        assertEquals("He", left("He met the envoy and spoke of a new era in ties.", "spoke"));
    }

    @Test
    void noSpeakerForNonSpeakers() {
        assertNull(left("Both warned against haste in the port talks.", "warned"));
        assertNull(left("The meeting underscored the need for talks and said nothing.", "said"));
    }

    @Test
    void invertedSubject() {
        Doc d = Fixture.doc("“We are ready,” said Adm. Ray Cole.");
        int v = indexOf(d, "said");
        int[] np = finder.right(d, v + 1, d.sentEnd[d.sentOf[v]]);
        assertEquals("Adm. Ray Cole", d.span(np[0], np[1]));
    }
}
