package dev.stancekit.store;

import dev.stancekit.resources.Resources;
import dev.stancekit.model.Hashing;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A fingerprint of everything that decides an article's analysis: the stancekit version and the
 * content of the resource files the stages read. Editing a resource invalidates cached results.
 */
public final class Fingerprint {

    /** The resources whose content changes the analysis of an article. */
    static final List<String> ANALYSIS_RESOURCES = List.of("boilerplate.csv", "cue-verbs.csv",
            "attribution-words.csv", "speakers.csv", "organizations.csv", "nationality-words.csv",
            "speaker-words.csv", "role-synonyms.csv", "themes.csv",
            "tone-lexicon.csv", "vader_lexicon.txt", "briefing-labels.csv", "news-outlets.csv", "tone-speech-acts.csv",
            "tone-targets.csv", "tone-scope.csv", "tone-settings.csv");

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
        for (String name : ANALYSIS_RESOURCES) {
            // both copies count: a layered file (registry, lexicon) reads the bundled rows too
            sb.append(name).append(' ').append(digest(() -> Resources.openBundled(name)));
            if (res.dir() != null && java.nio.file.Files.isRegularFile(res.dir().resolve(name))) {
                sb.append(' ').append(digest(() -> res.open(name)));
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
