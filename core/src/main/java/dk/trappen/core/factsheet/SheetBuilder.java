package dk.trappen.core.factsheet;

import dk.trappen.core.Messages;
import dk.trappen.core.TrappenVersion;
import dk.trappen.core.factsheet.SheetContent.Movements;
import dk.trappen.core.factsheet.SheetContent.Paragraph;
import dk.trappen.core.factsheet.SheetContent.Row;
import dk.trappen.core.factsheet.SheetContent.Series;
import dk.trappen.core.factsheet.SheetContent.Staircase;
import dk.trappen.core.factsheet.SheetContent.Table;
import dk.trappen.core.factsheet.SheetContent.Trend;
import dk.trappen.core.figures.CutDates;
import dk.trappen.core.figures.AccountYears;
import dk.trappen.core.figures.FigureId;
import dk.trappen.core.figures.FigureResult;
import dk.trappen.core.figures.FigureCatalogue;
import dk.trappen.core.figures.compare.ComparisonGroup;
import dk.trappen.core.figures.compare.ComparisonUnit;
import dk.trappen.core.figures.compare.ComparisonUnits;
import dk.trappen.core.figures.compare.Level;
import dk.trappen.core.figures.compare.PublishedFigures;
import dk.trappen.core.figures.discretion.Cell;
import dk.trappen.core.figures.discretion.Discretion;
import dk.trappen.core.figures.discretion.DisplaySeries;
import dk.trappen.core.reference.Enhed;
import dk.trappen.core.reference.Kommune;
import dk.trappen.core.reference.Omraade;
import dk.trappen.core.reference.ReferenceData;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns the figures of one kommune at one cut date into {@link SheetContent}: the kommune, its
 * comparison group, region and hele landet, each through discretion, and the texts around them.
 */
final class SheetBuilder {

    private static final List<FigureId> STAIRCASE = List.of(FigureId.NT1, FigureId.NT2, FigureId.NT3, FigureId.NT4,
            FigureId.NT5, FigureId.NT6);
    private static final List<FigureId> MOVEMENTS = List.of(FigureId.NT7, FigureId.NT7_1, FigureId.NT7_2,
            FigureId.NT7_3, FigureId.NT8, FigureId.NT9, FigureId.NT10);
    /** How the kommune, its comparison group, its region and hele landet are drawn. */
    private static final SeriesStyle[] STYLES = {SeriesStyle.KOMMUNE, SeriesStyle.GROUP, SeriesStyle.REGION,
        SeriesStyle.LAND};
    /** How the compared units are named in a sentence, after the kommune itself. */
    private static final String[] ROLES = {"", "role.group", "role.region", "role.land"};

    private final ReferenceData reference;
    private final ComparisonUnits units;
    private final Clock clock;

    SheetBuilder(ReferenceData reference, Clock clock) {
        this.reference = reference;
        this.units = new ComparisonUnits(reference);
        this.clock = clock;
    }

    /** Fails with a Danish message for an unknown kommune or a date that is not a cut date of the data. */
    void check(FactSheetData data, int kommune, LocalDate cut) {
        if (reference.kommune(kommune).isEmpty()) {
            throw new FactSheetException("factsheet.unknownKommune", kommune);
        }
        List<LocalDate> dates = data.cutDates();
        if (!dates.contains(cut)) {
            throw new FactSheetException("factsheet.notCutDate", DanishFormat.date(cut), DanishFormat.date(dates.get(0)),
                    DanishFormat.date(dates.get(dates.size() - 1)));
        }
    }

    SheetContent build(FactSheetData data, int kommune, Optional<ComparisonGroup> group, LocalDate cut) {
        check(data, kommune, cut);
        FigureCatalogue catalogue = FigureCatalogue.of(reference, data.settings());
        Kommune k = reference.kommune(kommune).orElseThrow();
        FigureResult result = data.result();
        PublishedFigures published = data.published();
        List<ComparisonUnit> all = units.comparisonsFor(kommune, group);
        if (!published.covers(all.get(1).kommuner())) {
            throw new FactSheetException("factsheet.groupNotSaved", all.get(1).name());
        }
        Compared own = Compared.of(all.get(0), published);
        Compared chosen = Compared.of(all.get(1), published);
        Compared region = Compared.of(first(all, Level.REGION), published);
        Compared land = Compared.of(first(all, Level.LAND), published);
        List<Compared> compared = List.of(own, chosen, region, land);
        List<String> lacking = new ArrayList<>();
        for (int i = 0; i < compared.size(); i++) {
            if (!compared.get(i).hasAdults(cut)) {
                lacking.add(i == 0 ? k.name() : Texts.get(ROLES[i]));
            }
        }
        boolean rates = lacking.isEmpty();
        boolean groupIsRegion = new HashSet<>(chosen.unit().kommuner()).equals(new HashSet<>(region.unit().kommuner()));
        // One line when the group is the region (the default): two identical lines would hide each other.
        List<String> names = List.of(k.name(), groupIsRegion ? Texts.get("unit.groupIsRegion")
                : Texts.get("unit.groupNamed", chosen.unit().name()), region.unit().name(), Texts.get("unit.land"));

        String name = k.name();
        List<String> facts = new ArrayList<>();
        facts.add(Texts.get("facts.places", region.unit().name(), names(all, Level.SUNDHEDSKLYNGE),
                names(all, Level.KOMMUNEGRUPPE), k.codeText()));
        facts.add(Texts.get("facts.group", chosen.unit().name()));
        facts.add(own.values().adults(cut).isPresent()
                ? Texts.get("facts.adults", DanishFormat.date(cut), DanishFormat.number(own.values().adults(cut).getAsLong(), 0))
                : Texts.get("facts.noAdults"));

        List<Series> lines = new ArrayList<>();
        if (rates) {
            for (int i = 1; i < compared.size(); i++) {
                if (i == 2 && groupIsRegion) {
                    continue;
                }
                DisplaySeries shown = compared.get(i).shown();
                lines.add(new Series(names.get(i), STYLES[i], cells(STAIRCASE, f -> shown.per10000(cut, f))));
            }
        }
        Staircase staircase = new Staircase(Texts.get("staircase.heading", DanishFormat.date(cut)),
                rates ? Texts.get("staircase.rates", name) : Texts.get("staircase.counts", name),
                STAIRCASE.stream().map(f -> f.id() + ": " + catalogue.shortTitle(f)).collect(Collectors.toList()),
                new Series(name, SeriesStyle.KOMMUNE, cells(STAIRCASE, f -> rates ? own.shown().per10000(cut, f)
                        : own.shown().cell(cut, f))),
                lines, rates ? 1 : 0,
                rates ? null : Texts.get("staircase.noRates", enumeration(lacking)));

        return new SheetContent(kommune, name, cut, Texts.get("title", name), facts, coverage(data.coverage()),
                new Sentences(catalogue, name, cut, own.shown(), land.shown(), own.hasAdults(cut), land.hasAdults(cut))
                        .build(),
                staircase, trend(result, cut, compared, rates, groupIsRegion, names), movements(catalogue, own.shown(), cut, name),
                table(catalogue, data, cut, compared, rates, lacking, name), footer(data, published.discretion()),
                Texts.get("colophon", TrappenVersion.version(), DanishFormat.date(LocalDate.now(clock))));
    }

    private static ComparisonUnit first(List<ComparisonUnit> all, Level level) {
        return all.stream().filter(u -> u.level() == level).findFirst().orElseThrow();
    }

    private static String names(List<ComparisonUnit> all, Level level) {
        String joined = all.stream().filter(u -> u.level() == level).map(ComparisonUnit::name)
                .collect(Collectors.joining(" og "));
        return joined.isEmpty() ? DanishFormat.NONE : joined;
    }

    /** "a, b og c". */
    private static String enumeration(List<String> items) {
        return items.size() <= 1 ? String.join("", items)
                : String.join(", ", items.subList(0, items.size() - 1)) + " og " + items.get(items.size() - 1);
    }

    private static List<Cell> cells(List<FigureId> figures, Function<FigureId, Cell> cell) {
        return figures.stream().map(cell).collect(Collectors.toList());
    }

    private static String coverage(DataCoverage coverage) {
        List<String> parts = new ArrayList<>();
        Set<String> missing = new LinkedHashSet<>(List.of("ydelser", "doede", "befolkning", "dream", "lpr", "maalinger",
                "regnskab"));
        for (DataCoverage.Period p : coverage.periods()) {
            missing.remove(p.type());
            String label = Texts.has("type." + p.type()) ? Texts.get("type." + p.type()) : p.type();
            parts.add(p.from() == null || p.to() == null ? label
                    : label + " " + DanishFormat.date(p.from()) + "–" + DanishFormat.date(p.to()));
        }
        if (parts.isEmpty()) {
            return Texts.get("coverage", Texts.get("coverage.none"));
        }
        if (!missing.isEmpty()) {
            parts.add(Texts.get("coverage.missing",
                    missing.stream().map(t -> Texts.get("type." + t)).collect(Collectors.joining(", "))));
        }
        return Texts.get("coverage", String.join(" · ", parts));
    }

    /** NT1–NT6 in all over the cut dates from 2017 to the sheet's, per 10,000 adults (or the kommune's count). */
    private static Trend trend(FigureResult result, LocalDate cut, List<Compared> compared, boolean rates,
            boolean groupIsRegion, List<String> names) {
        List<LocalDate> dates = result.cutDates().stream().filter(d -> !d.isAfter(cut)).collect(Collectors.toList());
        List<Series> lines = new ArrayList<>();
        for (int i = 0; i < compared.size(); i++) {
            if (!rates && i > 0) {
                break; // counts of units of different size are not drawn against each other
            }
            if (i == 2 && groupIsRegion) {
                continue;
            }
            DisplaySeries shown = compared.get(i).shown();
            lines.add(new Series(names.get(i), STYLES[i], dates.stream().map(d -> rates
                    ? shown.per10000(d, FigureId.STAIRCASE_TOTAL) : shown.cell(d, FigureId.STAIRCASE_TOTAL))
                    .collect(Collectors.toList())));
        }
        return new Trend(Texts.get("trend.heading"), rates ? Texts.get("trend.rates") : Texts.get("trend.counts",
                names.get(0)), dates, lines, rates ? 1 : 0);
    }

    /** NT7–NT10 in the half-year to the cut date and the one before it. */
    private static Movements movements(FigureCatalogue catalogue, DisplaySeries own, LocalDate cut, String name) {
        LocalDate previous = CutDates.previous(cut);
        return new Movements(Texts.get("movements.heading"), Texts.get("movements.sub", name),
                MOVEMENTS.stream().map(f -> f.id() + ": " + catalogue.shortTitle(f)).collect(Collectors.toList()),
                new Series(Texts.get("movements.half", DanishFormat.date(previous)), SeriesStyle.GROUP,
                        cells(MOVEMENTS, f -> own.cell(previous, f))),
                new Series(Texts.get("movements.half", DanishFormat.date(cut)), SeriesStyle.KOMMUNE,
                        cells(MOVEMENTS, f -> own.cell(cut, f))));
    }

    private Table table(FigureCatalogue catalogue, FactSheetData data, LocalDate cut, List<Compared> compared, boolean rates, List<String> lacking,
            String name) {
        LocalDate accounts = cut.getMonthValue() == 12 ? cut : CutDates.previous(cut);
        List<Row> rows = new ArrayList<>();
        Omraade area = null;
        for (FigureId f : catalogue.figures()) {
            Omraade fArea = catalogue.entry(f).area();
            LocalDate at = fArea == Omraade.OEKONOMI ? accounts : cut;
            if (fArea != area) {
                area = fArea;
                rows.add(Row.heading(measured(areaHeading(data.result(), area, f, at), f, at, compared)));
            }
            rows.add(row(catalogue, f, at, compared, rates));
            if (f == FigureId.NT6) {
                rows.add(row(catalogue, FigureId.STAIRCASE_TOTAL, at, compared, rates));
            } else if (f == FigureId.NT18) {
                rows.add(row(catalogue, FigureId.NT18_RATE, at, compared, rates));
            }
        }
        List<String> headers = List.of(Texts.get("table.id"), Texts.get("table.title"), Texts.get("table.unit"),
                Texts.get("table.count"), name, Texts.get("table.group"), compared.get(2).unit().name(),
                Texts.get("table.land"));
        String values = rates ? Texts.get("table.note.rates") : Texts.get("table.note.counts", enumeration(lacking));
        String note = Texts.get("table.note", values);
        // An account year before the catalogue's first says which kontoplan mapped it (AccountYears).
        if (data.result().absentReason(FigureId.NT19.source(), accounts).isEmpty()) {
            note += AccountYears.note(reference, accounts.getYear(), Messages.DANISH).map(n -> " " + n).orElse("");
        }
        return new Table(headers, rows, note);
    }

    private static String areaHeading(FigureResult result, Omraade area, FigureId first, LocalDate at) {
        String heading = Texts.get("area." + area.name());
        if (area == Omraade.OEKONOMI) {
            heading += " (" + Texts.get("table.econYear", Integer.toString(at.getYear())) + ")";
        }
        if (first.isExtended()) {
            Optional<String> absent = result.absentReason(first.source(), at);
            if (absent.isPresent()) {
                heading = Texts.get("table.absent", heading, Messages.danish(absent.get()));
            }
        }
        return heading;
    }

    /**
     * NT13–NT17 (own measurements) of the comparison columns are shown only for units where every
     * kommune has measurements (core's rule, seed 002 §2.2.3); when a column is empty for that
     * reason, the area's heading says so. (No counts of kommuner here: one line, and no small numbers.)
     */
    private static String measured(String heading, FigureId first, LocalDate at, List<Compared> compared) {
        if (!first.isExtended() || first.source() != dk.trappen.core.figures.Source.MAALINGER
                || !compared.get(0).shown().defined(at, first)) {
            return heading;
        }
        for (Compared c : compared.subList(1, compared.size())) {
            dk.trappen.core.figures.FigureSeries values = c.values();
            if (values.kommuner() > 1 && values.measuredKommuner(at) < values.kommuner()) {
                return Texts.get("table.measured", heading);
            }
        }
        return heading;
    }

    private static Row row(FigureCatalogue catalogue, FigureId f, LocalDate at, List<Compared> compared, boolean rates) {
        boolean count = catalogue.isCount(f);
        List<String> values = new ArrayList<>();
        values.add(count ? DanishFormat.cell(compared.get(0).shown().cell(at, f), 0) : "");
        for (Compared c : compared) {
            Cell cell = !count ? c.shown().cell(at, f) : rates ? c.shown().per10000(at, f) : c.shown().cell(at, f);
            values.add(DanishFormat.cell(cell, count ? (rates ? 1 : 0) : catalogue.decimals(f)));
        }
        String id = f == FigureId.STAIRCASE_TOTAL ? "NT1–6" : f == FigureId.NT18_RATE ? "" : f.id();
        return new Row(false, id, catalogue.shortTitle(f), unit(catalogue.unit(f), rates), values);
    }

    /** The unit column: the catalogue's unit (counts per 10,000 adults when rates are shown). */
    private static String unit(Enhed unit, boolean rates) {
        if (unit.isCount()) {
            return Texts.get(rates ? "unit.rate" : "unit.count");
        }
        return Texts.get("unit." + unit.name());
    }

    private List<Paragraph> footer(FactSheetData data, Discretion discretion) {
        List<Paragraph> out = new ArrayList<>();
        out.add(new Paragraph(Texts.get("footer.definitions.lead"),
                Texts.get("footer.definitions", String.join(", ", data.result().targetGroups()))));
        out.add(new Paragraph(Texts.get("footer.comparison.lead"), Texts.get("footer.comparison")));
        Set<String> sources = new LinkedHashSet<>();
        reference.figures().forEach(n -> sources.add(n.source()));
        sources.add(Texts.get("footer.population"));
        out.add(new Paragraph(Texts.get("footer.sources.lead"), String.join("; ", sources) + "."));
        String rule = discretion.threshold() > 1
                ? discretion.legend(Messages.DANISH) + " " + Texts.get("footer.discretion", Integer.toString(discretion.threshold()))
                : Texts.get("footer.discretion.off", Integer.toString(discretion.threshold()));
        out.add(new Paragraph(Texts.get("footer.discretion.lead"), rule));
        return out;
    }
}
