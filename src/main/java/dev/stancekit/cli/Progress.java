package dev.stancekit.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar on stderr: {@code [#####.....] 12/40 articles  3.1/s  ETA 9s}. Redrawn
 * at most ten times a second; silent when there is at most one item or when disabled.
 */
final class Progress {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final long total;
    private final boolean enabled;
    private final long started = System.nanoTime();
    private long done;
    private long lastDraw;

    Progress(PrintStream out, long total, boolean enabled) {
        this.out = out;
        this.total = total;
        this.enabled = enabled && total > 1;
    }

    synchronized void step() {
        done++;
        long now = System.nanoTime();
        if (enabled && now - lastDraw > 100_000_000L) {
            lastDraw = now;
            out.print('\r' + line(now));
            out.flush();
        }
    }

    synchronized void finish() {
        if (enabled) {
            out.print('\r' + line(System.nanoTime()) + '\n');
            out.flush();
        }
    }

    String line(long now) {
        double secs = Math.max(1e-9, (now - started) / 1e9);
        double rate = done / secs;
        long all = Math.max(total, done); // the total is an estimate: never show more done than total
        int filled = all <= 0 ? 0 : (int) Math.min(WIDTH, WIDTH * done / all);
        String eta = rate > 0 && all > done
                ? String.format(Locale.ROOT, "  ETA %ds", (long) Math.ceil((all - done) / rate)) : "";
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + all
                + " articles  " + String.format(Locale.ROOT, "%.1f/s", rate) + eta + "   ";
    }
}
