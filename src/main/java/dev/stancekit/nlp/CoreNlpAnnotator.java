package dev.stancekit.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.MorphaAnnotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The CoreNLP stage: tokenize, ssplit, pos, lemma and a cheap NER (3-class model, no SUTime,
 * no fine-grained or numeric classifiers). No parser and no coref: attribution is done by rules
 * in the quotes stage. One pipeline per JVM ({@link #shared()}), safe to call from many threads.
 */
public final class CoreNlpAnnotator implements TextAnnotator {

    private static volatile CoreNlpAnnotator shared;

    private final Annotator tokenizer;
    private final AnnotationPipeline taggers;
    private final AnnotationPipeline partOfSpeech;
    private final Annotator ner;

    private CoreNlpAnnotator(Properties props) {
        List<Annotator> chain = build(props);
        this.tokenizer = chain.get(0);
        this.taggers = new AnnotationPipeline(chain.subList(1, chain.size()));
        this.partOfSpeech = new AnnotationPipeline(chain.subList(1, chain.size() - 1));
        this.ner = chain.get(chain.size() - 1);
    }

    /**
     * The same chain StanfordCoreNLP builds from {@code annotators}, with the two slow model loads
     * (POS tagger, NER classifier) done in parallel: start-up is bounded by the slower of the two.
     */
    private static List<Annotator> build(Properties props) {
        ExecutorService loaders = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "stancekit-model-loader");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<Annotator> pos = loaders.submit(() -> new POSTaggerAnnotator("pos", props));
            Future<Annotator> ner = loaders.submit(() -> new NERCombinerAnnotator(props));
            List<Annotator> chain = new ArrayList<>();
            chain.add(new TokenizerAnnotator(props));
            chain.add(pos.get());
            chain.add(new MorphaAnnotator(false));
            chain.add(ner.get());
            return chain;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading CoreNLP models", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot load CoreNLP models: " + e.getCause(), e.getCause());
        } finally {
            loaders.shutdown();
        }
    }

    /** The JVM-wide pipeline, built on first use. */
    public static CoreNlpAnnotator shared() {
        CoreNlpAnnotator a = shared;
        if (a == null) {
            synchronized (CoreNlpAnnotator.class) {
                a = shared;
                if (a == null) {
                    a = new CoreNlpAnnotator(defaultProperties());
                    shared = a;
                }
            }
        }
        return a;
    }

    /** The annotator settings; exposed so the benchmark can print them. */
    public static Properties defaultProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("tokenize.language", "en");
        p.setProperty("tokenize.options",
                "untokenizable=noneKeep,invertible=true,normalizeParentheses=false,"
                        + "normalizeOtherBrackets=false");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("ner.additional.regexner.mapping", "");
        p.setProperty("threads", "1");
        // not a CoreNLP setting: names the sentence-split repair, so that caches keyed on these
        // properties are renewed when it changes
        p.setProperty("stancekit.splitRepair", "2");
        p.setProperty("stancekit.tagRepair", "2");
        return p;
    }

    @Override
    public AnnotatedText annotate(String text) {
        Annotation doc = new Annotation(text);
        tokenizer.annotate(doc);
        doc.set(CoreAnnotations.SentencesAnnotation.class,
                SplitRepair.join(text, doc.get(CoreAnnotations.SentencesAnnotation.class)));
        TagRepair.straightenClitics(doc.get(CoreAnnotations.SentencesAnnotation.class));
        taggers.annotate(doc);
        return convert(text, doc.get(CoreAnnotations.SentencesAnnotation.class));
    }

    /**
     * Tokenizes the whole text and tags (POS, lemma, NER) only the sentences the gate chooses, in
     * rounds until it chooses no more; the other tokens keep POS "", NER "O" and their lower-cased
     * word as lemma.
     */
    AnnotatedText annotate(String text, SentenceGate gate) {
        Annotation doc = new Annotation(text);
        tokenizer.annotate(doc);
        List<CoreMap> all = SplitRepair.join(text, doc.get(CoreAnnotations.SentencesAnnotation.class));
        TagRepair.straightenClitics(all);
        List<CoreMap> kept = new ArrayList<>(all.size());
        for (CoreMap cs : all) {
            if (!cs.get(CoreAnnotations.TokensAnnotation.class).isEmpty()) {
                kept.add(cs);
            }
        }
        BitSet tagged = new BitSet(kept.size());
        List<Sentence> sentences = new ArrayList<>(convert(text, kept).sentences());
        BitSet more = gate.first(sentences);
        for (int round = 0; !more.isEmpty(); round++) {
            tag(text, kept, more);
            tagged.or(more);
            reconvert(sentences, kept, more); // only the sentences just tagged have changed
            if (tagged.cardinality() == kept.size()) {
                break;
            }
            more = gate.next(sentences, tagged, round);
            more.andNot(tagged);
        }
        return new AnnotatedText(text, sentences);
    }

    /** Converts the chosen sentences again, keeping their place and paragraph. */
    private static void reconvert(List<Sentence> sentences, List<CoreMap> coreSentences, BitSet chosen) {
        for (int i = chosen.nextSetBit(0); i >= 0 && i < sentences.size(); i = chosen.nextSetBit(i + 1)) {
            Sentence s = sentences.get(i);
            sentences.set(i, new Sentence(s.index(), s.paragraph(), s.begin(), s.end(),
                    tokens(coreSentences.get(i).get(CoreAnnotations.TokensAnnotation.class))));
        }
    }

    private static List<Token> tokens(List<CoreLabel> labels) {
        List<Token> tokens = new ArrayList<>(labels.size());
        for (CoreLabel l : labels) {
            String tag = l.tag() == null ? "" : l.tag();
            String lemma = l.lemma() == null ? l.word() : l.lemma();
            String ner = l.ner() == null ? "O" : l.ner();
            tokens.add(new Token(l.originalText(), lemma.toLowerCase(Locale.ROOT), tag, ner,
                    l.beginPosition(), l.endPosition()));
        }
        return TagRepair.repair(tokens);
    }

    /** Runs the taggers on the chosen sentences only (CoreNLP tags sentence by sentence). */
    private void tag(String text, List<CoreMap> sentences, BitSet chosen) {
        List<CoreMap> sub = new ArrayList<>(chosen.cardinality());
        List<CoreLabel> tokens = new ArrayList<>();
        for (int i = chosen.nextSetBit(0); i >= 0 && i < sentences.size(); i = chosen.nextSetBit(i + 1)) {
            sub.add(sentences.get(i));
            tokens.addAll(sentences.get(i).get(CoreAnnotations.TokensAnnotation.class));
        }
        partOfSpeech.annotate(part(text, sub, tokens));
        List<CoreMap> named = new ArrayList<>(sub.size());
        List<CoreLabel> namedTokens = new ArrayList<>();
        for (CoreMap cs : sub) {
            List<CoreLabel> labels = cs.get(CoreAnnotations.TokensAnnotation.class);
            if (holdsProperNoun(labels)) {
                named.add(cs);
                namedTokens.addAll(labels);
            }
        }
        if (!named.isEmpty()) {
            ner.annotate(part(text, named, namedTokens));
        }
    }

    /**
     * Whether the tagger found a proper noun: the 3-class NER model finds a person, organisation
     * or place only in such sentences, so the others skip it (their tokens keep NER "O").
     */
    private static boolean holdsProperNoun(List<CoreLabel> labels) {
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            if (l.tag() != null && l.tag().startsWith("NNP")) {
                return true;
            }
            String w = l.word();
            if (i > 0 && !w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static Annotation part(String text, List<CoreMap> sentences, List<CoreLabel> tokens) {
        Annotation part = new Annotation(text);
        part.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        part.set(CoreAnnotations.TokensAnnotation.class, tokens);
        return part;
    }

    private static AnnotatedText convert(String text, List<CoreMap> coreSentences) {
        List<Sentence> sentences = new ArrayList<>(coreSentences.size());
        int paragraph = 0;
        int lastEnd = 0;
        for (CoreMap cs : coreSentences) {
            List<CoreLabel> labels = cs.get(CoreAnnotations.TokensAnnotation.class);
            if (labels.isEmpty()) {
                continue;
            }
            List<Token> tokens = tokens(labels);
            int begin = tokens.get(0).begin();
            int end = tokens.get(tokens.size() - 1).end();
            if (!sentences.isEmpty() && text.substring(lastEnd, begin).indexOf('\n') >= 0) {
                paragraph++;
            }
            sentences.add(new Sentence(sentences.size(), paragraph, begin, end, tokens));
            lastEnd = end;
        }
        return new AnnotatedText(text, sentences);
    }
}
