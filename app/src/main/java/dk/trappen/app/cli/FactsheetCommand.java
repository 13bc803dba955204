package dk.trappen.app.cli;

import dk.trappen.app.AppContext;
import dk.trappen.core.DanishDates;
import dk.trappen.core.Messages;
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
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code trappen factsheet}: one kommune's fact sheet as PDF, or with {@code --kommune all} one PDF
 * per kommune in a folder plus one combined PDF. Prints one Danish line with the path(s) and the time.
 */
@Command(name = "factsheet", mixinStandardHelpOptions = true, resourceBundle = CliTexts.BUNDLE)
final class FactsheetCommand extends WorkspaceCommand {

    @Mixin
    private KommuneOption kommune;

    @Mixin
    private CutDateOption cut;

    @Option(names = "--out", paramLabel = "PATH", required = true, descriptionKey = "factsheet.option.out")
    private Path out;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        // Wrong usage is found before the workspace is opened or anything is computed.
        KommuneOption.Choice choice = kommune.required();
        boolean all = choice.isAll();
        if (all && isPdfName(out)) {
            throw CliTexts.usage(spec(), "msg.factsheet.allNeedsFolder", out.getFileName());
        }
        AppContext ctx = context();
        ReferenceData ref = ctx.reference();
        Kommune chosen = all ? null : ref.kommune(choice.code().getAsInt()).orElseThrow(() -> kommune.unknown(choice));

        FactSheetData data;
        try (Workspace ws = workspace().open()) {
            data = FactSheetData.read(ws, new FigureService(ref));
        }
        LocalDate at = cut.date().orElse(data.latestCut());
        if (!data.cutDates().contains(at)) {
            List<LocalDate> dates = data.cutDates();
            throw new ParameterException(spec().commandLine(), Messages.danish("factsheet.notCutDate",
                    DanishDates.format(at), DanishDates.format(dates.get(0)),
                    DanishDates.format(dates.get(dates.size() - 1))));
        }
        FactSheetService service = new FactSheetService(ref);
        PrintWriter console = spec().commandLine().getOut();
        if (all) {
            BatchResult r = service.writeAll(data, at, out, ProgressListener.NONE, new CancellationToken());
            console.println(CliTexts.get("msg.factsheet.writtenAll", r.sheets().size(), DanishDates.format(at),
                    out.toAbsolutePath().normalize(), r.combined(), CliTexts.seconds(since(start))));
        } else {
            Path target = isPdfName(out) ? out : out.resolve(FactSheetService.fileName(chosen, at));
            Path written = service.write(data, chosen.code(), data.chosenGroup(chosen.code()), at, target);
            console.println(CliTexts.get("msg.factsheet.written", chosen.name(), DanishDates.format(at),
                    written.toAbsolutePath().normalize(), CliTexts.seconds(since(start))));
        }
        console.flush();
        return Cli.OK;
    }

    /** A path ending in .pdf names a file; anything else (existing or not) is a folder. */
    private static boolean isPdfName(Path p) {
        return p.getFileName() != null && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")
                && !Files.isDirectory(p);
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
