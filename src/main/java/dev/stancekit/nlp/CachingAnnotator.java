package dev.stancekit.nlp;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Keeps each text's annotation in a folder, keyed by a hash of the text and of the annotator's
 * settings, so that re-running after an edit to the quote or speaker rules does not run CoreNLP
 * again. A damaged or unreadable entry is annotated afresh and rewritten. The wrapped annotator
 * is asked for only on the first miss, so a run whose texts are all in the cache never loads the
 * CoreNLP models.
 */
public final class CachingAnnotator implements TextAnnotator {

    /** Bumped when the file layout changes. */
    private static final int FORMAT = 1;

    private final Supplier<? extends TextAnnotator> source;
    private final Path dir;
    private final String settings;
    /** The wrapped annotator, asked of {@link #source} once, on the first miss. */
    private volatile TextAnnotator delegate;

    /**
     * @param delegate the annotator whose results are kept
     * @param dir      the folder the entries go in (created when missing)
     * @param settings a description of the delegate's settings; a change gives new entries
     */
    public CachingAnnotator(TextAnnotator delegate, Path dir, String settings) {
        this(() -> delegate, dir, settings);
        Objects.requireNonNull(delegate, "delegate");
    }

    /**
     * As {@link #CachingAnnotator(TextAnnotator, Path, String)} with the annotator built on the
     * first miss (at most once, whatever the number of threads): {@code delegate} is not called
     * while every text is found in the cache.
     */
    public CachingAnnotator(Supplier<? extends TextAnnotator> delegate, Path dir, String settings) {
        this.source = Objects.requireNonNull(delegate, "delegate");
        this.dir = dir;
        this.settings = settings;
    }

    /**
     * The annotator wrapped in a cache when the system property {@code stancekit.nlpCache} names a
     * folder; empty when it names none. {@code delegate} is called on the first miss only.
     */
    public static java.util.Optional<TextAnnotator> fromSystemProperty(Supplier<? extends TextAnnotator> delegate,
            String settings) {
        String dir = System.getProperty("stancekit.nlpCache");
        return dir == null || dir.isBlank() ? java.util.Optional.empty()
                : java.util.Optional.of(new CachingAnnotator(delegate, Path.of(dir), settings));
    }

    /** The wrapped annotator, built on first use. */
    private TextAnnotator delegate() {
        TextAnnotator d = delegate;
        if (d == null) {
            synchronized (this) {
                d = delegate;
                if (d == null) {
                    d = Objects.requireNonNull(source.get(), "annotator");
                    delegate = d;
                }
            }
        }
        return d;
    }

    @Override
    public AnnotatedText annotate(String text) {
        Path file = dir.resolve(key(text) + ".ann");
        if (Files.isRegularFile(file)) {
            try {
                return read(file, text);
            } catch (IOException | RuntimeException e) {
                // damaged entry: annotate again below and overwrite it
            }
        }
        AnnotatedText annotated = delegate().annotate(text);
        try {
            write(file, annotated);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the annotation cache " + file, e);
        }
        return annotated;
    }

    private String key(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((FORMAT + "\n" + settings + "\n").getBytes(StandardCharsets.UTF_8));
            md.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AnnotatedText read(Path file, String text) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != FORMAT) {
                throw new IOException("old format");
            }
            int n = in.readInt();
            List<Sentence> sentences = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int paragraph = in.readInt();
                int begin = in.readInt();
                int end = in.readInt();
                int m = in.readInt();
                List<Token> tokens = new ArrayList<>(m);
                for (int j = 0; j < m; j++) {
                    int b = in.readInt();
                    int e = in.readInt();
                    tokens.add(new Token(in.readUTF(), in.readUTF(), in.readUTF(), in.readUTF(), b, e));
                }
                sentences.add(new Sentence(i, paragraph, begin, end, tokens));
            }
            return new AnnotatedText(text, sentences);
        }
    }

    private void write(Path file, AnnotatedText annotated) throws IOException {
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".ann", ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
            out.writeInt(FORMAT);
            out.writeInt(annotated.sentences().size());
            for (Sentence s : annotated.sentences()) {
                out.writeInt(s.paragraph());
                out.writeInt(s.begin());
                out.writeInt(s.end());
                out.writeInt(s.tokens().size());
                for (Token t : s.tokens()) {
                    out.writeInt(t.begin());
                    out.writeInt(t.end());
                    out.writeUTF(t.word());
                    out.writeUTF(t.lemma());
                    out.writeUTF(t.pos());
                    out.writeUTF(t.ner());
                }
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
