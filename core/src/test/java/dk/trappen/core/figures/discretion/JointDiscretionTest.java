package dk.trappen.core.figures.discretion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.trappen.core.figures.FigureId;
import dk.trappen.core.figures.FigureSeries;
import dk.trappen.core.figures.TestSeries;
import dk.trappen.core.figures.WorkspaceSettings;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Units shown side by side where one is the sum of others (a region and its kommuner): a total
 * shown with all but one part would give that part away. Kommune A has 3 persons on trin 8 at both
 * dates, kommune B 10, the region (A + B) 13.
 */
class JointDiscretionTest {

    private static final LocalDate BASE = LocalDate.of(2017, 6, 30);
    private static final LocalDate D = LocalDate.of(2017, 12, 31);
    private final Discretion five = Discretion.of(WorkspaceSettings.defaults());

    private static FigureSeries onTrin8(int persons) {
        return TestSeries.over(BASE, D).stock(BASE, 8, persons).stock(D, 8, persons)
                .cell(D, FigureId.matrix(8, 8), persons).adults(D, 100_000).build();
    }

    private final List<FigureSeries> units = List.of(onTrin8(3), onTrin8(10), onTrin8(13));

    @Test
    void aloneEachSeriesHidesOnlyItsOwnSmallCount() {
        List<DisplaySeries> shown = five.applyTogether(units, List.of());
        assertEquals("<5", shown.get(0).cell(D, FigureId.NT1).text());
        assertEquals("10", shown.get(1).cell(D, FigureId.NT1).text());
        assertEquals("13", shown.get(2).cell(D, FigureId.NT1).text(), "13 − 10 gives A's 3 away");
        assertEquals(five.apply(units.get(1)).cell(D, FigureId.NT1), shown.get(1).cell(D, FigureId.NT1));
    }

    /**
     * With the region as the sum of A and B at D, B's NT1 (the smallest other part) is hidden too,
     * and B's own relations carry it on: M8_8 and its row base (the same 10 persons), then NT1 at
     * the base date, which equals that row base. The region keeps its 13.
     */
    @Test
    void togetherASecondPartIsHiddenWhereTheTotalIsShown() {
        List<DisplaySeries> shown = five.applyTogether(units,
                List.of(new Discretion.Sum(2, List.of(0, 1), Set.of(D))));
        assertEquals("<5", shown.get(0).cell(D, FigureId.NT1).text());
        assertEquals(CellStatus.SECONDARY, shown.get(1).cell(D, FigureId.NT1).status());
        assertEquals("x", shown.get(1).cell(D, FigureId.NT1).text());
        assertEquals(CellStatus.SECONDARY, shown.get(1).cell(D, FigureId.matrix(8, 8)).status());
        assertEquals("13", shown.get(2).cell(D, FigureId.NT1).text());
        assertEquals("x", shown.get(1).cell(BASE, FigureId.NT1).text());
        assertEquals("13", shown.get(2).cell(BASE, FigureId.NT1).text());
        assertEquals("x", shown.get(1).per10000(D, FigureId.NT1).text(), "nor its rate per 10,000");
        assertEquals("1,3", shown.get(2).per10000(D, FigureId.NT1).text());
    }

    @Test
    void withoutDiscretionNothingIsHidden() {
        List<DisplaySeries> shown = Discretion.off().applyTogether(units,
                List.of(new Discretion.Sum(2, List.of(0, 1), Set.of(D))));
        assertEquals("3", shown.get(0).cell(D, FigureId.NT1).text());
        assertEquals("10", shown.get(1).cell(D, FigureId.NT1).text());
    }
}
