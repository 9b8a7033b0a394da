package dev.stancekit.cli;

import dev.stancekit.model.ArticleResult;
import dev.stancekit.model.Quote;
import dev.stancekit.StanceKit;
import dev.stancekit.eval.Predictor;
import dev.stancekit.model.IngestResult;
import dev.stancekit.eval.QuoteCsv;
import dev.stancekit.report.QuotesCsv;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** stancekit's own analysis as a {@link Predictor} for {@code evaluate INPUT…}: quotes.csv rows. */
final class PipelinePredictor implements Predictor {

    static final PipelinePredictor INSTANCE = new PipelinePredictor();

    @Override
    public List<Map<String, String>> predict(List<Path> inputs) throws Exception {
        InputOptions in = new InputOptions();
        in.inputs = inputs;
        StanceKit kit = StanceKit.defaults();
        List<Quote> quotes = new ArrayList<>();
        List<IngestResult> results = new ArrayList<>();
        for (ArticleResult r : in.analyze(kit, System.err, true, kit::analyze)) {
            quotes.addAll(r.quotes());
            results.add(r.input());
        }
        InputOptions.reportErrors(results, System.err); // their gold quotes count as missed
        Path tmp = Files.createTempFile("stancekit-eval", ".csv");
        try {
            QuotesCsv.write(tmp, quotes, false);
            return QuoteCsv.read(tmp, QuoteCsv.PRED_COLUMNS);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
