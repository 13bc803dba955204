package dk.trappen.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes a file so that a reader never sees it half-written: the content goes to a hidden
 * temporary file in the target's folder and is moved over the target only when complete. A
 * failure (or a cancel thrown by the content) leaves the target as it was and no temporary file.
 */
public final class AtomicFile {

    /** What is written; it may throw to abandon the file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /**
     * Writes {@code content} to {@code target} (replacing it) through a hidden temporary file beside it.
     * The folder must exist.
     */
    public static void write(Path target, Content content) throws IOException {
        Path file = target.toAbsolutePath();
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            // Named after the target, not the hidden temporary file the user never asked for.
            throw new NoSuchFileException(file.toString());
        }
        Path temp = tempFor(file);
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            move(temp, file);
        } catch (IOException | RuntimeException | Error e) {
            deleteAfterFailure(temp, e);
            throw e;
        }
    }

    /**
     * Moves a finished file over {@code target}, in one step where the file system can (same folder,
     * so it nearly always can).
     */
    public static void move(Path from, Path target) throws IOException {
        try {
            Files.move(from, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * A hidden name beside the target (".name.uuid.tmp"): the same file system, so the move is one
     * step, and created with the folder's usual permissions, unlike createTempFile's owner-only ones
     * (which would stay with the finished file).
     */
    static Path tempFor(Path target) {
        return target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    }

    private static void deleteAfterFailure(Path temp, Throwable failure) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * A hidden folder inside {@code folder} where many files are written before any of them appears:
     * {@link #publish} moves each into the folder; {@link #close} removes what is left (all of it
     * after a failure).
     */
    public static Staging staging(Path folder) throws IOException {
        Files.createDirectories(folder);
        return new Staging(folder.toAbsolutePath(), Files.createTempDirectory(folder.toAbsolutePath(), ".trappen-"));
    }

    /** See {@link AtomicFile#staging}. */
    public static final class Staging implements AutoCloseable {
        private final Path folder;
        private final Path dir;

        private Staging(Path folder, Path dir) {
            this.folder = folder;
            this.dir = dir;
        }

        /** Where to write the file of that name until it is published. */
        public Path resolve(String fileName) {
            return dir.resolve(fileName);
        }

        /** Moves the staged file into the folder, over a file of the same name; returns its final path. */
        public Path publish(String fileName) throws IOException {
            Path target = folder.resolve(fileName);
            move(dir.resolve(fileName), target);
            return target;
        }

        /** Removes the staging folder and anything still in it. */
        @Override
        public void close() {
            List<Path> paths;
            try (Stream<Path> walk = Files.walk(dir)) {
                paths = walk.sorted(Comparator.reverseOrder()).collect(Collectors.toCollection(ArrayList::new));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (Path p : paths) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
