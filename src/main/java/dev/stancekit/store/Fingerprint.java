package dev.stancekit.store;

import dev.stancekit.resources.Manifest;
import dev.stancekit.resources.Resources;
import dev.stancekit.model.Hashing;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A fingerprint of everything that decides an article's analysis: the stancekit version, the
 * analysis code ({@link CodeHash}) and the content of every resource file that
 * {@code manifest.csv} marks as changing the analysis (the bundled copy and the user's copies).
 * Editing such a file invalidates cached results.
 */
public final class Fingerprint {

    private Fingerprint() {}

    /** The fingerprint of the analysis with these resources and this registry. */
    public static String of(Resources res, Resources registry) {
        return Hashing.sha256(of(res) + "\n" + of(registry));
    }

    public static String of(Resources res) {
        StringBuilder sb = new StringBuilder();
        String version = Fingerprint.class.getPackage().getImplementationVersion();
        sb.append("stancekit ").append(version == null ? "dev" : version).append('\n');
        sb.append("code ").append(code()).append('\n');
        // the manifest itself: whether a user's copy replaces or adds rows changes what is read
        sb.append(Manifest.FILE).append(' ').append(digest(() -> Resources.openBundled(Manifest.FILE))).append('\n');
        for (String name : Manifest.bundled().analysisFiles()) {
            // every copy counts: an added-to file (registry, lexicon) reads the bundled rows too
            sb.append(name).append(' ').append(digest(() -> Resources.openBundled(name)));
            for (Path copy : res.userCopies(name)) {
                sb.append(' ').append(digest(() -> Files.newBufferedReader(copy, StandardCharsets.UTF_8)));
            }
            sb.append('\n');
        }
        return Hashing.sha256(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A hash of the analysis code itself: every class file of stancekit (from its jar or class
     * folder), by name and content, and the CoreNLP jar's name; so a rebuild with changed rules
     * invalidates cached results even when the version string stays the same.
     */
    public static String code() {
        String c = code;
        if (c == null) {
            c = CodeHash.of(Fingerprint.class) + " " + CodeHash.location("edu.stanford.nlp.pipeline.StanfordCoreNLP");
            code = c;
        }
        return c;
    }

    private static volatile String code;

    private interface Opener {
        Reader open() throws IOException;
    }

    private static String digest(Opener opener) {
        char[] buf = new char[8192];
        StringBuilder content = new StringBuilder();
        try (Reader r = opener.open()) {
            int n;
            while ((n = r.read(buf)) > 0) {
                content.append(buf, 0, n);
            }
        } catch (IOException e) {
            return "absent";
        }
        return Hashing.sha256(content.toString());
    }
}
