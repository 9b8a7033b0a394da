package dev.stancekit.store;

import dev.stancekit.model.ArticleResult;
import dev.stancekit.model.Quote;
import dev.stancekit.model.IngestResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges one run into the archive: an article the run was given replaces its archived version
 * (same URL, else same file), a new article is added, archived articles the run was not given
 * stay unless pruned. Inputs of the run that were skipped or failed are listed for this run only;
 * a failed input whose article is archived keeps the archived version. Article ids stay unique:
 * a new article whose id (file name) an archived article of another origin already uses gets the
 * name of its folder in front ({@code week2/a.txt}), and its quote ids follow.
 */
public final class ArchiveMerge {

    private ArchiveMerge() {
    }

    /**
     * @param archived   the archive before the run
     * @param run        this run's results, in input order
     * @param signatures wire-copy signatures of this run's articles by id
     * @param prune      drop archived articles that are not among this run's inputs
     */
    public static List<Archive.Entry> merge(List<Archive.Entry> archived, List<ArticleResult> run,
                                            Map<String, long[]> signatures, boolean prune) {
        Map<String, Archive.Entry> byKey = new LinkedHashMap<>();
        for (Archive.Entry e : archived) {
            if (e.input().isOk()) {
                byKey.put(e.key(), e);
            }
        }
        Set<String> seen = new HashSet<>();
        List<Archive.Entry> notAnalysed = new ArrayList<>();
        for (ArticleResult r : run) {
            IngestResult in = r.input();
            String key = Archive.key(in.isOk() ? in.article().url() : "", in.path());
            seen.add(key);
            if (in.isOk()) {
                byKey.remove(key);
                byKey.put(key, new Archive.Entry(key, in, r.quotes(), signatures.get(in.id())));
            } else {
                String msg = byKey.containsKey(key) && in.status() == IngestResult.Status.ERROR
                        ? in.message() + " (the version archived by an earlier run is kept)" : in.message();
                notAnalysed.add(new Archive.Entry(key, new IngestResult(in.id(), in.path(), null, in.status(), msg),
                        List.of(), null));
            }
        }
        if (prune) {
            byKey.keySet().retainAll(seen);
        }
        List<Archive.Entry> out = uniqueIds(new ArrayList<>(byKey.values()));
        out.addAll(notAnalysed);
        return out;
    }

    /** Renames the later of two articles that share an id (see the class comment). */
    static List<Archive.Entry> uniqueIds(List<Archive.Entry> entries) {
        Set<String> ids = new HashSet<>();
        List<Archive.Entry> out = new ArrayList<>(entries.size());
        for (Archive.Entry e : entries) {
            String id = e.input().id();
            if (ids.add(id)) {
                out.add(e);
                continue;
            }
            String base = folder(e.input().path()) + id;
            String fresh = base;
            for (int i = 2; !ids.add(fresh); i++) {
                fresh = base + "~" + i;
            }
            out.add(renamed(e, fresh));
        }
        return out;
    }

    private static String folder(String path) {
        String p = path.replace('\\', '/');
        int hash = p.indexOf('#');
        p = hash < 0 ? p : p.substring(0, hash);
        String[] parts = p.split("/");
        return parts.length >= 2 && !parts[parts.length - 2].isEmpty() ? parts[parts.length - 2] + "/" : "";
    }

    private static Archive.Entry renamed(Archive.Entry e, String id) {
        IngestResult in = e.input();
        List<Quote> qs = new ArrayList<>();
        for (Quote q : e.quotes()) {
            String n = q.id().substring(q.id().lastIndexOf('#') + 1);
            qs.add(new Quote(id + "#" + n, id, q.date(), q.kind(), q.text(), q.cue(), q.speakerMention(),
                    q.speaker(), q.themes(), q.tone(), q.start(), q.end()));
        }
        return new Archive.Entry(e.key(), new IngestResult(id, in.path(), in.article().toBuilder().id(id).build(),
                in.status(), in.message()), qs, e.signature());
    }
}
