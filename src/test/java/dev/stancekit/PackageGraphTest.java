package dev.stancekit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of src/main form a graph without cycles, computed from the imports (and fully
 * qualified names) in the sources; the values that cross stages live in {@code model}, which
 * imports no stage.
 */
class PackageGraphTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");
    /** A reference to a class of the project: a package path, then a capitalised class name. */
    private static final Pattern REFERENCE = Pattern.compile("(?<![\\w.])(dev\\.stancekit(?:\\.[a-z]\\w*)*)\\.[A-Z]");

    @Test
    void thePackagesOfTheProjectFormNoCycle() {
        Map<String, Set<String>> graph = graph(MAIN);
        assertTrue(graph.size() >= 10, "found only " + graph.keySet());
        assertEquals(List.of(), cycle(graph), "package cycle");
    }

    @Test
    void theModelAndResourcesPackagesImportNoOtherPackageOfTheProject() {
        Map<String, Set<String>> graph = graph(MAIN);
        assertEquals(Set.of(), graph.get("dev.stancekit.model"));
        assertEquals(Set.of(), graph.get("dev.stancekit.resources"));
    }

    @Test
    void theRootPackageHoldsOnlyTheFacade() throws IOException {
        try (Stream<Path> files = Files.list(MAIN.resolve("dev/stancekit"))) {
            assertEquals(List.of("StanceKit.java"), files.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    /** The packages a user runs (command line, benchmark, Spark, evaluation). */
    private static final List<String> ENTRY = List.of("cli", "bench", "spark", "eval");
    /** What the entry packages may use: the facade, values, codec, reading, reports, store, the pipeline. */
    private static final Set<String> FOR_ENTRY = Set.of("dev.stancekit", "dev.stancekit.model", "dev.stancekit.csv",
            "dev.stancekit.report", "dev.stancekit.store", "dev.stancekit.pipeline", "dev.stancekit.ingest",
            "dev.stancekit.resources", "dev.stancekit.briefing", "dev.stancekit.bench", "dev.stancekit.eval",
            "dev.stancekit.cli", "dev.stancekit.spark");
    /** Stage classes an entry package still names, each for a reason the facade does not cover yet. */
    private static final Set<String> STAGE_CLASSES_ALLOWED = Set.of(
            "dev.stancekit.quotes.LedgerEntry",          // explain prints the ledger ArticleAnalyzer.Explained holds
            "dev.stancekit.speakers.SpeakerTable",       // the speakers command's table (a report over quotes)
            "dev.stancekit.tone.LexiconToneScorer",      // the tone command scores free text, without articles
            "dev.stancekit.tone.StanceToneScorer",
            "dev.stancekit.tone.Reading",
            "dev.stancekit.tone.ToneTrainer");          // train-tone fits the learned tone model on scored pairs, without articles

    @Test
    void theEntryPackagesUseTheFacadeAndTheValuesNotTheStagesInternals() {
        Map<String, Set<String>> used = classesUsed(MAIN);
        List<String> wrong = new ArrayList<>();
        for (String p : ENTRY) {
            Set<String> classes = used.get("dev.stancekit." + p);
            assertTrue(classes != null && !classes.isEmpty(), "no sources for " + p);
            for (String c : classes) {
                String pkg = c.substring(0, c.lastIndexOf('.'));
                if (!FOR_ENTRY.contains(pkg) && !STAGE_CLASSES_ALLOWED.contains(c)) {
                    wrong.add(p + " -> " + c);
                }
            }
        }
        assertEquals(List.of(), wrong, "entry packages naming stage internals (go through StanceKit)");
    }

    @Test
    void classReferencesIncludeWildcardImports(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path p = Files.createDirectories(dir.resolve("dev/stancekit/cli"));
        Files.writeString(p.resolve("A.java"), "package dev.stancekit.cli;\nimport dev.stancekit.nlp.*;\n"
                + "import dev.stancekit.model.Quote;\nclass A { dev.stancekit.tone.Reading r; }\n");
        assertEquals(Set.of("dev.stancekit.nlp.*", "dev.stancekit.model.Quote", "dev.stancekit.tone.Reading"),
                classesUsed(dir).get("dev.stancekit.cli"));
    }

    /** Package → the classes of other packages of the project it names ({@code pkg.*} for a wildcard import). */
    static Map<String, Set<String>> classesUsed(Path root) {
        Pattern named = Pattern.compile("(?<![\\w.])(dev\\.stancekit(?:\\.[a-z]\\w*)*)\\.([A-Z]\\w*|\\*)");
        Map<String, Set<String>> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                String src = Files.readString(f, StandardCharsets.UTF_8);
                Matcher pm = PACKAGE.matcher(src);
                if (!pm.find()) {
                    continue;
                }
                Set<String> classes = out.computeIfAbsent(pm.group(1), k -> new TreeSet<>());
                Matcher m = named.matcher(src.substring(pm.end()));
                while (m.find()) {
                    if (!m.group(1).equals(pm.group(1))) {
                        classes.add(m.group(1) + "." + m.group(2));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Test
    void aCycleIsFoundAndNamed() {
        Map<String, Set<String>> g = new TreeMap<>();
        g.put("a", Set.of("b"));
        g.put("b", Set.of("c"));
        g.put("c", Set.of("a", "d"));
        g.put("d", Set.of());
        assertEquals(List.of("a", "b", "c", "a"), cycle(g));
        g.put("c", Set.of("d"));
        assertEquals(List.of(), cycle(g));
    }

    @Test
    void referencesAreReadFromImportsAndQualifiedNames(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path p = dir.resolve("dev/stancekit/x");
        Files.createDirectories(p);
        Files.writeString(p.resolve("A.java"), "package dev.stancekit.x;\nimport dev.stancekit.y.B;\n"
                + "class A { dev.stancekit.z.C c; String s = \"dev.stancekit\"; }\n");
        Files.createDirectories(dir.resolve("dev/stancekit/y"));
        Files.writeString(dir.resolve("dev/stancekit/y/B.java"), "package dev.stancekit.y;\n"
                + "import static dev.stancekit.x.A.f;\nclass B {}\n");
        Map<String, Set<String>> g = graph(dir);
        assertEquals(Set.of("dev.stancekit.y", "dev.stancekit.z"), g.get("dev.stancekit.x"));
        assertEquals(List.of("dev.stancekit.x", "dev.stancekit.y", "dev.stancekit.x"), cycle(g));
    }

    /** Package → the other packages of the project it refers to. */
    static Map<String, Set<String>> graph(Path root) {
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String src = Files.readString(f, StandardCharsets.UTF_8);
                Matcher pm = PACKAGE.matcher(src);
                if (!pm.find()) {
                    continue;
                }
                String pkg = pm.group(1);
                Set<String> out = graph.computeIfAbsent(pkg, k -> new TreeSet<>());
                Matcher m = REFERENCE.matcher(src.substring(pm.end()));
                while (m.find()) {
                    if (!m.group(1).equals(pkg)) {
                        out.add(m.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    /** The first cycle found, as a path that ends where it starts, or an empty list. */
    static List<String> cycle(Map<String, Set<String>> graph) {
        Map<String, Integer> state = new TreeMap<>(); // 1 on the path, 2 done
        for (String start : graph.keySet()) {
            List<String> path = new ArrayList<>();
            if (visit(start, graph, state, path)) {
                return path;
            }
        }
        return List.of();
    }

    private static boolean visit(String n, Map<String, Set<String>> graph, Map<String, Integer> state,
                                 List<String> path) {
        Integer s = state.get(n);
        if (s != null && s == 2) {
            return false;
        }
        if (s != null) {
            List<String> loop = new ArrayList<>(path.subList(path.indexOf(n), path.size()));
            loop.add(n);
            path.clear();
            path.addAll(loop);
            return true;
        }
        state.put(n, 1);
        path.add(n);
        for (String next : graph.getOrDefault(n, Set.of())) {
            if (visit(next, graph, state, path)) {
                return true;
            }
        }
        path.remove(path.size() - 1);
        state.put(n, 2);
        return false;
    }
}
