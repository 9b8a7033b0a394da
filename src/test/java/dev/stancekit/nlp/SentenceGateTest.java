package dev.stancekit.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which sentences the gate sends to the taggers, on invented sentences. */
class SentenceGateTest {

    private static final Set<String> CUES = Set.of("say", "tell", "warn");

    private static GateSettings settings(int before, int after, int paraFirst, int walk, int names) {
        return settings(before, after, paraFirst, walk, names, false);
    }

    private static GateSettings settings(int before, int after, int paraFirst, int walk, int names, boolean longer) {
        return new GateSettings(true, before, after, paraFirst != 0, 0, walk, names, longer, CUES, Set.of("according"),
                Set.of("he", "she"));
    }

    /** Sentences from "paragraph|text" lines; words tagged PERSON where written as Name/P. */
    private static List<Sentence> doc(String... lines) {
        List<Sentence> out = new ArrayList<>();
        int offset = 0;
        for (String line : lines) {
            String[] pt = line.split("\\|", 2);
            List<Token> tokens = new ArrayList<>();
            int begin = offset;
            for (String w : pt[1].split(" ")) {
                boolean person = w.endsWith("/P");
                String word = person ? w.substring(0, w.length() - 2) : w;
                tokens.add(new Token(word, word.toLowerCase(), person ? "NNP" : "", person ? "PERSON" : "O",
                        offset, offset + word.length()));
                offset += word.length() + 1;
            }
            out.add(new Sentence(out.size(), Integer.parseInt(pt[0]), begin, offset - 1, tokens));
        }
        return out;
    }

    private static BitSet bits(int... on) {
        BitSet b = new BitSet();
        for (int i : on) {
            b.set(i);
        }
        return b;
    }

    @Test
    void cueWordsInAnyFormQuoteMarksAndTriggerWordsMakeCueSentences() {
        SentenceGate gate = SentenceGate.create(settings(0, 0, 0, 0, 0));
        List<Sentence> s = doc("0|The harbour opened on Monday .", "0|The mayor warned of delays .",
                "0|Fishermen told reporters little .", "0|Ferries run twice a day .", "0|“ We are ready , ” it read .",
                "0|Costs rose , according to the port .", "0|The ministry says nothing .", "0|Boats sail at dawn .");
        assertEquals(bits(1, 2, 4, 5, 6), gate.first(s));
    }

    @Test
    void aHeadlineTriggerTagsTheFirstParagraphOnly() {
        GateSettings g = new GateSettings(true, 0, 0, false, 0, 0, 0, false, CUES, Set.of(), Set.of(), Set.of(":", "–"));
        List<Sentence> s = doc("0|Fees will not rise : port chief", "1|The harbour opened on Monday .", "2|Key dates : May and June .");
        assertEquals(bits(0), SentenceGate.create(g).first(s));
        assertEquals(bits(), SentenceGate.create(settings(0, 0, 0, 0, 0)).first(s));
        List<Sentence> dash = doc("0|Fees will not rise – port chief", "1|Boats sail at dawn .");
        assertEquals(bits(0), SentenceGate.create(g).first(dash));
    }

    @Test
    void neighboursAndTheParagraphsFirstSentenceComeWithACueSentence() {
        List<Sentence> s = doc("0|The talks began in Geneva .", "0|Delegates arrived late .", "0|Rain fell all day .",
                "0|The envoy said progress was slow .", "0|Lunch was served .", "0|Nobody left early .",
                "1|A new paragraph starts here .");
        assertEquals(bits(3), SentenceGate.create(settings(0, 0, 0, 0, 0)).first(s));
        assertEquals(bits(2, 3, 4), SentenceGate.create(settings(1, 1, 0, 0, 0)).first(s));
        assertEquals(bits(0, 1, 2, 3), SentenceGate.create(settings(2, 0, 1, 0, 0)).first(s));
    }

    @Test
    void aDisabledGateTagsEverySentence() {
        GateSettings off = new GateSettings(false, 0, 0, false, 0, 0, 0, false, CUES, Set.of(), Set.of());
        List<Sentence> s = doc("0|Boats sail at dawn .", "0|Ferries run twice a day .", "1|The port is busy .");
        SentenceGate gate = SentenceGate.create(off);
        assertEquals(bits(0, 1, 2), gate.first(s));
        assertTrue(gate.next(s, bits(0, 1, 2), 0).isEmpty());
    }

    @Test
    void aPronounSpeakerWalksBackToTheSentenceThatNamesAPerson() {
        SentenceGate gate = SentenceGate.create(settings(0, 0, 0, 8, 0));
        List<Sentence> s = doc("0|Mara/P Quell/P chairs the port board .", "0|The board met on Monday .",
                "0|Its budget grew .", "0|He said the harbour would close .");
        BitSet tagged = gate.first(s);
        assertEquals(bits(3), tagged);
        // one sentence a round, the nearest first, until a tagged one names a person
        BitSet round0 = gate.next(s, tagged, 0);
        assertEquals(bits(2), round0);
        tagged.or(round0);
        tagged.or(gate.next(s, tagged, 1));
        tagged.or(gate.next(s, tagged, 2));
        assertEquals(bits(0, 1, 2, 3), tagged);
        assertTrue(gate.next(s, tagged, 3).isEmpty(), "the walk stops at the sentence naming Mara Quell");
    }

    @Test
    void thePersonWalkStopsAtItsLimitAndNeedsAPronoun() {
        List<Sentence> s = doc("0|Boats sail at dawn .", "0|Ferries run twice a day .", "0|The port is busy .",
                "0|He said the harbour would close .", "0|The minister said it would not .");
        SentenceGate gate = SentenceGate.create(settings(0, 0, 0, 1, 0));
        assertEquals(bits(2), gate.next(s, bits(3, 4), 0));
        assertTrue(gate.next(s, bits(2, 3, 4), 1).isEmpty(), "the walk goes back one sentence at most");
        List<Sentence> noPronoun = doc("0|Boats sail at dawn .", "0|The minister said it would not .");
        assertTrue(SentenceGate.create(settings(0, 0, 0, 8, 0)).next(noPronoun, bits(1), 0).isEmpty());
    }

    @Test
    void sentencesHoldingAPersonsNameWordAreTaggedForSurnames() {
        SentenceGate gate = SentenceGate.create(settings(0, 0, 0, 0, 1));
        List<Sentence> s = doc("0|Senator Ivo Brandt opened the session .", "0|The quell of the storm came late .",
                "0|Brandt/P said the vote would wait .", "0|Brandt Street was closed .", "0|A brandt is no word here .");
        BitSet tagged = gate.first(s);
        assertEquals(bits(2), tagged);
        assertEquals(bits(0, 3), gate.next(s, tagged, 0), "capitalised 'Brandt' only");
        assertTrue(gate.next(s, tagged, 1).isEmpty(), "one round only");
        SentenceGate longer = SentenceGate.create(settings(0, 0, 0, 0, 1, true));
        List<Sentence> t = doc("0|Senator Ivo Brandt opened the session .", "0|The board heard Brandt .",
                "0|Brandt/P said the vote would wait .", "0|Ask Brandt Street .");
        assertEquals(bits(0, 3), longer.next(t, longer.first(t), 0), "'Brandt' next to another capitalised word");
    }

    @Test
    void theBundledSettingsTriggerOnTheNounsOfAReadoutsDiscussion() {
        GateSettings g = GateSettings.load(dev.stancekit.resources.Resources.bundled());
        assertTrue(g.triggers().containsAll(Set.of("discussions", "talks", "exchanges", "views", "communication")), g.triggers().toString());
        List<Sentence> s = doc("0|The two sides had candid exchanges on trade .", "0|Boats sail at dawn .", "1|Gulls follow them .");
        // the trigger sentence, and the one after it (sentences_after: a readout's next sentence)
        assertEquals(bits(0, 1), SentenceGate.create(g).first(s));
    }

    @Test
    void theRestOfACueSentencesParagraphIsTaggedUpToTheLimit() {
        GateSettings g = new GateSettings(true, 0, 0, false, 2, 0, 0, false, CUES, Set.of(), Set.of());
        List<Sentence> s = doc("0|Boats sail .", "0|Wang said the talks were good .", "0|China is ready .", "0|Both sides should meet .",
                "0|Gulls follow .", "1|The fleet waits .");
        // the cue sentence and at most two after it in its paragraph
        assertEquals(bits(1, 2, 3), SentenceGate.create(g).first(s));
        List<Sentence> t = doc("0|Wang said the talks were good .", "1|China is ready .");
        assertEquals(bits(0), SentenceGate.create(g).first(t), "not past the paragraph");
    }

    @Test
    void quoteMarksAreTokensMadeOfMarksOnly() {
        assertTrue(SentenceGate.isQuoteMark("“"));
        assertTrue(SentenceGate.isQuoteMark("''"));
        assertTrue(SentenceGate.isQuoteMark("`"));
        assertFalse(SentenceGate.isQuoteMark("'s"));
        assertFalse(SentenceGate.isQuoteMark(""));
    }

    @Test
    void settingsComeFromRowsAndBadRowsAreNamed() {
        List<Map<String, String>> rows = new ArrayList<>(List.of(
                Map.of("name", "enabled", "value", "1"), Map.of("name", "sentences_before", "value", "2"),
                Map.of("name", "sentences_after", "value", "0"), Map.of("name", "paragraph_first", "value", "1"),
                Map.of("name", "paragraph_after", "value", "4"),
                Map.of("name", "person_walk", "value", "5"), Map.of("name", "name_rounds", "value", "3"),
                Map.of("name", "longer_names_only", "value", "1"),
                Map.of("name", "trigger_word", "value", "According"), Map.of("name", "pronoun", "value", "she")));
        GateSettings g = GateSettings.fromRows(rows, CUES);
        assertEquals(new GateSettings(true, 2, 0, true, 4, 5, 3, true, CUES, Set.of("according"), Set.of("she")), g);
        rows.remove(1);
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> GateSettings.fromRows(rows, CUES));
        assertTrue(missing.getMessage().contains("sentences_before"), missing.getMessage());
        rows.add(Map.of("name", "sentences_before", "value", "two"));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> GateSettings.fromRows(rows, CUES));
        assertTrue(bad.getMessage().contains("annotation-gate.csv"), bad.getMessage());
    }
}
