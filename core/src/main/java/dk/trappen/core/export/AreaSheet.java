package dk.trappen.core.export;

import dk.trappen.core.figures.AccountYears;
import dk.trappen.core.figures.CutDates;
import dk.trappen.core.figures.FigureId;
import dk.trappen.core.figures.FigureSeries;
import dk.trappen.core.figures.Source;
import dk.trappen.core.figures.compare.Change;
import dk.trappen.core.figures.FigureCatalogue;
import dk.trappen.core.figures.compare.ComparisonUnit;
import dk.trappen.core.figures.discretion.Cell;
import dk.trappen.core.figures.discretion.DisplaySeries;
import dk.trappen.core.reference.Omraade;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;

/**
 * One area of the catalogue: a table of its figures at the cut date, native charts, then one block
 * per figure with a row per cut date. Columns are the same all the way down (the units' values,
 * then their rates per 10,000 adults), so the frozen header names them for every table.
 */
final class AreaSheet {

    /** Width of the label column in characters. */
    private static final int LABEL_WIDTH = 34;
    private static final int VALUE_WIDTH = 12;
    private static final int CHANGE_WIDTH = 16;
    /** Charts span at least this many columns (A–I), so they stay readable on narrow sheets. */
    private static final int CHART_LAST_COL = 8;

    private final ExportData data;
    private final Omraade area;
    private final List<FigureId> figures;
    private final SheetWriter w;
    private final Texts t;
    private final FigureCatalogue catalogue;

    AreaSheet(ExportData data, Omraade area, SheetWriter w) {
        this.data = data;
        this.area = area;
        this.catalogue = FigureCatalogue.of(data.reference(), data.settings());
        this.figures = figures(catalogue, area);
        this.w = w;
        this.t = w.texts();
    }

    /** The figures of an area in catalogue order; NT18's base and rate follow NT18. */
    static List<FigureId> figures(FigureCatalogue catalogue, Omraade area) {
        List<FigureId> out = new ArrayList<>();
        for (FigureId f : catalogue.figures(area)) {
            out.add(f);
            if (f == FigureId.NT18) {
                out.add(FigureId.NT18_INDL);
                out.add(FigureId.NT18_RATE);
            }
        }
        return out;
    }

    /** The sheet's Danish name. */
    static String name(Texts texts, Omraade area) {
        return texts.get("area." + area.name());
    }

    void write(ChartDataSheet chartData) {
        Styles s = w.styles();
        List<ComparisonUnit> units = data.units();
        int n = units.size();
        boolean rates = figures.stream().anyMatch(this::isCount);
        int lastCol = rates ? 2 * n : n;
        // Beside the table at the cut date: the focus unit's change since the same time the year
        // before (seed 002 §2.2.3) and its judgement by the catalogue's desired direction.
        int changeCol = lastCol + 1;
        int printCol = Math.max(changeCol + 1, CHART_LAST_COL);
        int[] widths = new int[printCol + 1];
        java.util.Arrays.fill(widths, VALUE_WIDTH);
        widths[0] = LABEL_WIDTH;
        widths[changeCol] = CHANGE_WIDTH;
        widths[changeCol + 1] = CHANGE_WIDTH;
        w.widths(widths);

        boolean yearly = area == Omraade.OEKONOMI;
        List<LocalDate> dates = yearly ? data.yearEnds() : data.dates();
        Optional<LocalDate> at = yearly ? data.latestYearEnd() : Optional.of(data.cutDate());
        String name = name(t, area);

        w.title(name + " – " + focusName());
        w.wide(subtitle(), s.subtitle, 0, lastCol);
        w.wide(t.core("figures.discretion.legend", data.discretion().threshold()) + " " + t.get("legend.empty"), s.note,
                0, lastCol);
        for (String absent : absences(at.orElse(data.cutDate()))) {
            w.wide(absent, s.note, 0, lastCol);
        }
        if (yearly) {
            // Years before the catalogue's first say which kontoplan mapped them (AccountYears).
            List<Integer> years = dates.stream().filter(d -> data.shown(data.focus()).defined(d, FigureId.NT19))
                    .map(LocalDate::getYear).collect(Collectors.toList());
            for (String note : AccountYears.notes(data.reference(), years, t.locale())) {
                w.wide(note, s.note, 0, lastCol);
            }
        }
        w.skip(1);
        int headerFirst = w.rowIndex();
        header(units, rates, lastCol, at.orElse(data.cutDate()));
        int headerLast = w.rowIndex() - 1;
        w.freeze(1, w.rowIndex());

        boolean anyValue = dates.stream().anyMatch(d -> figures.stream().anyMatch(f -> data.shown(data.focus()).defined(d, f)));
        if (anyValue && at.isPresent()) {
            w.skip(1);
            Row atHeading = w.row(2);
            w.text(atHeading, 0, yearly ? t.get("area.atYear", String.valueOf(at.get().getYear()), Texts.date(at.get()))
                    : t.get("area.atDate", Texts.date(at.get())), s.heading);
            w.text(atHeading, changeCol, t.get("area.change.year", Texts.date(CutDates.yearBefore(at.get())),
                    data.focus().name()), s.header);
            w.text(atHeading, changeCol + 1, t.get("area.change.judgement"), s.header);
            for (FigureId f : figures) {
                String label = f.id() + " " + catalogue.title(f, t.locale());
                Row r = w.row(SheetWriter.lines(label, LABEL_WIDTH));
                w.text(r, 0, label, s.label);
                values(r, units, at.get(), f);
                yearChange(r, changeCol, at.get(), f);
            }
            w.skip(1);
            boolean landscape = landscape(lastCol);
            int drawn = 0;
            for (ChartSpec spec : charts(dates, at.get())) {
                if (spec.hasValues()) {
                    // A landscape page holds the table and one chart; a chart is never cut by a page.
                    if (landscape && drawn++ > 0) {
                        w.pageBreak();
                    }
                    Charts.draw(w.charts(), w.rowIndex(), 0, Math.max(lastCol, CHART_LAST_COL), spec,
                            chartData.place(name, spec));
                    w.skip(Charts.HEIGHT_ROWS + 1);
                }
            }
            w.pageBreak();
            w.text(w.row(), 0, t.get("area.development", Texts.date(dates.get(0)), Texts.date(dates.get(dates.size() - 1))),
                    s.heading);
            for (FigureId f : figures) {
                w.wide(f.id() + " " + catalogue.title(f, t.locale()), s.blockTitle, 0, lastCol);
                for (LocalDate d : dates) {
                    Row r = w.row();
                    w.date(r, 0, d);
                    values(r, units, d, f);
                }
                w.skip(1);
            }
        }
        w.print(landscape(lastCol), printCol, headerFirst, headerLast,
                name + " – " + focusName());
    }

    /** Wider than the charts (the regions and hele landet): landscape. */
    private static boolean landscape(int lastCol) {
        return lastCol > CHART_LAST_COL;
    }

    private String focusName() {
        return data.kommune().map(k -> k.name() + " (" + k.codeText() + ")").orElse(t.get("area.allUnits"));
    }

    private String subtitle() {
        String cut = Texts.date(data.cutDate());
        if (data.allKommuner()) {
            return t.get("area.subtitle.all", cut);
        }
        return t.get("area.subtitle.kommune", data.focus().name(), data.group().orElseThrow().name(),
                data.region().orElseThrow().name(), cut);
    }

    /**
     * Why the area's figures from NT11 on are missing at the date (one line per reason), and which
     * units of several kommuner have no NT13–NT17 because not every member has own measurements.
     */
    private List<String> absences(LocalDate date) {
        Set<String> out = new LinkedHashSet<>();
        for (FigureId f : figures) {
            if (f.isExtended()) {
                data.result().absentReason(f.source(), date)
                        .ifPresent(key -> out.add(t.get("area.absent", Texts.date(date), t.core(key))));
            }
        }
        if (measured() && data.shown(data.focus()).defined(date, FigureId.NT13)) {
            for (ComparisonUnit u : data.units()) {
                FigureSeries values = u.series(data.result());
                if (values.kommuner() > 1 && values.measuredKommuner(date) < values.kommuner()) {
                    out.add(t.get("area.notAllMeasured", u.name(), Texts.date(date), values.measuredKommuner(date),
                            values.kommuner()));
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** Whether the area holds NT13–NT17 (the kommuner's own measurements). */
    private boolean measured() {
        return figures.stream().anyMatch(f -> f.isExtended() && f.source() == Source.MAALINGER);
    }

    /** A unit's name in the header: for own measurements with how many kommuner stand behind them. */
    private String unitName(ComparisonUnit u, LocalDate date) {
        return measured() ? u.measuredName(u.series(data.result()), date, t.locale()) : u.name();
    }

    /**
     * The focus unit's change since the same cut date a year earlier, from the cells as shown: the
     * difference in the figure's format and "bedre"/"dårligere"/"uændret" by the catalogue's desired
     * direction; "x" with a note when either value is hidden; nothing without an earlier value.
     */
    private void yearChange(Row r, int col, LocalDate date, FigureId f) {
        Change c = Change.sinceYear(data.shown(data.focus()), f, date, catalogue.expected(f));
        ValueFormat format = format(f);
        if (c.status() == Change.Status.HIDDEN) {
            w.note(w.text(r, col, Cell.HIDDEN_TEXT, w.styles().hidden), t.get("note.changeHidden"));
        } else if (c.shown()) {
            w.number(r, col, format.stored(c.difference()), w.styles().change(format));
            switch (c.judgement()) {
                case BETTER:
                    w.text(r, col + 1, t.get("change.better"), w.styles().text);
                    break;
                case WORSE:
                    w.text(r, col + 1, t.get("change.worse"), w.styles().text);
                    break;
                case UNCHANGED:
                    w.text(r, col + 1, t.get("change.unchanged"), w.styles().text);
                    break;
                default:
                    break;
            }
        }
    }

    /** Two header rows: what the column groups hold, then the units. */
    private void header(List<ComparisonUnit> units, boolean rates, int lastCol, LocalDate date) {
        Styles s = w.styles();
        int n = units.size();
        Row groups = w.row();
        boolean allCounts = figures.stream().allMatch(this::isCount);
        w.text(groups, 0, "", s.headerLeft);
        w.text(groups, 1, t.get(allCounts ? "area.header.count" : rates ? "area.header.countOrShare" : "area.header.value"),
                s.header);
        for (int c = 2; c <= lastCol; c++) {
            w.text(groups, c, "", s.header);
        }
        w.merge(groups.getRowNum(), 1, n);
        if (rates) {
            w.text(groups, n + 1, t.get("area.header.rate"), s.header);
            w.merge(groups.getRowNum(), n + 1, 2 * n);
        }
        int lines = 1;
        List<String> unitNames = units.stream().map(u -> unitName(u, date)).collect(Collectors.toList());
        for (String name : unitNames) {
            lines = Math.max(lines, SheetWriter.lines(name, VALUE_WIDTH - 1));
        }
        Row names = w.row(lines);
        w.text(names, 0, t.get("area.header.label"), s.headerLeft);
        for (int i = 0; i < n; i++) {
            w.text(names, 1 + i, unitNames.get(i), s.header);
            if (rates) {
                w.text(names, 1 + n + i, unitNames.get(i), s.header);
            }
        }
    }

    /** A figure's cells for every unit at a date: values, then rates for counts. */
    private void values(Row r, List<ComparisonUnit> units, LocalDate date, FigureId f) {
        ValueFormat format = format(f);
        for (int i = 0; i < units.size(); i++) {
            DisplaySeries shown = data.shown(units.get(i));
            w.figure(r, 1 + i, shown.cell(date, f), format, false);
            if (isCount(f)) {
                w.figure(r, 1 + units.size() + i, shown.per10000(date, f), ValueFormat.RATE, true);
            }
        }
    }

    /** The area's charts, as the guidance of issue 8 describes them. */
    private List<ChartSpec> charts(List<LocalDate> dates, LocalDate at) {
        String focus = data.focus().name();
        switch (area) {
            case INDSATSTRAPPEN:
                boolean rates = data.result().hasPopulation();
                String measure = t.get(rates ? "chart.axis.rate" : "chart.axis." + catalogue.unit(FigureId.NT1).name());
                return List.of(
                        ChartSpec.bars(ChartSpec.Kind.BAR, t.get("chart.staircase", measure, Texts.date(at)),
                                t.get("chart.category.figure"), measure, rates ? ValueFormat.RATE : ValueFormat.COUNT,
                                steps(figures), unitSeries(figures, at, rates)),
                        development(figures, dates, rates, focus));
            case BEVAEGELSER:
                return List.of(development(List.of(FigureId.NT7, FigureId.NT8, FigureId.NT9, FigureId.NT10), dates, false,
                        focus));
            case GENINDLAEGGELSER:
                return List.of(development(List.of(FigureId.NT18, FigureId.NT18_INDL), dates, false, focus));
            case OEKONOMI:
                List<FigureId> shares = figures.stream().filter(f -> f != FigureId.NT19).collect(Collectors.toList());
                ValueFormat ratio = format(FigureId.NT19);
                List<ChartSpec.Series> byUnit = new ArrayList<>();
                for (ComparisonUnit u : data.units()) {
                    List<Double> v = new ArrayList<>();
                    dates.forEach(d -> v.add(chartValue(data.shown(u).cell(d, FigureId.NT19), ratio)));
                    byUnit.add(new ChartSpec.Series(u.name(), v));
                }
                List<ChartSpec.Series> byShare = new ArrayList<>();
                for (FigureId f : shares) {
                    List<Double> v = new ArrayList<>();
                    data.units().forEach(u -> v.add(chartValue(data.shown(u).cell(at, f), format(f))));
                    byShare.add(new ChartSpec.Series(f.id(), v));
                }
                return List.of(
                        ChartSpec.overTime(t.get("chart.nt19"), t.get("chart.category.date"),
                                t.get("chart.axis." + catalogue.unit(FigureId.NT19).name()), ratio, dates, byUnit),
                        ChartSpec.bars(ChartSpec.Kind.STACKED_PERCENT, t.get("chart.nt20", String.valueOf(at.getYear())),
                                t.get("chart.category.unit"), t.get("chart.axis.share"), format(shares.get(0)),
                                data.units().stream().map(ComparisonUnit::name).collect(Collectors.toList()), byShare));
            default:
                return List.of(development(figures, dates, false, focus));
        }
    }

    /** One line per figure over the dates, for the focus unit: per 10,000 or the figures' own values. */
    private ChartSpec development(List<FigureId> shown, List<LocalDate> dates, boolean rates, String focus) {
        ValueFormat format = rates ? ValueFormat.RATE : format(shown.get(0));
        DisplaySeries series = data.shown(data.focus());
        List<ChartSpec.Series> lines = new ArrayList<>();
        for (FigureId f : shown) {
            List<Double> v = new ArrayList<>();
            for (LocalDate d : dates) {
                v.add(chartValue(rates ? series.per10000(d, f) : series.cell(d, f), format));
            }
            lines.add(new ChartSpec.Series(f.id(), v));
        }
        String range = shown.get(0).id() + "–" + shown.get(shown.size() - 1).id();
        String axis = t.get(rates ? "chart.axis.rate" : "chart.axis." + catalogue.unit(shown.get(0)).name());
        return ChartSpec.overTime(t.get("chart.development", range, axis, focus), t.get("chart.category.date"), axis, format,
                dates, lines);
    }

    /** One series per unit over the figures at a date. */
    private List<ChartSpec.Series> unitSeries(List<FigureId> shown, LocalDate at, boolean rates) {
        List<ChartSpec.Series> out = new ArrayList<>();
        for (ComparisonUnit u : data.units()) {
            List<Double> v = new ArrayList<>();
            for (FigureId f : shown) {
                v.add(rates ? chartValue(data.shown(u).per10000(at, f), ValueFormat.RATE)
                        : chartValue(data.shown(u).cell(at, f), ValueFormat.COUNT));
            }
            out.add(new ChartSpec.Series(u.name(), v));
        }
        return out;
    }

    /** The staircase's categories: "Trin 8 · §108 (NT1)", as the window names them. */
    private List<String> steps(List<FigureId> figures) {
        return figures.stream().map(f -> catalogue.step(f, t.locale())).collect(Collectors.toList());
    }

    /** Whether a figure is a count (by its unit in the catalogue): shown also per 10,000 adults. */
    private boolean isCount(FigureId f) {
        return catalogue.isCount(f);
    }

    /** The Excel format of a figure's own value, from the catalogue. */
    private ValueFormat format(FigureId f) {
        return ValueFormat.of(catalogue.entry(f));
    }

    /** A chart point: the stored number when the cell is shown, otherwise a gap. */
    static Double chartValue(Cell cell, ValueFormat format) {
        return cell.shown() ? format.stored(cell.value().getAsDouble()) : null;
    }
}
