package dev.stancekit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A cheap estimate of how many articles the inputs hold, for the progress bar. */
final class InputCount {

    private InputCount() {}

    static long estimate(List<Path> inputs) {
        long n = 0;
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    n += s.filter(Files::isRegularFile).count();
                } catch (IOException | RuntimeException e) {
                    n++;
                }
            } else if (isManifest(p)) {
                n += lines(p);
            } else {
                n++;
            }
        }
        return n;
    }

    private static boolean isManifest(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase();
        return name.endsWith(".csv") || name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    private static long lines(Path p) {
        try (Stream<String> s = Files.lines(p)) {
            return Math.max(1, s.count() - (p.toString().toLowerCase().endsWith(".csv") ? 1 : 0));
        } catch (IOException | RuntimeException e) {
            return 1;
        }
    }
}
