package dev.stancekit.eval;

import dev.stancekit.model.Article;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds and reads the plain-text articles that the CoreNLP baseline runs on: the files or folders
 * given on the command line, or the articles a gold file names, looked up near the gold file.
 */
public final class EvalInputs {

    /** How deep below the gold file's folder article files are looked for. */
    static final int SEARCH_DEPTH = 3;

    private EvalInputs() {
    }

    /**
     * The {@code .txt} files among {@code inputs}: files as given, folders searched recursively,
     * each folder's files in path order.
     *
     * @throws IOException when an input does not exist or a folder holds no .txt file
     */
    public static List<Path> textFiles(List<Path> inputs) throws IOException {
        Set<Path> out = new LinkedHashSet<>();
        for (Path in : inputs) {
            if (Files.isRegularFile(in)) {
                out.add(in);
            } else if (Files.isDirectory(in)) {
                List<Path> found;
                try (Stream<Path> s = Files.walk(in)) {
                    found = s.filter(Files::isRegularFile)
                            .filter(p -> p.getFileName().toString().toLowerCase().endsWith(".txt"))
                            .sorted().toList();
                }
                if (found.isEmpty()) {
                    throw new IOException(in + ": no .txt article in this folder");
                }
                out.addAll(found);
            } else {
                throw new IOException(in + ": no such file or folder");
            }
        }
        return List.copyOf(out);
    }

    /**
     * The article files named in the gold rows' {@code article} column, found by name (file stem,
     * ignoring case, preferring .txt) in the gold file's folder or up to {@value #SEARCH_DEPTH}
     * levels below it.
     *
     * @throws IOException naming every article that cannot be found
     */
    public static List<Path> goldArticles(Path goldFile, List<Map<String, String>> gold)
            throws IOException {
        Set<String> keys = new LinkedHashSet<>();
        for (Map<String, String> g : gold) {
            String key = PyText.articleKey(g.get("article"));
            if (!key.isEmpty()) {
                keys.add(key);
            }
        }
        Path dir = goldFile.toAbsolutePath().getParent();
        List<Path> candidates;
        try (Stream<Path> s = Files.walk(dir, SEARCH_DEPTH)) {
            candidates = s.filter(Files::isRegularFile)
                    .sorted(Comparator.comparing((Path p) -> !p.toString().toLowerCase().endsWith(".txt"))
                            .thenComparingInt(Path::getNameCount).thenComparing(Comparator.naturalOrder()))
                    .toList();
        }
        List<Path> out = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            candidates.stream().filter(p -> PyText.articleKey(p.getFileName().toString()).equals(key))
                    .findFirst().ifPresentOrElse(out::add, () -> missing.add(key));
        }
        if (!missing.isEmpty()) {
            throw new IOException("cannot find the article file(s) " + String.join(", ", missing)
                    + " named in " + goldFile + " (looked in " + dir + " and " + SEARCH_DEPTH
                    + " levels below); give the article files or folders as INPUT");
        }
        return out;
    }

    /** Reads each file as UTF-8 into an article whose id is the file name. */
    public static List<Article> read(List<Path> files) throws IOException {
        List<Article> out = new ArrayList<>(files.size());
        for (Path f : files) {
            try {
                out.add(Article.of(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
            } catch (CharacterCodingException e) {
                throw new IOException(f + ": not valid UTF-8 text", e);
            }
        }
        return out;
    }
}
