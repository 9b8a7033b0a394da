package dev.stancekit.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.stancekit.eval.CoreNlpBaseline;
import dev.stancekit.eval.EvalInputs;
import dev.stancekit.eval.Predictor;
import dev.stancekit.eval.QuoteCsv;
import dev.stancekit.eval.Score;
import dev.stancekit.eval.ScoreTable;
import dev.stancekit.eval.Scorer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stancekit evaluate}: scores predicted quotes against a gold CSV with the rule of
 * {@code score.py}, optionally next to CoreNLP's stock quote attribution on the same articles.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Scores quotes against a gold CSV: a predicted quote matches a gold quote of the same "
                + "article when their words overlap (Dice >= 0.5), best pairs first, one to one; then "
                + "precision, recall, F1, direct and indirect recall, speaker, side, theme and tone "
                + "scores, missed and spurious quotes.",
                "The predictions are a quotes CSV (--pred) or stancekit's analysis of INPUT files "
                + "or folders. --baseline corenlp also runs CoreNLP's quote attribution on the same "
                + "articles (INPUT, else the articles named in the gold file, found next to it) "
                + "and prints both side by side; it needs java -Xmx10g."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:scored", "1:a file could not be read or the analysis failed",
                        "2:usage error"})
public final class EvaluateCommand implements Callable<Integer> {

    static final String OURS = "stancekit";
    static final String CORENLP = "corenlp";

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "GOLD.csv",
            description = "Gold quotes: article, kind, text, speaker, side, themes, tone.")
    Path gold;

    @Option(names = "--pred", paramLabel = "QUOTES.csv",
            description = "Predicted quotes CSV to score instead of analysing INPUT.")
    Path pred;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Article files or folders.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--baseline", paramLabel = "corenlp",
            description = "Also score CoreNLP's stock quote attribution (only value: corenlp).")
    String baseline;

    @Option(names = "--min-dice", paramLabel = "D", defaultValue = "0.5",
            description = "Word-set Dice overlap needed to match quotes (default: ${DEFAULT-VALUE}).")
    double minDice;

    @Option(names = "--json", description = "Print JSON (score.py --json keys) instead of text.")
    boolean json;

    private final Predictor ours;

    /** Scores stancekit's own analysis of INPUT with {@code ours}. */
    public EvaluateCommand(Predictor ours) {
        this.ours = ours;
    }

    /** Without the analysis pipeline: only --pred files and the baseline can be scored. */
    public EvaluateCommand() {
        this(null);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Scorer scorer = checkUsage();
        String memory = baseline == null ? null : CoreNlpBaseline.memoryProblem();
        if (memory != null) {
            err.println("evaluate: " + memory);
            return 1;
        }
        try {
            List<Map<String, String>> goldRows = QuoteCsv.read(gold, QuoteCsv.GOLD_COLUMNS);
            Map<String, Score> scores = new LinkedHashMap<>();
            if (pred != null) {
                scores.put(OURS, scorer.score(goldRows, QuoteCsv.read(pred, QuoteCsv.PRED_COLUMNS)));
            } else if (!inputs.isEmpty()) {
                if (ours == null) {
                    err.println("evaluate: analysis pipeline not wired: cannot analyse INPUT here; "
                            + "score a quotes CSV with --pred instead");
                    return 1;
                }
                scores.put(OURS, scorer.score(goldRows, ours.predict(inputs)));
            }
            if (baseline != null) {
                List<Path> files = inputs.isEmpty() ? EvalInputs.goldArticles(gold, goldRows)
                        : EvalInputs.textFiles(inputs);
                err.println("corenlp: loading the stock pipeline (parser, coref; takes a minute)");
                List<Map<String, String>> rows = CoreNlpBaseline.shared()
                        .predict(EvalInputs.read(files), line -> {
                            err.println(line);
                            err.flush();
                        });
                scores.put(CORENLP, scorer.score(goldRows, rows));
            }
            if (json) {
                out.print(toJson(scores));
            } else {
                out.print(baseline == null ? scores.get(OURS).render() : ScoreTable.render(scores));
            }
            return 0;
        } catch (IOException | UncheckedIOException | IllegalArgumentException
                 | IllegalStateException e) {
            err.println("evaluate: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            err.println("evaluate: analysis failed: " + e);
            return 1;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private Scorer checkUsage() {
        if (baseline != null && !baseline.equals(CORENLP)) {
            throw new ParameterException(spec.commandLine(),
                    "unknown baseline '" + baseline + "' (the only one is corenlp)");
        }
        if (pred == null && inputs.isEmpty() && baseline == null) {
            throw new ParameterException(spec.commandLine(),
                    "nothing to score: give --pred QUOTES.csv or INPUT files (or --baseline corenlp)");
        }
        if (pred != null && !inputs.isEmpty() && baseline == null) {
            throw new ParameterException(spec.commandLine(),
                    "give either --pred or INPUT, not both (INPUT with --pred is only for --baseline)");
        }
        try {
            return new Scorer(minDice);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--min-dice: " + e.getMessage());
        }
    }

    private static String toJson(Map<String, Score> scores) throws JsonProcessingException {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        if (!scores.containsKey(CORENLP)) {
            return m.writeValueAsString(scores.get(OURS).toMap()) + "\n";
        }
        Map<String, Object> all = new LinkedHashMap<>();
        scores.forEach((k, v) -> all.put(k, v.toMap()));
        return m.writeValueAsString(all) + "\n";
    }
}
