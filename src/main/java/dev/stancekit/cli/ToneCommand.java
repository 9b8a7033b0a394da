package dev.stancekit.cli;

import dev.stancekit.csv.SafeCsv;
import dev.stancekit.resources.Resources;
import dev.stancekit.tone.LexiconToneScorer;
import dev.stancekit.model.Tone;
import dev.stancekit.tone.Reading;
import dev.stancekit.tone.StanceToneScorer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stancekit tone [TEXT...]}: the tone of each text, as CSV on standard output. */
@Command(name = "tone", mixinStandardHelpOptions = true,
        description = {"Scores the tone of texts toward the other side, from -1 (confrontational) to "
                + "+1 (conciliatory), and shows the target and speech act found and the cues that moved the score.",
            "Prints CSV: text,tone,tone_label,target,speech_act,tone_cues (cues separated by ';'). See docs/tone.md."})
public final class ToneCommand implements Callable<Integer> {

    @Parameters(paramLabel = "TEXT", arity = "0..*",
            description = "Texts to score. Without any, each line of standard input is one text.")
    private List<String> texts = new ArrayList<>();

    @Option(names = "--resources", paramLabel = "DIR",
            description = "Folder whose tone-lexicon.csv / vader_lexicon.txt replace, and whose tone-speech-acts.csv, "
                    + "tone-targets.csv, tone-scope.csv, tone-settings.csv add to, the bundled ones.")
    private Path resources;

    @Option(names = "--vader", description = "Plain VADER, without the diplomatic lexicon (for comparison).")
    private boolean vaderOnly;

    @Option(names = "--side", paramLabel = "SIDE",
            description = "The speaker's side (US, China, ...): names of that side become the speaker's own side. "
                    + "Without it, both the US and China count as the other side.")
    private String side;

    @Spec
    private CommandSpec spec;

    private final InputStream stdin;

    public ToneCommand() {
        this(System.in);
    }

    ToneCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
        if (resources != null && !Files.isDirectory(resources)) {
            throw new ParameterException(spec.commandLine(), "--resources: not a folder: " + resources);
        }
        Resources res = resources == null ? Resources.bundled() : Resources.overlay(resources);
        Function<String, Reading> scorer;
        if (vaderOnly) {
            LexiconToneScorer vader = LexiconToneScorer.vaderOnly(res);
            scorer = t -> new Reading(vader.score(t), "", "");
        } else {
            StanceToneScorer model = StanceToneScorer.create(res);
            scorer = t -> model.readQuote(t, null, side, null);
        }
        PrintWriter out = spec.commandLine().getOut();
        // not closed: that would close standard output
        CSVPrinter csv = SafeCsv.open(out, false, List.of("text", "tone", "tone_label", "target", "speech_act", "tone_cues"));
        if (texts.isEmpty()) {
            BufferedReader in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
            boolean first = true;
            for (String line; (line = in.readLine()) != null; first = false) {
                print(csv, scorer, first && line.startsWith("\uFEFF") ? line.substring(1) : line);
            }
        } else {
            for (String t : texts) {
                print(csv, scorer, t);
            }
        }
        csv.flush();
        return 0;
    }

    private static void print(CSVPrinter csv, Function<String, Reading> scorer, String text) throws IOException {
        Reading r = scorer.apply(text);
        Tone tone = r.tone();
        SafeCsv.row(csv, text, format(tone.score()), tone.label().label(), r.target(), r.act(),
                String.join(";", tone.cues()));
    }

    /** Three decimals, and never "-0.000". */
    static String format(double score) {
        String s = String.format(Locale.ROOT, "%.3f", score);
        return s.equals("-0.000") ? "0.000" : s;
    }
}
