package dk.trappen.core.export;

import dk.trappen.core.figures.FigureId;
import dk.trappen.core.figures.FigureCatalogue;
import dk.trappen.core.reference.Figure;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;

/** Definitioner: the whole key-figure catalogue, and the two lines Trappen adds to NT18. */
final class DefinitionsSheet {

    private static final int[] WIDTHS = {8, 16, 34, 70, 10, 26, 10, 11};

    private final ExportData data;
    private final SheetWriter w;
    private final Texts t;

    DefinitionsSheet(ExportData data, SheetWriter w) {
        this.data = data;
        this.w = w;
        this.t = w.texts();
    }

    void write() {
        Styles s = w.styles();
        w.widths(WIDTHS);
        w.title(t.get("definitions.title"));
        w.wide(t.get("definitions.subtitle"), s.subtitle, 0, WIDTHS.length - 1);
        w.skip(1);
        int headerRow = w.rowIndex();
        Row h = w.row(2);
        String[] heads = {"id", "area", "title", "definition", "unit", "source", "frequency", "expected"};
        for (int i = 0; i < heads.length; i++) {
            w.text(h, i, t.get("definitions.column." + heads[i]), s.headerLeft);
        }
        w.freeze(1, w.rowIndex());
        FigureCatalogue catalogue = FigureCatalogue.of(data.reference(), data.settings());
        for (FigureId f : catalogue.figures()) {
            Figure n = catalogue.entry(f);
            row(n.id(), AreaSheet.name(t, n.area()), catalogue.title(f, t.locale()), n.definition(), t.get("unit." + n.unit().name()),
                    n.source(), n.frequency(), t.get("expected." + n.expected().name()));
            if (f == FigureId.NT18) {
                for (FigureId extra : new FigureId[] {FigureId.NT18_INDL, FigureId.NT18_RATE}) {
                    row(extra.id(), AreaSheet.name(t, n.area()), catalogue.title(extra, t.locale()),
                            t.get("definition." + extra.id()), t.get("unit." + catalogue.unit(extra).name()), n.source(), n.frequency(),
                            t.get("expected." + catalogue.expected(extra).name()));
                }
            }
        }
        w.sheet().setAutoFilter(new CellRangeAddress(headerRow, w.rowIndex() - 1, 0, WIDTHS.length - 1));
        w.print(true, WIDTHS.length - 1, headerRow, headerRow, t.get("definitions.title"));
    }

    private void row(String... values) {
        int lines = 1;
        for (int i = 0; i < values.length; i++) {
            lines = Math.max(lines, SheetWriter.lines(values[i], WIDTHS[i]));
        }
        Row r = w.row(lines);
        for (int i = 0; i < values.length; i++) {
            w.text(r, i, values[i], w.styles().textWrap);
        }
    }
}
