package dev.stancekit.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stancekit.model.Article;
import dev.stancekit.model.QuoteSpan;
import dev.stancekit.nlp.AnnotatedText;
import dev.stancekit.nlp.Sentence;
import dev.stancekit.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random texts full of quote marks, with random tags (fast, no CoreNLP) and with CoreNLP's tags
 * (a few): the extractor never throws and every span lies inside the text.
 */
class RuleQuoteExtractorHammerTest {

    private static final String[] WORDS = {"said", "he", "She", "the", "minister", "Beijing", "urged", "US",
        "to", "that", "according", "to", "Mr.", "Wang", "Li", "spokesman", "told", "reporters", "called", "on",
        "for", "pointed", "out", ",", ".", ":", ";", "and", "while", "but", "not", "did", "respond", "so-called",
        "Read", "Next", "Related", "officials", "a", "person", "familiar", "with", "\u00e9t\u00e9", "\u4e2d\u56fd",
        "\ud83d\ude00", "it's", "ministers'", "n't", "—", "(Reuters)"};
    private static final String[] MARKS = {"\"", "“", "”", "‘", "’", "'", "`", "``", "''", "«", "»", "‹", "›", "„"};
    private static final String[] POS = {"NN", "NNS", "NNP", "NNPS", "VBD", "VBZ", "VBG", "VBN", "PRP", "IN",
        "DT", "JJ", "RB", ",", ".", ":", "``", "''", "CC", "MD", "TO", "WP", "POS", "PRP$", "HYPH", "CD"};
    private static final String[] LEMMAS = {"say", "urge", "call", "tell", "point", "add", "warn", "be", "have",
        "speak", "express", "describe", "ask"};
    private static final String[] NER = {"O", "O", "O", "PERSON", "ORGANIZATION", "LOCATION", "MISC"};

    static String randomText(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(120);
        for (int i = 0; i < n; i++) {
            int k = r.nextInt(10);
            if (k < 6) {
                sb.append(WORDS[r.nextInt(WORDS.length)]);
            } else if (k < 9) {
                sb.append(MARKS[r.nextInt(MARKS.length)]);
            } else {
                sb.append((char) r.nextInt(0x3000));
            }
            int sep = r.nextInt(12);
            sb.append(sep == 0 ? "\n" : sep == 1 ? "\n\n" : sep == 2 ? "" : " ");
        }
        return sb.toString();
    }

    /** Tokens on whitespace with random tags; sentences end at newlines and at random tokens. */
    static AnnotatedText randomAnnotation(String text, Random r) {
        List<Sentence> sentences = new ArrayList<>();
        List<Token> cur = new ArrayList<>();
        int para = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (c == '\n' && !cur.isEmpty()) {
                    sentences.add(sentence(sentences.size(), para++, cur));
                    cur = new ArrayList<>();
                }
                i++;
                continue;
            }
            int j = i;
            while (j < text.length() && !Character.isWhitespace(text.charAt(j))) {
                j++;
            }
            String w = text.substring(i, j);
            String lemma = r.nextInt(4) == 0 ? LEMMAS[r.nextInt(LEMMAS.length)] : w.toLowerCase();
            cur.add(new Token(w, lemma, POS[r.nextInt(POS.length)], NER[r.nextInt(NER.length)], i, j));
            if (r.nextInt(15) == 0) {
                sentences.add(sentence(sentences.size(), para, cur));
                cur = new ArrayList<>();
            }
            i = j;
        }
        if (!cur.isEmpty()) {
            sentences.add(sentence(sentences.size(), para, cur));
        }
        return new AnnotatedText(text, sentences);
    }

    private static Sentence sentence(int index, int para, List<Token> toks) {
        return new Sentence(index, para, toks.get(0).begin(), toks.get(toks.size() - 1).end(), toks);
    }

    static void checkInvariants(String text, List<QuoteSpan> qs) {
        int prev = -1;
        for (QuoteSpan q : qs) {
            assertTrue(q.start() >= 0 && q.start() <= q.end() && q.end() <= text.length(), q::toString);
            assertEquals(text.substring(q.start(), q.end()), q.text());
            assertTrue(q.start() >= prev, "not in text order");
            prev = q.start();
            q.mentionAt().ifPresent(at -> assertTrue(text.startsWith(q.mention(), at), q::toString));
            int nl = text.indexOf('\n', q.start());
            assertTrue(nl < 0 || q.end() <= nl, () -> "quote crosses its paragraph: " + q);
        }
    }

    @Test
    void randomTagsNeverBreakTheExtractor() {
        RuleQuoteExtractor ex = RuleQuoteExtractor.create(dev.stancekit.resources.Resources.bundled());
        Random r = new Random(20261123L);
        for (int round = 0; round < 3000; round++) {
            String text = randomText(r);
            List<QuoteSpan> qs = ex.extract(Article.of("r" + round, text), randomAnnotation(text, r));
            checkInvariants(text, qs);
        }
    }

    @Test
    void randomTextThroughCoreNlp() {
        RuleQuoteExtractor ex = Fixture.extractor();
        Random r = new Random(7L);
        for (int round = 0; round < 8; round++) {
            String text = randomText(r);
            checkInvariants(text, ex.extract(Article.of("c" + round, text), Fixture.annotate(text)));
        }
    }
}
