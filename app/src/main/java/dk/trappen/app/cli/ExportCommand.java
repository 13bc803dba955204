package dk.trappen.app.cli;

import dk.trappen.app.AppContext;
import dk.trappen.core.export.ExportException;
import dk.trappen.core.export.ExportRequest;
import dk.trappen.core.export.ExportSummary;
import dk.trappen.core.export.WorkbookExporter;
import dk.trappen.core.figures.CutDates;
import dk.trappen.core.figures.FigureService;
import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.progress.ProgressListener;
import dk.trappen.core.store.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
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
 * {@code trappen export}: the key-figure workbook (.xlsx) for one kommune or all, at a cut date,
 * through discretion. Prints one Danish line with the file and the time taken.
 */
@Command(name = "export", mixinStandardHelpOptions = true, resourceBundle = "dk.trappen.app.cli.usage")
final class ExportCommand implements Callable<Integer> {

    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @ParentCommand
    private TrappenCommand parent;

    @Mixin
    private WorkspaceOption workspace;

    @Spec
    private CommandSpec spec;

    // Checked in call() rather than by picocli's "required", so a missing option gets a Danish message.
    @Option(names = "--kommune", paramLabel = "CODE|all", descriptionKey = "export.option.kommune")
    private String kommune;

    @Option(names = "--cut", paramLabel = "DATE", descriptionKey = "export.option.cut")
    private String cut;

    @Option(names = "--out", paramLabel = "FILE.xlsx", descriptionKey = "export.option.out")
    private Path out;

    @Override
    public Integer call() {
        ExportRequest request = request();
        if (cut != null) {
            request = request.at(cutDate());
        }
        if (out == null) {
            throw usage("--out mangler: angiv projektmappen, der skal skrives, fx --out noegletal.xlsx");
        }
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw usage("--out skal være en .xlsx-fil, ikke '" + out + "'");
        }
        AppContext ctx = parent.context().get();
        if (request.kommune().isPresent() && ctx.reference().kommune(request.kommune().getAsInt()).isEmpty()) {
            throw usage("ukendt kommunekode " + kommune);
        }
        ExportSummary summary;
        try (Workspace ws = workspace.open()) {
            summary = new WorkbookExporter(new FigureService(ctx.reference()))
                    .export(ws, request, out, ProgressListener.NONE, new CancellationToken());
        } catch (ExportException e) {
            // A date that is a cut date but outside the data is wrong usage too; the message names the range.
            if (e.key().equals("export.notACutDate")) {
                throw usage(e.getMessage());
            }
            throw e;
        }
        PrintWriter console = spec.commandLine().getOut();
        String who = request.kommune().isPresent()
                ? "for " + ctx.reference().kommune(request.kommune().getAsInt()).orElseThrow().name() + " (" + kommune + ")"
                : "for alle kommuner";
        console.println("Nøgletal " + who + " pr. " + DANISH_DATE.format(summary.cutDate()) + " eksporteret til "
                + summary.file() + " (" + summary.sheets().size() + " ark, "
                + String.format(Locale.forLanguageTag("da"), "%.1f s", summary.elapsed().toMillis() / 1000.0) + ").");
        console.flush();
        return Cli.OK;
    }

    private ExportRequest request() {
        if (kommune == null) {
            throw usage("--kommune mangler: angiv en kommunekode på tre cifre (fx 751) eller all");
        }
        if (kommune.equals("all")) {
            return ExportRequest.allKommuner();
        }
        if (!kommune.matches("\\d{3}")) {
            throw usage("--kommune skal være en kommunekode på tre cifre (fx 751) eller all, ikke '" + kommune + "'");
        }
        return ExportRequest.kommune(Integer.parseInt(kommune));
    }

    /** ÅÅÅÅ-MM-DD as the other commands take it, or the Danish DD-MM-ÅÅÅÅ the workbook shows. */
    private LocalDate cutDate() {
        LocalDate date;
        try {
            date = cut.matches("\\d{2}-\\d{2}-\\d{4}") ? LocalDate.parse(cut, DANISH_DATE) : LocalDate.parse(cut);
        } catch (DateTimeParseException e) {
            throw usage("ugyldig dato for --cut: '" + cut + "' (skriv ÅÅÅÅ-MM-DD, fx 2024-12-31)");
        }
        if (!CutDates.isCutDate(date)) {
            throw usage("--cut skal være en skæringsdato, 30. juni eller 31. december, ikke " + DANISH_DATE.format(date));
        }
        return date;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
