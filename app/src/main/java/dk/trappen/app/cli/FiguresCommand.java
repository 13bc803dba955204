package dk.trappen.app.cli;

import dk.trappen.app.AppContext;
import dk.trappen.core.Messages;
import dk.trappen.core.export.FigureWriter;
import dk.trappen.core.figures.FigureException;
import dk.trappen.core.figures.FigureId;
import dk.trappen.core.figures.FigureResult;
import dk.trappen.core.figures.FigureService;
import dk.trappen.core.figures.Source;
import dk.trappen.core.figures.compare.ComparisonUnit;
import dk.trappen.core.figures.compare.ComparisonUnits;
import dk.trappen.core.figures.compare.Level;
import dk.trappen.core.figures.compare.PublishedFigures;
import dk.trappen.core.figures.discretion.Discretion;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.store.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code trappen figures}: NT1–NT10, DOED, SKIFT, the transition matrix and NT11–NT20.6 per kommune
 * (or comparison unit) and cut date, as {@code ;}-separated CSV or JSON, always through discretion
 * unless {@code --no-discretion} is given (then the first line says so). NT11–NT20 of a source the
 * workspace lacks are left out, with the reason on stderr.
 */
@Command(name = "figures", mixinStandardHelpOptions = true, resourceBundle = CliTexts.BUNDLE)
final class FiguresCommand extends WorkspaceCommand {

    /** The levels the command line offers (comparison groups are the window's). */
    private static final Set<Level> LEVELS = EnumSet.of(Level.KOMMUNE, Level.KOMMUNEGRUPPE, Level.REGION,
            Level.SUNDHEDSKLYNGE, Level.LAND);

    @Mixin
    private KommuneOption kommune;

    @Option(names = "--from", paramLabel = "DATE", converter = DateConverter.class, descriptionKey = "figures.option.from")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = DateConverter.class, descriptionKey = "figures.option.to")
    private LocalDate to;

    @Option(names = "--format", paramLabel = "csv|json", defaultValue = "csv", descriptionKey = "figures.option.format")
    private String format;

    @Option(names = "--no-discretion", descriptionKey = "figures.option.noDiscretion")
    private boolean noDiscretion;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "figures.option.out")
    private Path out;

    @Option(names = "--level", paramLabel = "kommune|kommunegruppe|region|sundhedsklynge|land", defaultValue = "kommune",
            descriptionKey = "figures.option.level")
    private String level;

    @Override
    public Integer call() {
        // Wrong usage is found before the workspace is opened or anything is computed.
        Level unitLevel = Level.parse(level).filter(LEVELS::contains)
                .orElseThrow(() -> CliTexts.usage(spec(), "msg.figures.unknownLevel", level));
        FigureWriter.Format form = FigureWriter.Format.parse(format)
                .orElseThrow(() -> CliTexts.usage(spec(), "msg.figures.unknownFormat", format));
        if (from != null && to != null && from.isAfter(to)) {
            throw CliTexts.usage(spec(), "msg.figures.fromAfterTo", from, to);
        }
        KommuneOption.Choice chosen = kommune.orAll();
        Integer code = chosen.code().isPresent() ? chosen.code().getAsInt() : null;

        AppContext ctx = context();
        ReferenceData ref = ctx.reference();
        if (unitLevel != Level.KOMMUNE) {
            kommune.known(chosen, ref);
        }
        PublishedFigures published;
        Path dir;
        try (Workspace ws = workspace().open()) {
            dir = ws.directory();
            FigureService service = new FigureService(ref);
            published = noDiscretion ? service.published(service.compute(ws), Discretion.off(), List.of())
                    : service.published(ws);
        }
        FigureResult result = published.result();
        if (result.isEmpty()) {
            throw new FigureException("figures.noData", dir);
        }
        if (code != null && unitLevel == Level.KOMMUNE && !result.kommuner().contains(code)) {
            throw kommune.unknown(chosen);
        }
        List<ComparisonUnit> units = units(new ComparisonUnits(ref), unitLevel, code, result, ref);
        List<LocalDate> dates = result.cutDates().stream()
                .filter(d -> (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to)))
                .collect(Collectors.toList());

        FigureWriter writer = new FigureWriter(form, unitLevel, units, dates, published);
        PrintWriter console = spec().commandLine().getOut();
        if (out == null) {
            try {
                writer.write(console);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            console.flush();
            reportAbsent(spec().commandLine().getErr(), result, dates);
            return Cli.OK;
        }
        long rows = writer.write(out);
        console.println(CliTexts.get(published.discretion().isOff() ? "msg.figures.writtenWithoutDiscretion"
                : "msg.figures.written", out.toAbsolutePath(), rows));
        console.flush();
        reportAbsent(spec().commandLine().getErr(), result, dates);
        return Cli.OK;
    }

    /**
     * NT11–NT20 of a source the workspace lacks (or whose data do not reach a date) are left out of
     * the output rather than written as 0; the reason goes to stderr, one line per source and reason.
     */
    private static void reportAbsent(PrintWriter err, FigureResult result, List<LocalDate> dates) {
        for (Source source : Source.values()) {
            java.util.Map<String, List<LocalDate>> byReason = new java.util.LinkedHashMap<>();
            for (LocalDate d : dates) {
                result.absentReason(source, d).ifPresent(r -> byReason.computeIfAbsent(r, k -> new ArrayList<>()).add(d));
            }
            byReason.forEach((reason, at) -> err.println(at.size() == dates.size()
                    ? CliTexts.get("msg.figures.absent", figureRange(source), Messages.danish(reason))
                    : CliTexts.get("msg.figures.absentAt", figureRange(source),
                            at.stream().map(LocalDate::toString).collect(Collectors.joining(", ")), Messages.danish(reason))));
        }
        err.flush();
    }

    /** "NT11–NT12.2": the first and last id of a source's figures. */
    private static String figureRange(Source source) {
        List<FigureId> of = FigureId.extended().stream().filter(f -> f.source() == source).collect(Collectors.toList());
        return of.get(0).id() + "–" + of.get(of.size() - 1).id();
    }

    /** The units to write: all of the level, or those holding the chosen kommune. */
    private static List<ComparisonUnit> units(ComparisonUnits units, Level level, Integer code, FigureResult result,
            ReferenceData ref) {
        if (level == Level.KOMMUNE) {
            // Every kommune with figures, also a code outside the reference table found in the data.
            List<ComparisonUnit> out = new ArrayList<>();
            for (int k : result.kommuner()) {
                if (code == null || code == k) {
                    out.add(units.kommune(k).orElseGet(() -> new ComparisonUnit(Level.KOMMUNE, Integer.toString(k),
                            Integer.toString(k), List.of(k))));
                }
            }
            return out;
        }
        return code == null ? units.units(level) : units.unitsContaining(level, code);
    }
}
