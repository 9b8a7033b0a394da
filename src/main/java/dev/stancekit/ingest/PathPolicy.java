package dev.stancekit.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the {@code path} values of a manifest may point: inside {@code root} (default: the
 * manifest's own folder), judged after following symbolic links, unless {@code allowOutside}.
 */
record PathPolicy(Path root, boolean allowOutside) {

    static final PathPolicy DEFAULT = new PathPolicy(null, false);

    /**
     * Why {@code target} (absolute, normalised) may not be read for a manifest in {@code dir}
     * ({@code null} for a manifest held in memory), or null.
     */
    String refuse(Path target, Path dir) {
        if (allowOutside) {
            return null;
        }
        if (root == null && dir == null) {
            return "a manifest that is not a local file may only point into the input root; not read "
                    + "(pass --input-root or --allow-paths-outside)";
        }
        Path base = (root != null ? root : dir).toAbsolutePath().normalize();
        Path real = real(target);
        if (real.startsWith(real(base))) {
            return null;
        }
        return "path outside " + (root != null ? "the input root " : "the manifest's folder ") + base
                + "; not read (pass --allow-paths-outside to allow it)";
    }

    private static Path real(Path p) {
        try {
            return Files.exists(p) ? p.toRealPath() : p.toAbsolutePath().normalize();
        } catch (IOException | SecurityException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
