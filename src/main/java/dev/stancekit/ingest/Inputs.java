package dev.stancekit.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

/**
 * Expands the inputs into a sorted list of entries, one per regular file found (folders are
 * walked recursively, in name order) or per thing that could not be read as a file. Ids are file
 * names, made unique with as many parent folders as needed when names repeat.
 */
final class Inputs {

    /** One file to read, or a problem ({@code skip}: skipped, else error) that is its own result. */
    record Entry(Path path, String id, String problem, boolean skip) {
        boolean ok() {
            return problem == null;
        }
    }

    private Inputs() {}

    static List<Entry> list(List<Path> inputs) {
        return list(inputs, List.of());
    }

    /** As {@link #list(List)}, never entering the folders {@code exclude} (an output folder). */
    static List<Entry> list(List<Path> inputs, List<Path> exclude) {
        List<Entry> out = new ArrayList<>();
        Set<Path> skip = new HashSet<>();
        for (Path x : exclude) {
            skip.add(real(x));
        }
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                int before = out.size();
                walk(p, out, skip);
                if (out.size() == before) {
                    out.add(new Entry(p, null, "empty folder", true));
                }
            } else if (Files.isRegularFile(p)) {
                out.add(new Entry(p, null, null, false));
            } else if (Files.isSymbolicLink(p)) {
                out.add(new Entry(p, null, brokenLink(p), false));
            } else if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                out.add(new Entry(p, null, "not a regular file", true));
            } else {
                out.add(new Entry(p, null, "not found", false));
            }
        }
        return assignIds(out);
    }

    private static void walk(Path dir, List<Entry> out, Set<Path> skip) {
        if (!skip.isEmpty() && skip.contains(real(dir))) {
            return;
        }
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            ds.forEach(children::add);
        } catch (IOException | SecurityException e) {
            out.add(new Entry(dir, null, "cannot list folder: " + FileLoader.describe(e), false));
            return;
        }
        children.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        for (Path c : children) {
            String name = c.getFileName().toString();
            if (Files.isSymbolicLink(c)) {
                if (Files.isDirectory(c)) {
                    out.add(new Entry(c, null, "symbolic link to a folder; not followed", true));
                } else if (Files.isRegularFile(c)) {
                    out.add(new Entry(c, null, null, false));
                } else {
                    out.add(new Entry(c, null, brokenLink(c), false));
                }
            } else if (Files.isDirectory(c, LinkOption.NOFOLLOW_LINKS)) {
                if (name.startsWith(".")) {
                    out.add(new Entry(c, null, "hidden folder; not read", true));
                } else {
                    walk(c, out, skip);
                }
            } else if (Files.isRegularFile(c, LinkOption.NOFOLLOW_LINKS)) {
                out.add(new Entry(c, null, null, false));
            } else {
                out.add(new Entry(c, null, "not a regular file", true));
            }
        }
    }

    /** "symbolic link loop" when following {@code link} comes back to a link seen, else "broken symbolic link". */
    static String brokenLink(Path link) {
        Set<Path> seen = new HashSet<>();
        Path p = link.toAbsolutePath().normalize();
        try {
            for (int hops = 0; hops < 64; hops++) {
                if (!Files.isSymbolicLink(p)) {
                    return Files.exists(p, LinkOption.NOFOLLOW_LINKS)
                            ? "symbolic link to something that is not a regular file" : "broken symbolic link";
                }
                if (!seen.add(p)) {
                    return "symbolic link loop";
                }
                p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
            }
            return "symbolic link loop";
        } catch (IOException | SecurityException e) {
            String m = String.valueOf(e.getMessage());
            return m.contains("levels of symbolic links") ? "symbolic link loop" : "broken symbolic link";
        }
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException | SecurityException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /** File names, or the shortest path suffix that tells apart files of the same name. */
    static List<Entry> assignIds(List<Entry> entries) {
        Map<String, List<Integer>> byName = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            byName.computeIfAbsent(name(entries.get(i).path()), k -> new ArrayList<>()).add(i);
        }
        String[] ids = new String[entries.size()];
        for (List<Integer> group : byName.values()) {
            if (group.stream().map(i -> entries.get(i).path().toAbsolutePath().normalize()).distinct().count() == 1) {
                group.forEach(i -> ids[i] = name(entries.get(i).path()));
                continue;
            }
            for (int k = 2; ; k++) {
                Map<String, Path> seen = new HashMap<>();
                boolean unique = true;
                boolean grew = false;
                for (int i : group) {
                    Path abs = entries.get(i).path().toAbsolutePath().normalize();
                    grew |= abs.getNameCount() >= k;
                    String s = suffix(abs, k);
                    ids[i] = s;
                    Path before = seen.put(s, abs);
                    unique &= before == null || before.equals(abs);
                }
                if (unique || !grew) {
                    break;
                }
            }
        }
        List<Entry> out = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            out.add(new Entry(e.path(), ids[i], e.problem(), e.skip()));
        }
        return out;
    }

    private static String name(Path p) {
        Path n = p.toAbsolutePath().normalize().getFileName();
        return n == null ? p.toString() : n.toString();
    }

    private static String suffix(Path abs, int k) {
        int n = abs.getNameCount();
        Path s = abs.subpath(Math.max(0, n - k), n);
        return s.toString().replace('\\', '/');
    }
}
