package dk.trappen.app.ui.analysis;

import dk.trappen.core.figures.FigureId;
import dk.trappen.core.figures.TransitionMatrix;
import dk.trappen.core.figures.discretion.Cell;
import dk.trappen.core.figures.discretion.DisplaySeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Bevægelser's data: NT7–NT10 of the kommune over time, and the transition matrix between the
 * previous and the chosen cut date with each count's share of its row.
 */
final class MovementsViewModel extends ScreenModel {

    static final List<FigureId> MOVES = List.of(FigureId.NT7, FigureId.NT8, FigureId.NT9, FigureId.NT10);

    MovementsViewModel(AnalysisViewModel vm) {
        super(vm);
    }

    /** A series per movement figure, from the second cut date (a movement needs the one before). */
    ChartData moves(Selection s) {
        List<LocalDate> upToCut = s.datesUpToCut();
        List<LocalDate> dates = upToCut.subList(Math.min(1, upToCut.size()), upToCut.size());
        List<ChartData.Series> series = new ArrayList<>();
        for (FigureId f : MOVES) {
            series.add(Charts.overTime(Figures.title(vm.catalogue(), f, i18n.locale()), s.kommuneLine(), f, dates));
        }
        return new ChartData(i18n.text("movements.chart.title", s.kommune().name()),
                Figures.unit(vm.catalogue(), FigureId.NT7, i18n), 0, series);
    }

    /**
     * The matrix in the layout every output shares (core's TransitionMatrix): rows 8…2, columns
     * 8…1, died (moved when the rules leave movers out), total. No rows without a previous cut date.
     */
    Matrix matrix(Selection s) {
        DisplaySeries k = s.kommuneLine().shown();
        LocalDate d = s.cutDate();
        String title = s.previousCut().map(p -> i18n.text("matrix.title", s.kommune().name(),
                SelectionBar.DATE.format(p), SelectionBar.DATE.format(d))).orElse(i18n.text("matrix.noPrevious"));
        if (s.previousCut().isEmpty()) {
            return new Matrix(title, List.of(), List.of());
        }
        List<Integer> columns = TransitionMatrix.columns(s.result().rules());
        List<String> heads = new ArrayList<>();
        for (int to : columns) {
            heads.add(to == FigureId.DEATH ? i18n.text("matrix.died") : to == FigureId.MOVED ? i18n.text("matrix.moved")
                    : to == FigureId.BASE ? i18n.text("matrix.total") : i18n.text("matrix.to", to));
        }
        List<MatrixRow> rows = new ArrayList<>();
        for (int from : TransitionMatrix.rows()) {
            Cell base = k.cell(d, FigureId.matrixBase(from));
            List<MatrixCell> cells = new ArrayList<>();
            for (int to : columns) {
                cells.add(cell(k.cell(d, TransitionMatrix.cell(from, to)), to == FigureId.BASE ? null : base, to == from));
            }
            rows.add(new MatrixRow(i18n.text("matrix.from", from), cells));
        }
        return new Matrix(title, heads, rows);
    }

    /** A count with its share of the row when both are shown (the row total has none). */
    private MatrixCell cell(Cell c, Cell base, boolean diagonal) {
        Locale locale = i18n.locale();
        String text = Figures.text(c, 0, locale);
        if (base != null && c.shown() && base.shown() && base.value().getAsDouble() > 0) {
            double share = c.value().getAsDouble() / base.value().getAsDouble();
            return new MatrixCell(text, OptionalDouble.of(share), diagonal, false,
                    i18n.text("matrix.share", text, String.format(locale, "%.1f", 100 * share)));
        }
        return new MatrixCell(text, OptionalDouble.empty(), diagonal, !c.shown() && !c.text().isEmpty(), text);
    }

    /** The matrix's title, column heads and rows; no heads and rows when there is nothing to compare with. */
    record Matrix(String title, List<String> heads, List<MatrixRow> rows) {
        Matrix {
            heads = List.copyOf(heads);
            rows = List.copyOf(rows);
        }
    }

    /** One trin moved from ("Fra trin 8"), a cell per column. */
    record MatrixRow(String label, List<MatrixCell> cells) {
        MatrixRow {
            cells = List.copyOf(cells);
        }
    }

    /**
     * A count as shown, its share of the row's persons when both are shown, whether it stays on the
     * same trin, whether discretion hid it, and its tooltip.
     */
    record MatrixCell(String text, OptionalDouble share, boolean diagonal, boolean hidden, String tooltip) {
    }
}
