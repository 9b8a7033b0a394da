package dev.stancekit.nlp;

import edu.stanford.nlp.process.Morphology;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Whether a lower-case word is a form of one of the verbs of saying: its CoreNLP lemma as a verb
 * (past, present, participle) is one of the lemmas. Remembers its answers per word (up to a bound).
 * Thread-safe.
 */
final class CueForms implements Predicate<String> {

    private static final String[] VERB_TAGS = {"VB", "VBD", "VBZ", "VBG", "VBN"};
    private static final int MEMO_LIMIT = 200_000;

    private final Set<String> lemmas;
    private final Map<String, Boolean> memo = new ConcurrentHashMap<>();
    private final ThreadLocal<Morphology> morphology = ThreadLocal.withInitial(Morphology::new);

    CueForms(Set<String> lemmas) {
        this.lemmas = Set.copyOf(lemmas);
    }

    @Override
    public boolean test(String word) {
        Boolean known = memo.get(word);
        if (known != null) {
            return known;
        }
        boolean cue = lemmas.contains(word);
        Morphology m = morphology.get();
        for (int k = 0; k < VERB_TAGS.length && !cue; k++) {
            cue = lemmas.contains(m.lemma(word, VERB_TAGS[k]));
        }
        if (memo.size() < MEMO_LIMIT) {
            memo.put(word, cue);
        }
        return cue;
    }
}
