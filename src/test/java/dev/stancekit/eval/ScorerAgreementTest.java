package dev.stancekit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks that {@link Scorer} gives exactly the numbers, lists and text of {@code score.py} on the
 * seed gold file perturbed in many ways and on random synthetic files full of ties. Skipped when
 * {@code ../shared} or {@code python3} is missing.
 */
class ScorerAgreementTest {

    private static final List<String> COLS = List.of("article", "kind", "text", "speaker",
            "speaker_mention", "side", "themes", "tone", "tone_label");
    private static final String[] SIDES = {"US", "China", "other", "unknown", " us ", "CHINA", ""};
    private static final String[] LABELS = {"conciliatory", "Neutral", "HOSTILE ", "mixed",
                                            "positive", "negative", "cooperative", "angry", ""};
    private static final String[] NUMBERS = {"0.1", "-0.1", "0.10001", "-0.5", "1", " 2e-1 ",
                                             "nan", "-inf", "1_0", "x", "", ".5", "5.", "0x1"};

    static Path shared;
    static Path scorePy;

    /** Runs score.py's main() on many (gold, pred, min-dice) cases in one python process. */
    private static final String DRIVER = String.join("\n",
            "import contextlib, importlib.util, io, json, sys",
            "spec = importlib.util.spec_from_file_location('score', sys.argv[1])",
            "score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)",
            "out = []",
            "for gold, pred, md in json.load(open(sys.argv[2], encoding='utf-8')):",
            "    res = {}",
            "    for mode, extra in (('json', ['--json']), ('text', [])):",
            "        buf = io.StringIO()",
            "        with contextlib.redirect_stdout(buf):",
            "            score.main([gold, pred, '--min-dice', md] + extra)",
            "        res[mode] = buf.getvalue()",
            "    out.append(res)",
            "json.dump(out, open(sys.argv[3], 'w', encoding='utf-8'))",
            "");

    @TempDir
    Path tmp;

    private final List<Case> cases = new ArrayList<>();

    private record Case(Path gold, Path pred, double minDice, String what) {
    }

    @BeforeAll
    static void locate() {
        shared = sharedDir();
        scorePy = shared == null ? null : shared.resolve("eval/score.py");
    }

    /** {@code ../shared} from the project root (or from a worktree one level further down). */
    static Path sharedDir() {
        for (String p : List.of("../shared", "../../shared")) {
            if (Files.isRegularFile(Path.of(p, "eval/score.py"))) {
                return Path.of(p);
            }
        }
        return null;
    }

    @Test
    void agreesOnPerturbedSeedGold() throws Exception {
        assumeTrue(scorePy != null && python(), "needs ../shared and python3");
        Path goldFile = shared.resolve("corpus/seeds-gold.csv");
        List<Map<String, String>> gold = QuoteCsv.read(goldFile, QuoteCsv.GOLD_COLUMNS);
        add(goldFile, gold, 0.5, "gold itself");
        for (int seed = 1; seed <= 40; seed++) {
            Random rnd = new Random(seed);
            List<Map<String, String>> pred = perturb(gold, rnd);
            double minDice = new double[] {0.5, 0.5, 0.3, 0.7, 0.0, 1.0}[seed % 6];
            add(goldFile, pred, minDice, "perturbed seed " + seed);
        }
        assertAllAgree();
    }

    @Test
    void agreesOnRandomFilesFullOfTies() throws Exception {
        assumeTrue(scorePy != null && python(), "needs ../shared and python3");
        Random rnd = new Random(7);
        for (int round = 0; round < 80; round++) {
            List<Map<String, String>> gold = new ArrayList<>();
            for (int i = rnd.nextInt(12); i >= 0; i--) {
                Map<String, String> r = randomRow(rnd);
                r.put("tone", rnd.nextInt(4) == 0 ? "" : String.valueOf(rnd.nextInt(3) - 1));
                r.put("kind", pick(rnd, "direct", "partial", "indirect", "Direct", ""));
                gold.add(r);
            }
            List<Map<String, String>> pred = new ArrayList<>();
            for (int i = rnd.nextInt(12); i >= 0; i--) {
                pred.add(randomRow(rnd));
            }
            Path goldFile = write(gold, "gold" + round + ".csv");
            add(goldFile, pred, pick(rnd, 0.5, 0.25, 0.6), "random round " + round);
        }
        assertAllAgree();
    }

    private void add(Path goldFile, List<Map<String, String>> pred, double minDice, String what)
            throws IOException {
        cases.add(new Case(goldFile, write(pred, "pred" + cases.size() + ".csv"), minDice, what));
    }

    private void assertAllAgree() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<List<String>> manifest = cases.stream().map(c -> List.of(c.gold().toString(),
                c.pred().toString(), String.valueOf(c.minDice()))).toList();
        Path in = tmp.resolve("cases.json");
        Path out = tmp.resolve("results.json");
        json.writeValue(in.toFile(), manifest);
        runPython(in, out);
        List<?> results = json.readValue(out.toFile(), List.class);
        assertEquals(cases.size(), results.size());
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            Map<?, ?> res = (Map<?, ?>) results.get(i);
            Score java = new Scorer(c.minDice()).score(QuoteCsv.read(c.gold(), QuoteCsv.GOLD_COLUMNS),
                    QuoteCsv.read(c.pred(), QuoteCsv.PRED_COLUMNS));
            @SuppressWarnings("unchecked")
            Map<String, Object> py = json.readValue((String) res.get("json"), LinkedHashMap.class);
            assertEquals(List.copyOf(py.keySet()), List.copyOf(java.toMap().keySet()), c.what());
            for (Map.Entry<String, Object> e : java.toMap().entrySet()) {
                Object p = py.get(e.getKey());
                if (p instanceof Number n && e.getValue() instanceof Double) {
                    p = n.doubleValue();
                }
                assertEquals(p, e.getValue(), c.what() + ": " + e.getKey());
            }
            assertEquals(res.get("text"), java.render(), c.what() + ": text output");
        }
    }

    private Map<String, String> randomRow(Random rnd) {
        String[] vocab = {"talks", "trade", "Taiwan", "don’t", "İstanbul", "\u212Aelvin", "naïve",
                          "the", "a", "Secretary", "Li", "Wei", "Jane", "Doe", "us", "9", "x1"};
        Map<String, String> r = new HashMap<>();
        r.put("article", pick(rnd, "a1.txt", "dir/A1.TXT", " a1 ", "a2", "a2.", ".a2", "b/c/a2.md"));
        r.put("text", words(rnd, vocab, rnd.nextInt(6)));
        r.put("speaker", words(rnd, vocab, rnd.nextInt(3)));
        r.put("speaker_mention", words(rnd, vocab, rnd.nextInt(2)));
        r.put("side", rnd.nextInt(5) == 0 ? "*" : pick(rnd, SIDES));
        r.put("themes", pick(rnd, "trade", "trade;taiwan", " Taiwan | trade ", ",", "", "climate,trade"));
        r.put("tone_label", pick(rnd, LABELS));
        r.put("tone", pick(rnd, NUMBERS));
        r.put("kind", "direct");
        return r;
    }

    private static List<Map<String, String>> perturb(List<Map<String, String>> gold, Random rnd) {
        List<Map<String, String>> pred = new ArrayList<>();
        for (Map<String, String> g : gold) {
            if (rnd.nextInt(6) == 0) {
                continue;
            }
            Map<String, String> p = new HashMap<>(g);
            List<String> w = new ArrayList<>(Arrays.asList(g.get("text").split(" ")));
            for (int k = rnd.nextInt(Math.max(1, w.size() / 2 + 1)); k > 0 && !w.isEmpty(); k--) {
                w.remove(rnd.nextInt(w.size()));
            }
            if (rnd.nextBoolean()) {
                w.add(rnd.nextInt(w.size() + 1), "“inserted”");
            }
            p.put("text", rnd.nextInt(4) == 0 ? String.join(" ", w).toUpperCase() : String.join(" ", w));
            String other = gold.get(rnd.nextInt(gold.size())).get("speaker");
            switch (rnd.nextInt(5)) {
                case 0 -> p.put("speaker", other);
                case 1 -> p.put("speaker", "Mr. " + g.get("speaker"));
                case 2 -> {
                    p.put("speaker", "");
                    p.put("speaker_mention", g.get("speaker").toLowerCase());
                }
                case 3 -> p.put("speaker", lastWord(g.get("speaker")));
                default -> { }
            }
            if (rnd.nextInt(3) == 0) {
                p.put("side", pick(rnd, SIDES));
            }
            if (rnd.nextInt(3) == 0) {
                p.put("themes", String.join("|", g.get("themes").split(";")) + pick(rnd, "", ";trade", ",x"));
            }
            p.remove("tone");
            if (rnd.nextBoolean()) {
                p.put("tone", String.valueOf(Integer.parseInt(g.get("tone")) * 0.1 * rnd.nextInt(3)));
            } else {
                p.put("tone_label", pick(rnd, LABELS));
            }
            if (rnd.nextInt(4) == 0) {
                p.put("article", "some/dir/" + g.get("article").toUpperCase());
            }
            pred.add(p);
            if (rnd.nextInt(8) == 0) {
                pred.add(new HashMap<>(p));
            }
        }
        for (int k = rnd.nextInt(4); k > 0; k--) {
            Map<String, String> g = gold.get(rnd.nextInt(gold.size()));
            Map<String, String> s = new HashMap<>(gold.get(rnd.nextInt(gold.size())));
            s.put("article", g.get("article"));
            pred.add(rnd.nextInt(pred.size() + 1), s);
        }
        return pred;
    }

    private static String lastWord(String s) {
        String[] w = s.trim().split("\\s+");
        return w[w.length - 1];
    }

    private static String words(Random rnd, String[] vocab, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : pick(rnd, " ", ", ", "\n")).append(pick(rnd, vocab));
        }
        return b.toString();
    }

    @SafeVarargs
    private static <T> T pick(Random rnd, T... xs) {
        return xs[rnd.nextInt(xs.length)];
    }

    private Path write(List<Map<String, String>> rows, String name) throws IOException {
        StringBuilder b = new StringBuilder();
        QuoteCsv.write(b, COLS, rows);
        Path f = tmp.resolve(name);
        Files.writeString(f, b, StandardCharsets.UTF_8);
        return f;
    }

    private static boolean python() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private void runPython(Path in, Path out) throws Exception {
        Path driver = tmp.resolve("driver.py");
        Files.writeString(driver, DRIVER, StandardCharsets.UTF_8);
        ProcessBuilder pb = new ProcessBuilder("python3", driver.toString(), scorePy.toString(),
                in.toString(), out.toString()).redirectErrorStream(true);
        Process p = pb.start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), "score.py failed: " + log);
    }
}
