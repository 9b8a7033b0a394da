package dev.stancekit.cli;

import dev.stancekit.eval.QuoteCsv;
import dev.stancekit.eval.ToneExamples;
import dev.stancekit.tone.ToneTrainer;
import dev.stancekit.tone.ToneTrainer.Example;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code stancekit train-tone}: fits the learned tone correction on annotated quotes. */
@Command(name = "train-tone", mixinStandardHelpOptions = true,
        description = {"Fits tone-model.csv, the learned correction of the tone rules, on gold quotes with a tone "
                + "(-1/0/1) and the quotes a run predicted for the same articles with the model off "
                + "(run with --resources DIR whose tone-model.csv has only its header line). See docs/tone.md."})
public final class TrainToneCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "GOLD.csv", description = "Gold quotes with a tone column.")
    Path gold;

    @Option(names = "--pred", required = true, paramLabel = "QUOTES.csv",
            description = "quotes.csv of a run over the same articles, made with the learned model off.")
    Path pred;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model (never overwritten).")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (Files.exists(out)) {
            throw new ParameterException(spec.commandLine(), "--out: " + out + " exists; remove it or name another file");
        }
        List<Map<String, String>> g = QuoteCsv.read(gold, QuoteCsv.GOLD_COLUMNS);
        List<Map<String, String>> p = QuoteCsv.read(pred, QuoteCsv.PRED_COLUMNS);
        List<Example> examples;
        try {
            examples = ToneExamples.from(g, p, 0.5);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (examples.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no gold quote with a tone is matched by a predicted quote");
        }
        ToneTrainer.Params params = ToneTrainer.DEFAULTS;
        long articles = examples.stream().map(Example::article).distinct().count();
        String provenance = examples.size() + " matched quotes with a gold tone from " + articles + " articles ("
                + gold.getFileName() + "); " + params;
        int rows;
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW)) {
            rows = ToneTrainer.write(ToneTrainer.train(examples, params), provenance, w);
        }
        spec.commandLine().getOut().println("wrote " + out + ": " + rows + " features from " + provenance);
        return 0;
    }
}
