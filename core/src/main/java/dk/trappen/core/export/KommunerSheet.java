package dk.trappen.core.export;

import dk.trappen.core.figures.FigureId;
import dk.trappen.core.figures.FigureCatalogue;
import dk.trappen.core.figures.discretion.DisplaySeries;
import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.reference.Kommune;
import dk.trappen.core.reference.Omraade;
import dk.trappen.core.reference.ReferenceData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Alle kommuner: one row per kommune with every key figure at the cut date (the accounts' figures
 * at the latest year end), counts also per 10,000 adults, under an autofilter so the rows can be
 * sorted and filtered. Hele landet follows below, outside the filter, so sorting leaves it be.
 */
final class KommunerSheet {

    private static final int FIXED = 4;
    private static final int VALUE_WIDTH = 11;
    /** The notes above the table span the columns of a printed page. */
    private static final int NOTE_LAST_COL = 12;

    private final ExportData data;
    private final SheetWriter w;
    private final Texts t;

    KommunerSheet(ExportData data, SheetWriter w) {
        this.data = data;
        this.w = w;
        this.t = w.texts();
    }

    /** A column of figures: the figure, whether it is the rate, and the date it is read at. */
    private record Column(FigureId figure, boolean rate, LocalDate at) {
    }

    void write(CancellationToken cancel) {
        Styles s = w.styles();
        List<Column> columns = new ArrayList<>();
        List<int[]> areaSpans = new ArrayList<>();
        List<String> areaNames = new ArrayList<>();
        Optional<LocalDate> yearEnd = data.latestYearEnd();
        FigureCatalogue catalogue = FigureCatalogue.of(data.reference(), data.settings());
        for (Omraade area : Omraade.values()) {
            LocalDate at = area == Omraade.OEKONOMI ? yearEnd.orElse(null) : data.cutDate();
            if (at == null) {
                continue;
            }
            int first = FIXED + columns.size();
            for (FigureId f : AreaSheet.figures(catalogue, area)) {
                columns.add(new Column(f, false, at));
                if (catalogue.isCount(f)) {
                    columns.add(new Column(f, true, at));
                }
            }
            areaSpans.add(new int[] {first, FIXED + columns.size() - 1});
            areaNames.add(area == Omraade.OEKONOMI ? t.get("kommuner.economy", AreaSheet.name(t, area), String.valueOf(at.getYear()))
                    : AreaSheet.name(t, area));
        }
        int lastCol = FIXED + columns.size() - 1;
        int[] widths = new int[lastCol + 1];
        java.util.Arrays.fill(widths, VALUE_WIDTH);
        widths[0] = 6;
        widths[1] = 16;
        widths[2] = 20;
        widths[3] = 22;
        w.widths(widths);

        w.title(t.get("kommuner.title", Texts.date(data.cutDate())));
        w.wide(t.get("kommuner.subtitle"), s.subtitle, 0, NOTE_LAST_COL);
        w.wide(t.core("figures.discretion.legend", data.discretion().threshold()) + " " + t.get("legend.empty"), s.note,
                0, NOTE_LAST_COL);
        w.skip(1);
        Row areas = w.row();
        for (int c = 0; c <= lastCol; c++) {
            w.text(areas, c, "", s.header);
        }
        for (int i = 0; i < areaSpans.size(); i++) {
            w.text(areas, areaSpans.get(i)[0], areaNames.get(i), s.headerLeft);
            w.merge(areas.getRowNum(), areaSpans.get(i)[0], areaSpans.get(i)[1]);
        }
        int headerRow = w.rowIndex();
        Row header = w.row(2);
        String[] fixed = {t.get("kommuner.code"), t.get("kommuner.name"), t.get("kommuner.region"),
            t.get("kommuner.kommunegruppe")};
        for (int c = 0; c < FIXED; c++) {
            w.text(header, c, fixed[c], s.headerLeft);
        }
        for (int i = 0; i < columns.size(); i++) {
            Column col = columns.get(i);
            String title = col.figure().id() + (col.rate() ? " " + t.get("kommuner.rate") : "");
            w.note(w.text(header, FIXED + i, title, s.header), col.figure().id() + " " + catalogue.title(col.figure(), t.locale())
                    + (col.rate() ? " – " + t.get("area.header.rate") : ""));
        }
        w.freeze(2, w.rowIndex());

        ReferenceData ref = data.reference();
        for (int code : data.result().kommuner()) {
            cancel.check();
            Row r = w.row();
            w.number(r, 0, code, s.plainInteger);
            Optional<Kommune> k = ref.kommune(code);
            w.text(r, 1, k.map(Kommune::name).orElse(t.get("kommuner.unknown")), s.text);
            k.flatMap(x -> ref.region(x.regionCode())).ifPresent(reg -> w.text(r, 2, reg.name(), s.text));
            k.flatMap(x -> ref.kommunegruppe(x.kommunegruppeCode())).ifPresent(g -> w.text(r, 3, g.name(), s.text));
            cells(r, data.shown(code), columns, catalogue);
        }
        int lastRow = w.rowIndex() - 1;
        w.sheet().setAutoFilter(new CellRangeAddress(headerRow, lastRow, 0, lastCol));
        w.skip(1);
        Row land = w.row();
        w.text(land, 1, data.land().name(), s.blockTitle);
        cells(land, data.shown(data.land()), columns, catalogue);
        w.printAcross(lastCol, headerRow - 1, headerRow, 1, t.get("kommuner.title", Texts.date(data.cutDate())));
    }

    private void cells(Row r, DisplaySeries shown, List<Column> columns, FigureCatalogue catalogue) {
        for (int i = 0; i < columns.size(); i++) {
            Column col = columns.get(i);
            if (col.rate()) {
                w.figure(r, FIXED + i, shown.per10000(col.at(), col.figure()), ValueFormat.RATE, true);
            } else {
                w.figure(r, FIXED + i, shown.cell(col.at(), col.figure()), ValueFormat.of(catalogue.entry(col.figure())), false);
            }
        }
    }
}
