package dk.trappen.samples;

import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.progress.ProgressListener;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.reference.ReferenceLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Test support: the reference tables, one default small sample generated once per JVM, and a CSV reader. */
final class SmallSample {

    private static ReferenceData ref;
    private static Path defaultSample;

    private SmallSample() {
    }

    static synchronized ReferenceData ref() {
        if (ref == null) {
            ref = ReferenceLoader.fromDirectory(Path.of(System.getProperty("trappen.reference.dir", "../resources")));
        }
        return ref;
    }

    /** The small sample with default options (seed 1, until 2025-12-31, utf8). */
    static synchronized Path defaults() {
        if (defaultSample == null) {
            try {
                Path dir = Files.createTempDirectory("trappen-small-");
                generate(SampleOptions.defaults(), dir);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
                defaultSample = dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return defaultSample;
    }

    static SampleReport generate(SampleOptions options, Path dir) throws IOException {
        return new SampleGenerator().generate(ref(), options, dir, ProgressListener.NONE, new CancellationToken());
    }

    /** Rows of a delimited file (no quoting is used by the generator), header included. */
    static List<String[]> read(Path file, Charset charset, String newline, char delimiter) throws IOException {
        String text = new String(Files.readAllBytes(file), charset);
        List<String[]> rows = new ArrayList<>();
        for (String line : text.split(newline, -1)) {
            if (!line.isEmpty()) {
                rows.add(line.split(java.util.regex.Pattern.quote(String.valueOf(delimiter)), -1));
            }
        }
        return rows;
    }

    static List<String[]> readUtf8(Path file) throws IOException {
        return read(file, java.nio.charset.StandardCharsets.UTF_8, "\n", ';');
    }

    static int column(List<String[]> rows, String name) {
        int i = Arrays.asList(rows.get(0)).indexOf(name);
        if (i < 0) {
            throw new AssertionError("no column " + name + " in " + Arrays.toString(rows.get(0)));
        }
        return i;
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort at JVM exit
        }
    }
}
