package dev.stancekit.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples heap use every 20 ms on a daemon thread and reads the process's peak resident set size
 * (VmHWM, Linux) and CPU time, for the benchmark's figures.
 */
public final class ResourceMonitor implements AutoCloseable {

    private final AtomicLong peakHeap = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;

    public ResourceMonitor() {
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        sampler = new Thread(() -> {
            while (running) {
                peakHeap.accumulateAndGet(mem.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "stancekit-monitor");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Highest heap use seen so far, in bytes. */
    public long peakHeap() {
        return peakHeap.get();
    }

    /** Peak resident set size of this process in bytes, or -1 where /proc is not there. */
    public static long peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** CPU time used by this process in nanoseconds, or -1 when the JVM does not tell. */
    public static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return -1;
    }

    /** Milliseconds since the JVM started. */
    public static long sinceJvmStartMillis() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
