package dk.trappen.app.cli;

import dk.trappen.app.AppContext;
import dk.trappen.core.DanishDates;
import dk.trappen.core.TrappenException;
import dk.trappen.core.importing.ColumnMappings;
import dk.trappen.core.importing.ImportOptions;
import dk.trappen.core.importing.ImportReport;
import dk.trappen.core.importing.ImportService;
import dk.trappen.core.importing.ImportType;
import dk.trappen.core.importing.RejectedRow;
import dk.trappen.core.importing.RejectsCsv;
import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.progress.ProgressListener;
import dk.trappen.core.store.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code trappen import}: each file in its own all-or-nothing import, with a report. Exit 0 when
 * every file was stored, 1 when a file was refused (nothing of it stored), 2 on bad usage.
 */
@Command(name = "import", mixinStandardHelpOptions = true, resourceBundle = CliTexts.BUNDLE)
final class ImportCommand extends WorkspaceCommand {

    private static final int REJECTS_SHOWN = 10;

    @Option(names = "--type", paramLabel = "TYPE", descriptionKey = "option.type")
    private String type;

    @Option(names = "--strict", descriptionKey = "option.strict")
    private boolean strict;

    @Option(names = "--accept-unknown-kommune", descriptionKey = "option.acceptUnknownKommune")
    private boolean acceptUnknownKommune;

    @Option(names = "--mapping", paramLabel = "FILE", descriptionKey = "option.mapping")
    private Path mapping;

    @Option(names = "--rejects", paramLabel = "FILE", descriptionKey = "option.rejects")
    private Path rejectsFile;

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "param.files")
    private List<Path> files;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec().commandLine().getOut();
        PrintWriter err = spec().commandLine().getErr();
        ImportOptions options = ImportOptions.defaults().withStrict(strict).withAcceptUnknownKommune(acceptUnknownKommune);
        if (type != null) {
            ImportType t = ImportType.byId(type).orElse(null);
            if (t == null) {
                err.println(CliTexts.get("msg.error", CliTexts.get("msg.import.unknownType", type)));
                spec().commandLine().usage(err);
                return Cli.USAGE;
            }
            options = options.withType(t);
        }
        if (mapping != null) {
            options = options.withMapping(ColumnMappings.parse(Files.readString(mapping, StandardCharsets.UTF_8)));
        }
        AppContext ctx = context();
        NumberFormat count = NumberFormat.getIntegerInstance(Locale.forLanguageTag("da"));
        int exit = Cli.OK;
        Map<Long, String> imported = new LinkedHashMap<>();
        try (Workspace ws = workspace().openOrCreate()) {
            ImportService service = new ImportService(ws, ctx.reference(), Clock.systemDefaultZone());
            for (Path f : files) {
                try {
                    ImportReport r = service.importFile(f, options, ProgressListener.NONE, new CancellationToken());
                    print(out, r, count);
                    if (r.rowsRejected() > 0) {
                        imported.put(r.importId(), r.fileName());
                    }
                } catch (TrappenException e) {
                    err.println(CliTexts.get("msg.error", e.getMessage()));
                    exit = Cli.FAILED;
                }
            }
            if (rejectsFile != null) {
                long n = RejectsCsv.write(ws, imported, rejectsFile);
                out.println(CliTexts.get("msg.import.rejectsWritten", rejectsFile, count.format(n)));
            }
        }
        return exit;
    }

    private static void print(PrintWriter out, ImportReport r, NumberFormat count) {
        if (r.duplicateOfImport() > 0) {
            out.println(CliTexts.get("msg.import.sameFile", r.fileName(), r.type().id(), r.duplicateOfImport(),
                    count.format(r.rowsDuplicate())));
            return;
        }
        String read = CliTexts.get("msg.import.read", r.fileName(), r.type().id(), count.format(r.rowsRead()),
                count.format(r.rowsStored()), count.format(r.rowsRejected()), count.format(r.rowsDuplicate()));
        out.println(r.periodFrom() == null ? read : CliTexts.get("msg.import.readWithPeriod", read,
                DanishDates.format(r.periodFrom()), DanishDates.format(r.periodTo())));
        // The indents are layout: a file's details stand under its line.
        r.warnings().forEach((text, rows) -> out.println("  " + CliTexts.get("msg.import.warning", text, count.format(rows))));
        if (r.rowsRejected() > 0) {
            out.println("  " + CliTexts.get("msg.import.rejected", count.format(r.rowsRejected())));
            for (RejectedRow row : r.rejects().subList(0, (int) Math.min(REJECTS_SHOWN, r.rejects().size()))) {
                out.println("    " + row.message());
            }
        }
    }
}
