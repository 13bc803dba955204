package dk.trappen.core.export;

import dk.trappen.core.figures.CutDates;
import dk.trappen.core.figures.FigureId;
import dk.trappen.core.figures.TransitionMatrix;
import dk.trappen.core.figures.compare.ComparisonUnit;
import dk.trappen.core.figures.discretion.DisplaySeries;
import dk.trappen.core.reference.Trin;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;

/**
 * The transition matrix at the cut date (key-figures.md §5) in the layout of {@link TransitionMatrix}:
 * a row per trin 8…2 at the previous cut date, a column per trin 8…1 at the cut date, then died (and
 * changed kommune when that setting leaves movers out), and the row's total. For the focus unit, and
 * hele landet beside it.
 */
final class MatrixSheet {

    private final ExportData data;
    private final SheetWriter w;
    private final Texts t;

    MatrixSheet(ExportData data, SheetWriter w) {
        this.data = data;
        this.w = w;
        this.t = w.texts();
    }

    void write() {
        Styles s = w.styles();
        List<Integer> columns = TransitionMatrix.columns(data.result().rules());
        int lastCol = columns.size();
        int[] widths = new int[lastCol + 1];
        java.util.Arrays.fill(widths, 9);
        widths[0] = 36;
        widths[lastCol] = 11;
        w.widths(widths);
        LocalDate at = data.cutDate();
        LocalDate before = CutDates.previous(at);

        w.title(t.get("matrix.title", Texts.date(before), Texts.date(at)));
        w.wide(t.get("matrix.subtitle", Texts.date(before), Texts.date(at)), s.subtitle, 0, lastCol);
        w.wide(t.core("figures.discretion.legend", data.discretion().threshold()) + " " + t.get("matrix.note"), s.note,
                0, lastCol);
        List<ComparisonUnit> units = new ArrayList<>(List.of(data.focus()));
        if (!data.focus().equals(data.land())) {
            units.add(data.land());
        }
        int headerFirst = -1;
        for (ComparisonUnit unit : units) {
            w.skip(1);
            w.text(w.row(), 0, unit.name(), s.heading);
            if (headerFirst < 0) {
                headerFirst = w.rowIndex();
            }
            header(columns, at, before);
            DisplaySeries shown = data.shown(unit);
            for (int from : TransitionMatrix.rows()) {
                Row r = w.row();
                w.text(r, 0, trinLabel(from), s.text);
                for (int i = 0; i < columns.size(); i++) {
                    w.figure(r, 1 + i, shown.cell(at, TransitionMatrix.cell(from, columns.get(i))), ValueFormat.COUNT, false);
                }
            }
        }
        w.print(true, lastCol, -1, -1, t.get("matrix.title", Texts.date(before), Texts.date(at)));
    }

    private void header(List<Integer> columns, LocalDate at, LocalDate before) {
        Styles s = w.styles();
        Row groups = w.row();
        w.text(groups, 0, "", s.headerLeft);
        w.text(groups, 1, t.get("matrix.to", Texts.date(at)), s.header);
        for (int c = 2; c <= columns.size(); c++) {
            w.text(groups, c, "", s.header);
        }
        w.merge(groups.getRowNum(), 1, 8);
        Row names = w.row(2);
        w.text(names, 0, t.get("matrix.from", Texts.date(before)), s.headerLeft);
        for (int i = 0; i < columns.size(); i++) {
            int to = columns.get(i);
            String label = to == FigureId.DEATH ? t.get("matrix.died") : to == FigureId.MOVED ? t.get("matrix.moved")
                    : to == FigureId.BASE ? t.get("matrix.total") : Integer.toString(to);
            w.text(names, 1 + i, label, s.header);
        }
    }

    private String trinLabel(int trin) {
        return data.reference().trin(trin).map(Trin::name).map(n -> trin + " " + n).orElse(Integer.toString(trin));
    }
}
