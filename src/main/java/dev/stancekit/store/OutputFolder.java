package dev.stancekit.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * An output folder held by one run: checked writable (and with free space) before any analysis,
 * and locked exclusively ({@code .stancekit/lock}) so that a second run into the same folder, in
 * this or another process, never mixes its files with this one's. Closing releases the lock.
 */
public final class OutputFolder implements AutoCloseable {

    /** Exit code of a run whose output folder is held by another run. */
    public static final int EXIT_BUSY = 3;
    /** Exit code of a run that cannot write its output folder (read-only, disk full, not a folder). */
    public static final int EXIT_UNWRITABLE = 4;
    /** Less free space than this in the output folder's file system counts as a full disk. */
    public static final long DEFAULT_MIN_FREE = 16L << 20;

    /** An output-side failure, with the exit code the command returns for it. */
    public static final class Failure extends IOException {
        private static final long serialVersionUID = 1L;
        private final int exitCode;

        public Failure(int exitCode, String message, Throwable cause) {
            super(message, cause);
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }

    private final Path dir;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputFolder(Path dir, FileChannel channel, FileLock lock) {
        this.dir = dir;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Creates {@code dir} if needed, checks that it can be written and has {@code minFree} bytes
     * free, and locks it; with {@code wait} a busy folder is waited for, else it is a failure.
     */
    public static OutputFolder open(Path dir, boolean wait, long minFree) throws Failure {
        Path meta = dir.resolve(".stancekit");
        try {
            Files.createDirectories(meta);
            Path probe = Files.createTempFile(meta, "probe", ".tmp");
            try {
                Files.write(probe, new byte[4096], StandardOpenOption.SYNC);
            } finally {
                Files.deleteIfExists(probe);
            }
        } catch (IOException | SecurityException e) {
            throw unwritable(dir, e);
        }
        long free = usableSpace(meta);
        if (free >= 0 && free < minFree) {
            throw new Failure(EXIT_UNWRITABLE, "cannot write the output folder " + dir + ": disk full ("
                    + free / 1024 + " KB free, at least " + minFree / 1024 + " KB needed); nothing was analysed", null);
        }
        FileChannel ch = null;
        try {
            ch = FileChannel.open(meta.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock l = tryLock(ch);
            if (l == null && wait) {
                l = ch.lock();
            }
            if (l == null) {
                String holder = holder(ch);
                ch.close();
                throw new Failure(EXIT_BUSY, "the output folder " + dir + " is in use by another stancekit run"
                        + holder + "; wait for it to end, use --wait, or pick another --out", null);
            }
            ch.truncate(0);
            ch.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + " since " + Instant.now() + "\n")
                    .getBytes(StandardCharsets.UTF_8)), 0);
            return new OutputFolder(dir, ch, l);
        } catch (Failure f) {
            throw f;
        } catch (IOException | RuntimeException e) {
            closeQuietly(ch);
            throw unwritable(dir, e);
        }
    }

    /** An I/O failure while writing into {@code dir}, as the output-side failure it is. */
    public static Failure unwritable(Path dir, Exception e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (why.contains("No space left")) {
            why = "disk full (" + why + ")";
        } else if (e instanceof java.nio.file.AccessDeniedException || why.contains("Read-only file system")) {
            why = "read-only or not permitted (" + why + ")";
        } else if (e instanceof java.nio.file.FileAlreadyExistsException
                || e instanceof java.nio.file.NotDirectoryException) {
            why = "not a folder (" + why + ")";
        }
        return new Failure(EXIT_UNWRITABLE, "cannot write the output folder " + dir + ": " + why, e);
    }

    public Path dir() {
        return dir;
    }

    private static FileLock tryLock(FileChannel ch) throws IOException {
        try {
            return ch.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this JVM
        }
    }

    private static String holder(FileChannel ch) {
        try {
            ByteBuffer b = ByteBuffer.allocate(200);
            int n = ch.read(b, 0);
            String s = n <= 0 ? "" : new String(b.array(), 0, n, StandardCharsets.UTF_8).strip();
            return s.isEmpty() ? "" : " (" + s + ")";
        } catch (IOException e) {
            return "";
        }
    }

    private static long usableSpace(Path p) {
        try {
            return Files.getFileStore(p).getUsableSpace();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException e) {
                // nothing held
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel releases it too
        }
        closeQuietly(channel);
    }
}
