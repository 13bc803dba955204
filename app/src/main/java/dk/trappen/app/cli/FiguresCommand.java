package dk.trappen.app.cli;

import dk.trappen.app.AppContext;
import dk.trappen.core.Messages;
import dk.trappen.core.figures.FigureException;
import dk.trappen.core.figures.FigureId;
import dk.trappen.core.figures.FigureResult;
import dk.trappen.core.figures.FigureService;
import dk.trappen.core.figures.Source;
import dk.trappen.core.figures.compare.ComparisonUnit;
import dk.trappen.core.figures.compare.ComparisonUnits;
import dk.trappen.core.figures.compare.Level;
import dk.trappen.core.figures.compare.PublishedFigures;
import dk.trappen.core.figures.discretion.Cell;
import dk.trappen.core.figures.discretion.Discretion;
import dk.trappen.core.figures.discretion.DisplaySeries;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.store.Workspace;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code trappen figures}: NT1–NT10, DOED, SKIFT, the transition matrix and NT11–NT20.6 per kommune
 * (or comparison unit) and cut date, as {@code ;}-separated CSV or JSON, always through discretion
 * unless {@code --no-discretion} is given (then the first line says so). NT11–NT20 of a source the
 * workspace lacks are left out, with the reason on stderr.
 */
@Command(name = "figures", mixinStandardHelpOptions = true, resourceBundle = "dk.trappen.app.cli.usage")
final class FiguresCommand implements Callable<Integer> {

    /** The levels the command line offers (comparison groups are the window's). */
    private static final Set<Level> LEVELS = EnumSet.of(Level.KOMMUNE, Level.KOMMUNEGRUPPE, Level.REGION,
            Level.SUNDHEDSKLYNGE, Level.LAND);

    @ParentCommand
    private TrappenCommand parent;

    @Mixin
    private WorkspaceOption workspace;

    @Spec
    private CommandSpec spec;

    @Option(names = "--kommune", paramLabel = "CODE|all", defaultValue = "all", descriptionKey = "figures.option.kommune")
    private String kommune;

    @Option(names = "--from", paramLabel = "DATE", descriptionKey = "figures.option.from")
    private String from;

    @Option(names = "--to", paramLabel = "DATE", descriptionKey = "figures.option.to")
    private String to;

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
        Level unitLevel = Level.parse(level).filter(LEVELS::contains).orElseThrow(() -> usage(
                "ukendt niveau '" + level + "': brug kommune, kommunegruppe, region, sundhedsklynge eller land"));
        boolean json;
        if (format.equals("csv") || format.equals("json")) {
            json = format.equals("json");
        } else {
            throw usage("ukendt format '" + format + "': brug csv eller json");
        }
        LocalDate fromDate = date("--from", from);
        LocalDate toDate = date("--to", to);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw usage("--from (" + fromDate + ") ligger efter --to (" + toDate + ")");
        }
        Integer code = kommuneCode();

        AppContext ctx = parent.context().get();
        ReferenceData ref = ctx.reference();
        if (code != null && unitLevel != Level.KOMMUNE && ref.kommune(code).isEmpty()) {
            throw usage("ukendt kommunekode " + code);
        }
        PublishedFigures published;
        Path dir;
        try (Workspace ws = workspace.open()) {
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
            throw usage("ukendt kommunekode " + code);
        }
        List<ComparisonUnit> units = units(new ComparisonUnits(ref), unitLevel, code, result, ref);
        List<LocalDate> dates = result.cutDates().stream()
                .filter(d -> (fromDate == null || !d.isBefore(fromDate)) && (toDate == null || !d.isAfter(toDate)))
                .collect(Collectors.toList());

        PrintWriter console = spec.commandLine().getOut();
        if (out == null) {
            write(console, unitLevel, units, dates, published, json);
            console.flush();
            reportAbsent(spec.commandLine().getErr(), result, dates);
            return Cli.OK;
        }
        long rows;
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            rows = write(w, unitLevel, units, dates, published, json);
        } catch (IOException | UncheckedIOException e) {
            throw new FigureException(e, "figures.cannotWrite", out.toAbsolutePath(), e.getMessage());
        }
        console.println("Nøgletal skrevet til " + out.toAbsolutePath() + " (" + rows + " rækker"
                + (published.discretion().isOff() ? ", UDEN diskretionering" : "") + ").");
        console.flush();
        reportAbsent(spec.commandLine().getErr(), result, dates);
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
            byReason.forEach((reason, at) -> err.println(figureRange(source) + " udeladt"
                    + (at.size() == dates.size() ? "" : " for " + at.stream().map(LocalDate::toString)
                            .collect(Collectors.joining(", ")))
                    + ": " + Messages.danish(reason)));
        }
        err.flush();
    }

    /** "NT11–NT12.2": the first and last id of a source's figures. */
    private static String figureRange(Source source) {
        List<FigureId> of = FigureId.extended().stream().filter(f -> f.source() == source).collect(Collectors.toList());
        return of.get(0).id() + "–" + of.get(of.size() - 1).id();
    }

    /** Whether a figure gets a row at the date: NT11–NT20 only where defined (absent sources are left out). */
    private static boolean written(DisplaySeries shown, FigureResult result, LocalDate d, FigureId f) {
        return !f.isExtended() || shown.defined(d, f);
    }

    /** The figures written: NT1–NT10 and the matrix, then NT11–NT20.6. */
    private static List<FigureId> figures(FigureResult result) {
        List<FigureId> all = new ArrayList<>(FigureId.standard(result.rules()));
        all.addAll(FigureId.extended());
        return all;
    }

    private Integer kommuneCode() {
        if (kommune.equals("all")) {
            return null;
        }
        if (!kommune.matches("\\d{3}")) {
            throw usage("--kommune skal være en kommunekode på tre cifre (fx 101) eller all, ikke '" + kommune + "'");
        }
        return Integer.parseInt(kommune);
    }

    private LocalDate date(String option, String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw usage("ugyldig dato for " + option + ": '" + text + "' (skriv ÅÅÅÅ-MM-DD, fx 2023-12-31)");
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
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

    /** Writes the header and one row per unit, cut date and figure; returns the number of data rows. */
    private static long write(Writer w, Level level, List<ComparisonUnit> units, List<LocalDate> dates,
            PublishedFigures published, boolean json) {
        try {
            BufferedWriter b = w instanceof BufferedWriter ? (BufferedWriter) w : new BufferedWriter(w);
            long rows = json ? writeJson(b, level, units, dates, published)
                    : writeCsv(b, level, units, dates, published);
            b.flush();
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long writeCsv(BufferedWriter w, Level level, List<ComparisonUnit> units, List<LocalDate> dates,
            PublishedFigures published) throws IOException {
        FigureResult result = published.result();
        Discretion discretion = published.discretion();
        if (discretion.isOff()) {
            w.write("# " + Discretion.offNotice(Messages.DANISH));
            w.newLine();
        }
        w.write(level.cliName() + ";cut_date;figure;value");
        w.newLine();
        long rows = 0;
        for (ComparisonUnit unit : units) {
            // The workspace's one pattern: the same cell in every output, whatever level or range is asked.
            DisplaySeries shown = published.shown(unit);
            for (LocalDate d : dates) {
                String prefix = unit.id() + ";" + d + ";";
                for (FigureId f : figures(result)) {
                    if (!written(shown, result, d, f)) {
                        continue;
                    }
                    w.write(prefix);
                    w.write(f.id());
                    w.write(';');
                    w.write(shown.cell(d, f).text());
                    w.newLine();
                    rows++;
                }
            }
        }
        return rows;
    }

    private static long writeJson(BufferedWriter w, Level level, List<ComparisonUnit> units, List<LocalDate> dates,
            PublishedFigures published) throws IOException {
        FigureResult result = published.result();
        Discretion discretion = published.discretion();
        // The first line carries the warning when discretion is off; the rows follow one per line.
        w.write('{');
        if (discretion.isOff()) {
            w.write("\"warning\":" + quote(Discretion.offNotice(Messages.DANISH)) + ",");
            w.newLine();
        }
        w.write("\"level\":" + quote(level.cliName()) + ",\"discretion\":" + !discretion.isOff()
                + ",\"threshold\":" + discretion.threshold() + ",\"data_version\":" + result.dataVersion() + ",\"rows\":[");
        w.newLine();
        long rows = 0;
        String key = quote(level.cliName());
        for (ComparisonUnit unit : units) {
            DisplaySeries shown = published.shown(unit);
            for (LocalDate d : dates) {
                for (FigureId f : figures(result)) {
                    if (!written(shown, result, d, f)) {
                        continue;
                    }
                    Cell c = shown.cell(d, f);
                    if (rows > 0) {
                        w.write(',');
                        w.newLine();
                    }
                    w.write('{' + key + ':' + quote(unit.id()) + ",\"cut_date\":\"" + d + "\",\"figure\":\"" + f.id()
                            + "\",\"value\":" + (c.shown() ? number(c.value().getAsDouble(), f.decimals()) : quote(c.text()))
                            + '}');
                    rows++;
                }
            }
        }
        w.newLine();
        w.write("]}");
        w.newLine();
        return rows;
    }

    /** A JSON number: a count, or a mean/share rounded as the CSV shows it (with a decimal point). */
    static String number(double value, int decimals) {
        return decimals == 0 ? Long.toString(Math.round(value))
                : String.format(java.util.Locale.ROOT, "%." + decimals + "f", value);
    }

    /** A JSON string literal. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"':
                    b.append("\\\"");
                    break;
                case '\\':
                    b.append("\\\\");
                    break;
                case '\n':
                    b.append("\\n");
                    break;
                case '\r':
                    b.append("\\r");
                    break;
                case '\t':
                    b.append("\\t");
                    break;
                default:
                    if (ch < 0x20) {
                        b.append(String.format("\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
            }
        }
        return b.append('"').toString();
    }
}
