package dev.stancekit.eval;

import dev.stancekit.model.Article;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAnnotator;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * CoreNLP's stock quote extraction and attribution (annotators tokenize … depparse, coref, quote
 * with {@code quote.attributeQuotes=true}), run on the same articles as stancekit so that its
 * scores can be printed side by side. Every quote CoreNLP finds (embedded ones included, as in
 * CoreNLP's own outputs) becomes a predicted row of kind {@code direct}, with the canonical speaker
 * (else the speaker mention) as speaker and no side, themes or tone.
 *
 * <p>The pipeline needs about 9 GB of heap ({@link #memoryProblem()}), takes minutes to load and
 * annotates at most a few hundred tokens a second; it is built once per JVM on first use
 * ({@link #shared()}) and annotates one article at a time (CoreNLP's multi-document
 * {@code annotate} annotates each document twice).
 */
public final class CoreNlpBaseline {

    /** Heap below which the pipeline fails with OutOfMemoryError: 9 GiB. */
    public static final long REQUIRED_HEAP = 9L << 30;

    private static final String MARKS = "\"'`“”‘’«»‹›「」『』„‚";
    private static volatile CoreNlpBaseline shared;

    private final StanfordCoreNLP pipeline;

    private CoreNlpBaseline() {
        this.pipeline = new StanfordCoreNLP(properties());
    }

    /** The JVM-wide baseline, built on first use (slow: loads parser and coref models). */
    public static CoreNlpBaseline shared() {
        CoreNlpBaseline b = shared;
        if (b == null) {
            synchronized (CoreNlpBaseline.class) {
                b = shared;
                if (b == null) {
                    String problem = memoryProblem();
                    if (problem != null) {
                        throw new IllegalStateException(problem);
                    }
                    b = new CoreNlpBaseline();
                    shared = b;
                }
            }
        }
        return b;
    }

    /** The stock pipeline's settings. */
    public static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        p.setProperty("quote.attributeQuotes", "true");
        p.setProperty("threads", "1");
        return p;
    }

    /**
     * Why this JVM cannot run the baseline, or {@code null} when its heap is large enough.
     */
    public static String memoryProblem() {
        long max = Runtime.getRuntime().maxMemory();
        if (max != Long.MAX_VALUE && max < REQUIRED_HEAP) {
            return String.format(Locale.ROOT, "the CoreNLP baseline needs about 9 GB of Java heap "
                    + "but this JVM has %.1f GB; rerun with java -Xmx10g (e.g. JAVA_TOOL_OPTIONS=-Xmx10g)",
                    max / (double) (1L << 30));
        }
        return null;
    }

    /**
     * Runs CoreNLP on each article in turn and returns its quotes as predicted rows (columns
     * article, kind, text, speaker, speaker_mention, side, themes, tone_label).
     *
     * @param progress receives a line per article (e.g. for stderr), or null
     */
    public List<Map<String, String>> predict(List<Article> articles, Consumer<String> progress) {
        List<Map<String, String>> rows = new ArrayList<>();
        long start = System.nanoTime();
        int done = 0;
        for (Article a : articles) {
            long t0 = System.nanoTime();
            Annotation doc = new Annotation(a.text());
            pipeline.annotate(doc);
            List<Map<String, String>> found = rows(a.id(), doc);
            rows.addAll(found);
            done++;
            if (progress != null) {
                int tokens = doc.get(CoreAnnotations.TokensAnnotation.class).size();
                progress.accept(String.format(Locale.ROOT,
                        "corenlp: %d/%d %s: %d tokens, %d quotes, %.1f s (total %.0f s)",
                        done, articles.size(), a.id(), tokens, found.size(), (System.nanoTime() - t0) / 1e9,
                        (System.nanoTime() - start) / 1e9));
            }
        }
        return Collections.unmodifiableList(rows);
    }

    /** The predicted rows for the quotes of one annotated document. */
    static List<Map<String, String>> rows(String article, Annotation doc) {
        List<Map<String, String>> rows = new ArrayList<>();
        if (doc.get(CoreAnnotations.QuotationsAnnotation.class) == null) {
            return rows;
        }
        for (CoreMap q : QuoteAnnotator.gatherQuotes(doc)) {
            String mention = firstNonBlank(q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class),
                    q.get(QuoteAttributionAnnotator.MentionAnnotation.class));
            Map<String, String> r = new LinkedHashMap<>();
            r.put("article", article);
            r.put("kind", "direct");
            r.put("text", unquote(q.get(CoreAnnotations.TextAnnotation.class)));
            r.put("speaker", firstNonBlank(
                    q.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class), mention));
            r.put("speaker_mention", mention);
            r.put("side", "");
            r.put("themes", "");
            r.put("tone_label", "");
            rows.add(Collections.unmodifiableMap(r));
        }
        return rows;
    }

    /** The quote's text without its surrounding quotation marks and blanks. */
    static String unquote(String s) {
        if (s == null) {
            return "";
        }
        int b = 0;
        int e = s.length();
        while (b < e && (MARKS.indexOf(s.charAt(b)) >= 0 || Character.isWhitespace(s.charAt(b)))) {
            b++;
        }
        while (e > b && (MARKS.indexOf(s.charAt(e - 1)) >= 0 || Character.isWhitespace(s.charAt(e - 1)))) {
            e--;
        }
        return s.substring(b, e);
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a.strip() : b != null && !b.isBlank() ? b.strip() : "";
    }
}
