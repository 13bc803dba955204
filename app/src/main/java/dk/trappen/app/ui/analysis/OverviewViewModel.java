package dk.trappen.app.ui.analysis;

import dk.trappen.core.Messages;
import dk.trappen.core.figures.FigureId;
import dk.trappen.core.figures.compare.Change;
import dk.trappen.core.figures.compare.Level;
import dk.trappen.core.reference.Enhed;
import dk.trappen.core.reference.Figure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Overblik's tiles: for each catalogue figure the kommune has at the cut date, its value, its
 * change since the last half-year and since the year before (judged by the catalogue's desired
 * direction), and hele landet beside it.
 */
final class OverviewViewModel extends ScreenModel {

    private final ChangeTexts changes;

    OverviewViewModel(AnalysisViewModel vm) {
        super(vm);
        this.changes = new ChangeTexts(i18n, vm.catalogue());
    }

    /** The tiles in catalogue order; hele landet from the selection's line, or the pattern when it is not shown. */
    List<Tile> tiles(Selection s) {
        Line land = s.lines().stream().filter(l -> l.level() == Level.LAND).findFirst()
                .orElseGet(() -> new Line(vm.units().land(), vm.shownFor(vm.units().land()), vm.catalogue()));
        List<Tile> out = new ArrayList<>();
        for (FigureId f : vm.catalogue().figures()) {
            if (s.kommuneLine().shown().defined(s.cutDate(), f)) {
                out.add(tile(s, land, f, vm.catalogue().entry(f)));
            }
        }
        return out;
    }

    private Tile tile(Selection s, Line land, FigureId f, Figure n) {
        Locale locale = i18n.locale();
        Line k = s.kommuneLine();
        LocalDate d = s.cutDate();
        String value = Figures.text(k.shown().cell(d, f), vm.catalogue().decimals(f), locale) + (n.unit() == Enhed.PROCENT ? " %" : "");
        Optional<ChangeLine> halfYear = Change.sinceHalfYear(k.shown(), f, d, n.expected()).map(c -> line(c, f));
        ChangeLine year = line(Change.sinceYear(k.shown(), f, d, n.expected()), f);
        boolean rates = k.hasRate(d, f) && land.hasRate(d, f);
        Line.Plotted mine = k.plotted(d, f, rates);
        Line.Plotted theirs = land.plotted(d, f, rates);
        Optional<String> absent = f.isExtended() && !land.shown().defined(d, f)
                ? land.unit().series(s.result()).absentReason(d, f) : Optional.empty();
        String compare = absent.isPresent()
                ? i18n.text("tile.compare", Messages.format(locale, absent.get()))
                : mine.perTenThousand()
                ? i18n.text("tile.compareRate", Figures.text(mine.cell(), 1, locale), Figures.text(theirs.cell(), 1, locale))
                : i18n.text("tile.compare", Figures.text(theirs.cell(), theirs.decimals(), locale));
        return new Tile(f, n, Figures.shortTitle(vm.catalogue(), f, locale), value, halfYear, year, compare);
    }

    private ChangeLine line(Change c, FigureId f) {
        return new ChangeLine(changes.line(c, f), Optional.ofNullable(ChangeTexts.styleClass(c)));
    }

    /**
     * One tile: the figure and its catalogue entry, its short title (NT12.1's follows its setting),
     * the value as shown, the changes (no half-year change for yearly figures) and the comparison.
     */
    record Tile(FigureId figure, Figure entry, String title, String value, Optional<ChangeLine> halfYear,
            ChangeLine year, String compare) {
    }

    /** A change as text (arrow, number, "✓ bedre"/"✗ dårligere") and the colour's style class, if judged. */
    record ChangeLine(String text, Optional<String> style) {
    }
}
