package dev.stancekit.pipeline;

import dev.stancekit.model.ArticleResult;
import dev.stancekit.model.IngestResult;
import dev.stancekit.model.Quote;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs the per-article analysis over a stream of inputs on a fixed pool of worker threads, with a
 * bounded number of articles in flight, and hands the results to a consumer in input order. The
 * corpus is never held in memory. A failure in one article becomes an error result; the run goes
 * on.
 */
public final class BatchRunner {

    private final Function<IngestResult, List<Quote>> analysis;
    private final int threads;

    /**
     * @param analysis the work for one ok input (usually {@code r -> analyzer.analyze(r.article())})
     * @param threads  worker threads, at least 1
     */
    public BatchRunner(Function<IngestResult, List<Quote>> analysis, int threads) {
        this.analysis = analysis;
        this.threads = Math.max(1, threads);
    }

    /** Processes every input and calls {@code sink} once per input, in input order. */
    public void run(Iterator<IngestResult> inputs, Consumer<ArticleResult> sink) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "stancekit-worker");
            t.setDaemon(true);
            return t;
        });
        int window = threads * 4;
        Deque<Future<ArticleResult>> inFlight = new ArrayDeque<>();
        try {
            while (inputs.hasNext()) {
                IngestResult in = inputs.next();
                inFlight.add(pool.submit(() -> process(in)));
                if (inFlight.size() >= window) {
                    sink.accept(take(inFlight.poll()));
                }
            }
            while (!inFlight.isEmpty()) {
                sink.accept(take(inFlight.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private ArticleResult process(IngestResult in) {
        if (!in.isOk()) {
            return new ArticleResult(in, List.of());
        }
        try {
            return new ArticleResult(in, analysis.apply(in));
        } catch (VirtualMachineError e) {
            if (!(e instanceof StackOverflowError || e instanceof OutOfMemoryError)) {
                throw e; // the JVM itself is broken: stop
            }
            return failed(in, e);
        } catch (RuntimeException | Error e) {
            return failed(in, e);
        }
    }

    private static ArticleResult failed(IngestResult in, Throwable e) {
        String why = "analysis failed: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return new ArticleResult(IngestResult.error(in.id(), in.path(), why), List.of());
    }

    private static ArticleResult take(Future<ArticleResult> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
