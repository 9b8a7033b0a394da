package dev.stancekit.store;

import dev.stancekit.Resources;
import dev.stancekit.ingest.Hashing;
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
    static final List<String> ANALYSIS_RESOURCES = List.of("cue-verbs.csv", "speakers.csv",
            "organizations.csv", "themes.csv", "tone-lexicon.csv", "vader_lexicon.txt");

    private Fingerprint() {}

    public static String of(Resources res) {
        StringBuilder sb = new StringBuilder();
        String version = Fingerprint.class.getPackage().getImplementationVersion();
        sb.append("stancekit ").append(version == null ? "dev" : version).append('\n');
        char[] buf = new char[8192];
        for (String name : ANALYSIS_RESOURCES) {
            sb.append(name).append('\n');
            if (!res.exists(name)) {
                continue;
            }
            try (Reader r = res.open(name)) {
                StringBuilder content = new StringBuilder();
                int n;
                while ((n = r.read(buf)) > 0) {
                    content.append(buf, 0, n);
                }
                sb.append(Hashing.sha256(content.toString())).append('\n');
            } catch (IOException e) {
                sb.append("unreadable\n");
            }
        }
        return Hashing.sha256(sb.toString().getBytes(StandardCharsets.UTF_8));
    }
}
