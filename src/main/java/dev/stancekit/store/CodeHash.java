package dev.stancekit.store;

import dev.stancekit.model.Hashing;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Hashes of code: the class files where a class was loaded from, independent of file dates. */
final class CodeHash {

    private static final String PREFIX = "dev/stancekit/";

    private CodeHash() {}

    /** The hash of every stancekit class file beside {@code anchor} (jar or class folder), or "unknown". */
    static String of(Class<?> anchor) {
        try {
            return of(Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            return "unknown";
        }
    }

    /** The hash of every stancekit class file in a jar or class folder, or "unknown". */
    static String of(Path where) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(where)) {
                List<Path> files;
                try (Stream<Path> s = Files.walk(where.resolve(PREFIX))) {
                    files = s.filter(p -> p.toString().endsWith(".class")).sorted().toList();
                }
                for (Path f : files) {
                    add(md, where.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
                }
            } else {
                try (JarFile jar = new JarFile(where.toFile())) {
                    List<JarEntry> entries = new ArrayList<>();
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        JarEntry j = e.nextElement();
                        if (j.getName().startsWith(PREFIX) && j.getName().endsWith(".class")) {
                            entries.add(j);
                        }
                    }
                    entries.sort((a, b) -> a.getName().compareTo(b.getName()));
                    for (JarEntry j : entries) {
                        try (InputStream in = jar.getInputStream(j)) {
                            add(md, j.getName(), in.readAllBytes());
                        }
                    }
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            return "unknown";
        }
    }

    /** Where a class is loaded from (its jar's file name), or "absent". */
    static String location(String className) {
        try {
            Class<?> c = Class.forName(className, false, CodeHash.class.getClassLoader());
            Path p = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
            return String.valueOf(p.getFileName());
        } catch (ClassNotFoundException | URISyntaxException | RuntimeException | LinkageError e) {
            return "absent";
        }
    }

    private static void add(MessageDigest md, String name, byte[] bytes) {
        md.update(name.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(Hashing.sha256(bytes).getBytes(StandardCharsets.UTF_8));
    }
}
