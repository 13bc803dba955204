package dk.trappen.app.cli;

import dk.trappen.app.AppContext;
import dk.trappen.core.factsheet.BatchResult;
import dk.trappen.core.factsheet.FactSheetData;
import dk.trappen.core.factsheet.FactSheetService;
import dk.trappen.core.figures.FigureService;
import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.progress.ProgressListener;
import dk.trappen.core.reference.Kommune;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.store.Workspace;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code trappen factsheet}: one kommune's fact sheet as PDF, or with {@code --kommune all} one PDF
 * per kommune in a folder plus one combined PDF. Prints one Danish line with the path(s) and the time.
 */
@Command(name = "factsheet", mixinStandardHelpOptions = true, resourceBundle = "dk.trappen.app.cli.usage")
final class FactsheetCommand implements Callable<Integer> {

    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu");
    private static final Locale DANISH = Locale.forLanguageTag("da");

    @ParentCommand
    private TrappenCommand parent;

    @Mixin
    private WorkspaceOption workspace;

    @Spec
    private CommandSpec spec;

    @Option(names = "--kommune", paramLabel = "CODE|all", required = true, descriptionKey = "factsheet.option.kommune")
    private String kommune;

    @Option(names = "--cut", paramLabel = "DATE", descriptionKey = "factsheet.option.cut")
    private String cut;

    @Option(names = "--out", paramLabel = "PATH", required = true, descriptionKey = "factsheet.option.out")
    private Path out;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        // Wrong usage is found before the workspace is opened or anything is computed.
        boolean all = kommune.equals("all");
        if (!all && !kommune.matches("\\d{3}")) {
            throw usage("--kommune skal være en kommunekode på tre cifre (fx 751) eller all, ikke '" + kommune + "'");
        }
        if (all && isPdfName(out)) {
            throw usage("med --kommune all er --out en mappe (der skrives én PDF pr. kommune og en samlet PDF), ikke "
                    + out.getFileName());
        }
        LocalDate cutDate = cut == null ? null : date(cut);
        AppContext ctx = parent.context().get();
        ReferenceData ref = ctx.reference();
        Kommune chosen = all ? null : ref.kommune(Integer.parseInt(kommune))
                .orElseThrow(() -> usage("ukendt kommunekode " + kommune));

        FactSheetData data;
        try (Workspace ws = workspace.open()) {
            data = FactSheetData.read(ws, new FigureService(ref));
        }
        LocalDate at = cutDate == null ? data.latestCut() : cutDate;
        if (!data.cutDates().contains(at)) {
            List<LocalDate> dates = data.cutDates();
            throw usage("--cut " + cut + " er ikke en skæringsdato i data: vælg 30-06 eller 31-12 fra "
                    + DANISH_DATE.format(dates.get(0)) + " til " + DANISH_DATE.format(dates.get(dates.size() - 1)));
        }
        FactSheetService service = new FactSheetService(ref);
        PrintWriter console = spec.commandLine().getOut();
        if (all) {
            BatchResult r = service.writeAll(data, at, out, ProgressListener.NONE, new CancellationToken());
            console.println(r.sheets().size() + " faktaark pr. " + DANISH_DATE.format(at) + " skrevet til "
                    + out.toAbsolutePath().normalize() + " (ét pr. kommune) og samlet i " + r.combined() + " ("
                    + seconds(start) + ").");
        } else {
            Path target = isPdfName(out) ? out : out.resolve(FactSheetService.fileName(chosen, at));
            Path written = service.write(data, chosen.code(), data.chosenGroup(chosen.code()), at, target);
            console.println("Faktaark for " + chosen.name() + " pr. " + DANISH_DATE.format(at) + " skrevet til "
                    + written.toAbsolutePath().normalize() + " (" + seconds(start) + ").");
        }
        console.flush();
        return Cli.OK;
    }

    /** A path ending in .pdf names a file; anything else (existing or not) is a folder. */
    private static boolean isPdfName(Path p) {
        return p.getFileName() != null && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")
                && !Files.isDirectory(p);
    }

    /** ISO (2025-12-31) or Danish (31-12-2025). */
    private LocalDate date(String text) {
        try {
            return text.matches("\\d{2}-\\d{2}-\\d{4}") ? LocalDate.parse(text, DANISH_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw usage("ugyldig dato for --cut: '" + text + "' (skriv ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ, fx 2025-12-31)");
        }
    }

    private static String seconds(long start) {
        return String.format(DANISH, "%.1f s", (System.nanoTime() - start) / 1e9);
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
