package dk.trappen.core.factsheet;

import dk.trappen.core.figures.FigureService;
import dk.trappen.core.importing.ImportOptions;
import dk.trappen.core.importing.ImportService;
import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.progress.ProgressListener;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.reference.ReferenceLoader;
import dk.trappen.core.store.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The committed sample (samples/small: Aarhus, Randers, Bornholm) imported as a user would, once
 * per test JVM, and the fact-sheet data read from it; the workspace is closed again at once.
 */
final class SmallSampleSheets {

    static final ReferenceData REFERENCE = ReferenceLoader.fromDirectory(Path.of("..", "resources"));
    /** "Today" in the tests: the colophon's date. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneId.of("Europe/Copenhagen"));

    private static FactSheetData data;

    private SmallSampleSheets() {
    }

    static synchronized FactSheetData data() {
        if (data == null) {
            try {
                Path dir = Files.createTempDirectory("trappen-factsheet-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
                try (Workspace ws = Workspace.create(dir.resolve("ws"))) {
                    importSample(ws);
                    data = FactSheetData.read(ws, new FigureService(REFERENCE));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return data;
    }

    static FactSheetService service() {
        return new FactSheetService(REFERENCE, CLOCK, 2);
    }

    static void importSample(Workspace ws) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("..", "samples", "small"))) {
            files = s.filter(p -> !p.getFileName().toString().endsWith(".md")).sorted().collect(Collectors.toList());
        }
        ImportService importer = new ImportService(ws, REFERENCE, CLOCK);
        for (Path f : files) {
            importer.importFile(f, ImportOptions.defaults(), ProgressListener.NONE, new CancellationToken());
        }
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }

    /** The data as if {@code group} were saved in the workspace: the pattern decided with it among the units. */
    static FactSheetData withSaved(FactSheetData data, dk.trappen.core.figures.compare.ComparisonGroup group) {
        return new FactSheetData(dk.trappen.core.figures.compare.PublishedFigures.decide(REFERENCE, data.result(),
                data.discretion(), java.util.List.of(group)), data.settings(), data.coverage(), data.chosenGroups());
    }
}
