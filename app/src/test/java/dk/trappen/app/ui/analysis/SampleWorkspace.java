package dk.trappen.app.ui.analysis;

import dk.trappen.app.TestContexts;
import dk.trappen.core.figures.FigureResult;
import dk.trappen.core.figures.FigureService;
import dk.trappen.core.importing.ImportOptions;
import dk.trappen.core.importing.ImportService;
import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.progress.ProgressListener;
import dk.trappen.core.store.Workspace;
import dk.trappen.core.figures.WorkspaceSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The committed sample imported once into a workspace for the screen tests, with the core
 * service's own figures to assert the screens against.
 */
final class SampleWorkspace {

    private static Path directory;
    private static FigureResult result;
    private static WorkspaceSettings settings;

    private SampleWorkspace() {
    }

    /** A copy of the imported sample per test (H2 keeps one owner per file; tests may change settings). */
    static synchronized Path copyInto(Path target) {
        if (directory == null) {
            try {
                directory = Files.createTempDirectory("trappen-sample-ws");
                Path ws = directory.resolve("ws");
                try (Workspace w = Workspace.create(ws)) {
                    ImportService service = new ImportService(w, TestContexts.reference(), Clock.systemUTC());
                    List<Path> files;
                    try (Stream<Path> list = Files.list(Path.of("..", "samples", "small"))) {
                        files = list.filter(f -> f.toString().endsWith(".csv") || f.toString().endsWith(".xlsx"))
                                .sorted().collect(Collectors.toList());
                    }
                    for (Path f : files) {
                        service.importFile(f, ImportOptions.defaults(), ProgressListener.NONE, new CancellationToken());
                    }
                    settings = WorkspaceSettings.load(w);
                    result = new FigureService(TestContexts.reference()).compute(w);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        copy(directory.resolve("ws"), target);
        return target;
    }

    static FigureResult result() {
        return result;
    }

    static WorkspaceSettings settings() {
        return settings;
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else if (!p.getFileName().toString().endsWith(".lck")) {
                    Files.copy(p, t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
