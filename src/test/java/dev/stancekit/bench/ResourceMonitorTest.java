package dev.stancekit.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ResourceMonitorTest {

    @Test
    void peakHeapIsSampledAndNeverGoesDown() throws InterruptedException {
        try (ResourceMonitor mon = new ResourceMonitor()) {
            long first;
            long waited = 0;
            // the sampler runs on its own thread: wait (bounded) for its first sample
            while ((first = mon.peakHeap()) == 0 && waited < 5000) {
                Thread.sleep(10);
                waited += 10;
            }
            assertTrue(first > 0, "no heap sample taken");
            byte[][] garbage = new byte[8][];
            for (int i = 0; i < garbage.length; i++) {
                garbage[i] = new byte[1 << 20];
            }
            assertTrue(garbage[7].length > 0);
            assertTrue(mon.peakHeap() >= first);
        }
    }

    @Test
    void closeStopsTheSamplerThread() throws InterruptedException {
        ResourceMonitor mon = new ResourceMonitor();
        mon.close();
        long waited = 0;
        while (Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("stancekit-monitor"))
                && waited < 5000) {
            Thread.sleep(10);
            waited += 10;
        }
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("stancekit-monitor")));
    }

    @Test
    void processFiguresAreSensible() {
        long rss = ResourceMonitor.peakRss();
        if (Files.isReadable(Path.of("/proc/self/status"))) {
            assertTrue(rss > 1024 * 1024, "peak RSS " + rss);
        } else {
            assertTrue(rss == -1);
        }
        long cpu = ResourceMonitor.processCpuNanos();
        assertTrue(cpu == -1 || cpu > 0, "cpu " + cpu);
        assertTrue(ResourceMonitor.sinceJvmStartMillis() > 0);
    }
}
