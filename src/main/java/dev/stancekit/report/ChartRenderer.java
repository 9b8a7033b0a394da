package dev.stancekit.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Renders charts one by one on a daemon thread, each within a time limit, so that a chart the
 * charting library cannot lay out is skipped with a warning instead of hanging the whole run.
 */
final class ChartRenderer {

    /** What was rendered, in input order, and one warning per chart that was skipped. */
    record Result(List<ChartKit.Saved> saved, List<String> warnings) {
    }

    private ChartRenderer() {
    }

    /**
     * Renders every chart (writing its files into {@code dir} unless null).
     *
     * @throws IOException when a chart file cannot be written
     */
    static Result render(Map<String, Chart<?, ?>> charts, Path dir, Duration limit) throws IOException {
        List<ChartKit.Saved> saved = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        ExecutorService pool = newPool();
        try {
            for (Map.Entry<String, Chart<?, ?>> e : charts.entrySet()) {
                String name = e.getKey();
                Future<ChartKit.Saved> f = pool.submit(() -> ChartKit.save(e.getValue(), null, name));
                try {
                    saved.add(ChartKit.write(f.get(limit.toMillis(), TimeUnit.MILLISECONDS), dir));
                } catch (TimeoutException x) {
                    f.cancel(true);
                    // the worker may never return: leave it behind (daemon) and use a fresh one
                    pool.shutdownNow();
                    pool = newPool();
                    warnings.add(warn(String.format(Locale.ROOT,
                            "chart %s skipped: not rendered within %.1f s", name, limit.toMillis() / 1000.0)));
                } catch (ExecutionException x) {
                    Throwable c = x.getCause();
                    if (c instanceof IOException io) {
                        throw io;
                    }
                    if (c instanceof UncheckedIOException io) {
                        throw io.getCause();
                    }
                    if (c instanceof Error err) {
                        throw err;
                    }
                    warnings.add(warn("chart " + name + " skipped: " + c));
                } catch (InterruptedException x) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while rendering chart " + name, x);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Result(List.copyOf(saved), List.copyOf(warnings));
    }

    private static String warn(String message) {
        System.err.println("stancekit: warning: " + message);
        return message;
    }

    private static ExecutorService newPool() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "stancekit-chart");
            t.setDaemon(true);
            return t;
        });
    }
}
