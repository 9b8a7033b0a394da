package dev.stancekit.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Joins sentences that CoreNLP's splitter ended inside a dotted abbreviation: in
 * "Sen. Ann Reyes (R-S.C.) said …" the tokenizer reads "R-S.C" and a full stop, and the splitter
 * ends the sentence there. A sentence cannot open with a comma, a closing bracket or a lower-case
 * word, so when the next one does, and no line break lies between, the two are one. Runs on the
 * tokenized sentences, before tagging, so the tagger sees the whole sentence.
 */
final class SplitRepair {

    /** Single letters each with its full stop: "S.C.", "U.S.", "p.m." (after a hyphen: "R-S.C."). */
    private static final java.util.regex.Pattern DOTTED = java.util.regex.Pattern.compile("(?:\\p{L}\\.){2,}");
    /** A word in lower case only. */
    private static final java.util.regex.Pattern LOWER_WORD = java.util.regex.Pattern.compile("\\p{Ll}+");

    private SplitRepair() {
    }

    static List<CoreMap> join(String text, List<CoreMap> sentences) {
        List<CoreMap> out = new ArrayList<>(sentences.size());
        for (CoreMap s : sentences) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            if (!out.isEmpty() && !tokens.isEmpty()) {
                CoreMap prev = out.get(out.size() - 1);
                List<CoreLabel> before = prev.get(CoreAnnotations.TokensAnnotation.class);
                if (!before.isEmpty() && endsWithAbbreviation(before) && opensMidSentence(tokens.get(0))
                        && text.substring(before.get(before.size() - 1).endPosition(),
                                tokens.get(0).beginPosition()).indexOf('\n') < 0) {
                    out.set(out.size() - 1, merge(text, prev, s));
                    continue;
                }
            }
            out.add(s);
        }
        if (out.size() != sentences.size()) {
            for (int i = 0; i < out.size(); i++) {
                out.get(i).set(CoreAnnotations.SentenceIndexAnnotation.class, i);
                for (CoreLabel t : out.get(i).get(CoreAnnotations.TokensAnnotation.class)) {
                    t.setSentIndex(i);
                }
            }
        }
        return out;
    }

    /** "S.C." or "S.C" + "." (optionally inside brackets): single letters with full stops, the last one ending the sentence. */
    static boolean endsWithAbbreviation(List<CoreLabel> tokens) {
        int n = tokens.size();
        if (n >= 2 && isClosingBracket(tokens.get(n - 1).word())) {
            n--;
        }
        String w = tokens.get(n - 1).word();
        if (".".equals(w) && n >= 2 && tokens.get(n - 2).endPosition() == tokens.get(n - 1).beginPosition()) {
            w = tokens.get(n - 2).word() + ".";
        }
        return DOTTED.matcher(w.substring(w.lastIndexOf('-') + 1)).matches();
    }

    static boolean opensMidSentence(CoreLabel first) {
        String w = first.word();
        return ",".equals(w) || isClosingBracket(w) || LOWER_WORD.matcher(w).matches(); // not "iPhone"
    }

    private static boolean isClosingBracket(String w) {
        return ")".equals(w) || "-RRB-".equals(w);
    }

    private static CoreMap merge(String text, CoreMap a, CoreMap b) {
        List<CoreLabel> tokens = new ArrayList<>(a.get(CoreAnnotations.TokensAnnotation.class));
        tokens.addAll(b.get(CoreAnnotations.TokensAnnotation.class));
        CoreMap m = new ArrayCoreMap(a);
        m.set(CoreAnnotations.TokensAnnotation.class, tokens);
        int begin = tokens.get(0).beginPosition();
        int end = tokens.get(tokens.size() - 1).endPosition();
        m.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        m.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
        Integer tokenEnd = b.get(CoreAnnotations.TokenEndAnnotation.class);
        if (tokenEnd != null) {
            m.set(CoreAnnotations.TokenEndAnnotation.class, tokenEnd);
        }
        return m;
    }
}
