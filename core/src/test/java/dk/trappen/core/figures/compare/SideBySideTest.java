package dk.trappen.core.figures.compare;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.trappen.core.figures.FigureId;
import dk.trappen.core.figures.FigureResult;
import dk.trappen.core.figures.FigureService;
import dk.trappen.core.figures.discretion.Cell;
import dk.trappen.core.figures.discretion.Discretion;
import dk.trappen.core.figures.discretion.DisplaySeries;
import dk.trappen.core.importing.ImportOptions;
import dk.trappen.core.importing.ImportService;
import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.progress.ProgressListener;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.reference.ReferenceLoader;
import dk.trappen.core.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kommune beside the units that contain it (as the workbench shows it): no shown pair may give
 * away a difference of 1–4 persons. On the committed sample, applying discretion to each unit alone
 * does leak such differences (so the check can fail); applying it side by side does not.
 */
class SideBySideTest {

    private static final ReferenceData REF = ReferenceLoader.fromDirectory(Path.of("..", "resources"));
    private static FigureResult result;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void importSample() throws Exception {
        try (Workspace ws = Workspace.create(tmp.resolve("ws"))) {
            ImportService service = new ImportService(ws, REF, Clock.systemUTC());
            List<Path> files;
            try (Stream<Path> s = Files.list(Path.of("..", "samples", "small"))) {
                files = s.filter(p -> p.toString().endsWith(".csv") || p.toString().endsWith(".xlsx")).sorted()
                        .collect(Collectors.toList());
            }
            for (Path f : files) {
                service.importFile(f, ImportOptions.defaults(), ProgressListener.NONE, new CancellationToken());
            }
            result = new FigureService(REF).compute(ws);
        }
    }

    @Test
    void sideBySideGivesNoSmallDifferenceAway() {
        assertTrue(leaks((d, units) -> SideBySide.apply(d, result, units)).isEmpty(),
                () -> leaks((d, units) -> SideBySide.apply(d, result, units)).toString());
    }

    @Test
    void eachUnitAloneWouldLeakOnTheSample() {
        List<String> leaks = leaks((d, units) -> units.stream().map(u -> d.apply(u.series(result)))
                .collect(Collectors.toList()));
        assertTrue(!leaks.isEmpty(), "the sample should show why units are suppressed together");
    }

    private static List<String> leaks(BiFunction<Discretion, List<ComparisonUnit>, List<DisplaySeries>> shown) {
        Discretion d = Discretion.withThreshold(5);
        ComparisonUnits units = new ComparisonUnits(REF);
        List<String> out = new ArrayList<>();
        for (int k : List.of(751, 400, 730)) {
            List<ComparisonUnit> side = units.comparisonsFor(k, Optional.empty());
            List<DisplaySeries> cells = shown.apply(d, side);
            for (LocalDate date : result.cutDates()) {
                for (FigureId f : List.of(FigureId.NT1, FigureId.NT2, FigureId.NT3, FigureId.NT4, FigureId.NT5,
                        FigureId.NT6, FigureId.NT7, FigureId.NT8, FigureId.NT9, FigureId.NT10)) {
                    if (date.equals(result.cutDates().get(0)) && f.kind() != FigureId.Kind.STOCK) {
                        continue;
                    }
                    for (int o = 0; o < side.size(); o++) {
                        for (int i = 0; i < side.size(); i++) {
                            if (o == i || !side.get(o).kommuner().containsAll(side.get(i).kommuner())
                                    || side.get(o).kommuner().size() <= side.get(i).kommuner().size()) {
                                continue;
                            }
                            Cell big = cells.get(o).cell(date, f);
                            Cell small = cells.get(i).cell(date, f);
                            if (big.shown() && small.shown()) {
                                double diff = big.value().getAsDouble() - small.value().getAsDouble();
                                if (diff >= 1 && diff <= 4) {
                                    out.add(k + " " + date + " " + f.id() + " " + side.get(o).name() + " − "
                                            + side.get(i).name() + " = " + diff);
                                }
                            }
                        }
                    }
                }
            }
        }
        return out;
    }
}
