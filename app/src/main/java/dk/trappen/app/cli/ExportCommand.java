package dk.trappen.app.cli;

import dk.trappen.app.AppContext;
import dk.trappen.core.DanishDates;
import dk.trappen.core.export.ExportException;
import dk.trappen.core.export.ExportRequest;
import dk.trappen.core.export.ExportSummary;
import dk.trappen.core.export.WorkbookExporter;
import dk.trappen.core.figures.FigureService;
import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.progress.ProgressListener;
import dk.trappen.core.store.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code trappen export}: the key-figure workbook (.xlsx) for one kommune or all, at a cut date,
 * through discretion. Prints one Danish line with the file and the time taken.
 */
@Command(name = "export", mixinStandardHelpOptions = true, resourceBundle = CliTexts.BUNDLE)
final class ExportCommand extends WorkspaceCommand {

    @Mixin
    private KommuneOption kommune;

    @Mixin
    private CutDateOption cut;

    // Checked in call() rather than by picocli's "required", so a missing option gets a Danish message.
    @Option(names = "--out", paramLabel = "FILE.xlsx", descriptionKey = "export.option.out")
    private Path out;

    @Override
    public Integer call() {
        KommuneOption.Choice chosen = kommune.required();
        ExportRequest request = chosen.code().isPresent() ? ExportRequest.kommune(chosen.code().getAsInt())
                : ExportRequest.allKommuner();
        if (cut.date().isPresent()) {
            request = request.at(cut.date().get());
        }
        if (out == null) {
            throw CliTexts.usage(spec(), "msg.export.outMissing");
        }
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw CliTexts.usage(spec(), "msg.export.notXlsx", out);
        }
        AppContext ctx = context();
        kommune.known(chosen, ctx.reference());
        ExportSummary summary;
        try (Workspace ws = workspace().open()) {
            summary = new WorkbookExporter(new FigureService(ctx.reference()))
                    .export(ws, request, out, ProgressListener.NONE, new CancellationToken());
        } catch (ExportException e) {
            // A date that is a cut date but outside the data is wrong usage too; the message names the range.
            if (e.key().equals("export.notACutDate")) {
                throw new ParameterException(spec().commandLine(), e.getMessage());
            }
            throw e;
        }
        PrintWriter console = spec().commandLine().getOut();
        String who = chosen.code().isPresent()
                ? CliTexts.get("msg.export.forKommune",
                        ctx.reference().kommune(chosen.code().getAsInt()).orElseThrow().name(), chosen.text())
                : CliTexts.get("msg.export.forAll");
        console.println(CliTexts.get("msg.export.done", who, DanishDates.format(summary.cutDate()), summary.file(),
                summary.sheets().size(), CliTexts.seconds(summary.elapsed())));
        console.flush();
        return Cli.OK;
    }
}
