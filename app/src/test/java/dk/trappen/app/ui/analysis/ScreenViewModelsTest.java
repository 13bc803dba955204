package dk.trappen.app.ui.analysis;

import static dk.trappen.app.ui.analysis.OpenSample.AARHUS;
import static dk.trappen.app.ui.analysis.OpenSample.BORNHOLM;
import static dk.trappen.app.ui.analysis.OpenSample.LATEST;
import static dk.trappen.app.ui.analysis.OpenSample.published;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.trappen.app.TestContexts;
import dk.trappen.app.ui.Screen;
import dk.trappen.app.ui.charts.FigureTable;
import dk.trappen.core.figures.FigureId;
import dk.trappen.core.figures.FigureCatalogue;
import dk.trappen.core.figures.TransitionMatrix;
import dk.trappen.core.figures.compare.ComparisonUnits;
import dk.trappen.core.figures.compare.Level;
import dk.trappen.core.figures.discretion.Cell;
import dk.trappen.core.figures.discretion.DisplaySeries;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysis screens' view models on the committed sample, without a screen: what each chart and
 * table shows, checked against the workspace's one suppression pattern decided by core directly
 * (never against the view models' own helpers) and against values worked out by hand.
 */
class ScreenViewModelsTest {

    private static final Locale DA = Locale.forLanguageTag("da");

    @TempDir
    Path tmp;

    private OpenSample sample;
    private final ComparisonUnits units = new ComparisonUnits(TestContexts.reference());

    @BeforeEach
    void open() {
        sample = new OpenSample(tmp);
    }

    @AfterEach
    void close() {
        sample.close();
        assertTrue(sample.dialogs.errors.isEmpty(), sample.dialogs.errors.toString());
    }

    @Test
    void theSelectionIsAarhusAtTheLatestCutBesideItsComparisons() {
        Selection s = sample.selection();
        assertEquals(AARHUS, s.kommune().code());
        assertEquals(LATEST, s.cutDate());
        assertEquals(List.of(Level.KOMMUNE, Level.SAMMENLIGNINGSGRUPPE, Level.REGION, Level.LAND),
                s.lines().stream().map(Line::level).collect(Collectors.toList()));
    }

    @Test
    void theStaircaseComparesCountsOfEveryTrinWhenComparisonsHaveNoRates() {
        Selection s = sample.selection();
        ChartData bars = new StaircaseViewModel(sample.vm).staircase(s);
        assertEquals("Indsatstrappen pr. 31-12-2025", bars.title());
        // The sample has population data for its own kommuner only: the region has no rates.
        assertEquals("Personer", bars.valueAxis());
        assertEquals(0, bars.decimals());
        assertEquals(names(s), bars.series().stream().map(ChartData.Series::name).collect(Collectors.toList()));
        FigureCatalogue titles = sample.vm.catalogue();
        DisplaySeries land = published().shown(units.land());
        for (FigureId step : StaircaseViewModel.STEPS) {
            String trin = Figures.step(titles, step, DA);
            assertEquals(value(published().kommune(AARHUS).cell(LATEST, step)), bars.series("Aarhus").value(trin), trin);
            assertEquals(value(land.cell(LATEST, step)), bars.series("Hele landet").value(trin), trin);
        }
        assertEquals(StaircaseViewModel.STEPS.size(), bars.categories().size());
    }

    @Test
    void theDevelopmentOnTheStaircaseFollowsEveryTrinOverTheCutDates() {
        Selection s = sample.selection();
        ChartData dev = new StaircaseViewModel(sample.vm).development(s);
        assertEquals("Udviklingen på trinene i Aarhus", dev.title());
        assertEquals(dates(s.result().cutDates(), LATEST), dev.categories());
        for (FigureId step : StaircaseViewModel.STEPS) {
            ChartData.Series line = dev.series(Figures.step(sample.vm.catalogue(), step, DA));
            for (LocalDate d : s.result().cutDates()) {
                assertEquals(value(published().kommune(AARHUS).cell(d, step)), line.value(SelectionBar.DATE.format(d)));
            }
        }
        // An earlier cut date ends the axis there.
        LocalDate earlier = LocalDate.of(2024, 12, 31);
        sample.vm.cutDateProperty().set(earlier);
        assertEquals(dates(s.result().cutDates(), earlier),
                new StaircaseViewModel(sample.vm).development(sample.selection()).categories());
    }

    @Test
    void movementsStartAtTheSecondCutDate() {
        Selection s = sample.selection();
        ChartData moves = new MovementsViewModel(sample.vm).moves(s);
        List<String> all = dates(s.result().cutDates(), LATEST);
        assertEquals(all.subList(1, all.size()), moves.categories());
        assertEquals(List.of("NT7", "NT8", "NT9", "NT10"), moves.series().stream()
                .map(x -> x.name().substring(0, x.name().indexOf(' '))).collect(Collectors.toList()));
        ChartData.Series nt7 = moves.series().get(0);
        for (String d : moves.categories()) {
            LocalDate date = LocalDate.parse(d, SelectionBar.DATE);
            assertEquals(value(published().kommune(AARHUS).cell(date, FigureId.NT7)), nt7.value(d), d);
        }
    }

    @Test
    void theMatrixShowsTheCountsAndEachCountsShareOfItsRow() {
        Selection s = sample.selection();
        MovementsViewModel.Matrix m = new MovementsViewModel(sample.vm).matrix(s);
        assertEquals("Overgangsmatrix for Aarhus: fra 30-06-2025 til 31-12-2025", m.title());
        assertEquals("I alt", m.heads().get(m.heads().size() - 1));
        assertEquals(List.of("Trin 8", "Trin 7", "Trin 6", "Trin 5", "Trin 4", "Trin 3", "Trin 2"),
                m.rows().stream().map(MovementsViewModel.MatrixRow::label).collect(Collectors.toList()));
        DisplaySeries aarhus = published().kommune(AARHUS);
        List<Integer> columns = TransitionMatrix.columns(s.result().rules());
        int shares = 0;
        for (int r = 0; r < m.rows().size(); r++) {
            int from = 8 - r;
            List<MovementsViewModel.MatrixCell> cells = m.rows().get(r).cells();
            Cell base = aarhus.cell(LATEST, FigureId.matrixBase(from));
            assertEquals(Figures.text(base, 0, DA), cells.get(cells.size() - 1).text(), "row total of trin " + from);
            assertFalse(cells.get(cells.size() - 1).share().isPresent(), "the total has no share");
            for (int c = 0; c < columns.size() - 1; c++) {
                Cell count = aarhus.cell(LATEST, TransitionMatrix.cell(from, columns.get(c)));
                MovementsViewModel.MatrixCell cell = cells.get(c);
                assertEquals(Figures.text(count, 0, DA), cell.text());
                assertEquals(columns.get(c) == from, cell.diagonal());
                if (count.shown() && base.shown() && base.value().getAsDouble() > 0) {
                    double share = count.value().getAsDouble() / base.value().getAsDouble();
                    assertEquals(share, cell.share().getAsDouble(), 1e-12);
                    assertEquals(cell.text() + " personer, " + String.format(DA, "%.1f", 100 * share) + " % af rækken",
                            cell.tooltip());
                    shares++;
                } else {
                    assertFalse(cell.share().isPresent());
                    assertEquals(!count.shown() && !count.text().isEmpty(), cell.hidden());
                }
            }
        }
        assertTrue(shares > 0, "some shares to shade");
    }

    @Test
    void theMatrixNeedsAnEarlierCutDate() {
        LocalDate first = sample.vm.cutDates().get(0);
        sample.vm.cutDateProperty().set(first);
        MovementsViewModel.Matrix m = new MovementsViewModel(sample.vm).matrix(sample.selection());
        assertEquals("Overgangsmatricen kræver en tidligere skæringsdato i data.", m.title());
        assertTrue(m.rows().isEmpty() && m.heads().isEmpty());
    }

    @Test
    void economyDividesTheSpendingPerYearWithAccounts() {
        Selection s = sample.selection();
        EconomyViewModel.Distribution d = new EconomyViewModel(sample.vm).distribution(s);
        ChartData chart = d.chart();
        DisplaySeries aarhus = published().kommune(AARHUS);
        List<String> years = s.result().cutDates().stream().filter(x -> aarhus.defined(x, FigureId.NT20_1))
                .map(x -> Integer.toString(x.getYear())).collect(Collectors.toList());
        assertFalse(years.isEmpty(), "the sample has accounts");
        assertEquals(years, chart.categories());
        assertEquals(6, chart.series().size());
        for (int i = 0; i < chart.series().size(); i++) {
            FigureId share = EconomyViewModel.SHARES.get(i);
            assertTrue(chart.series().get(i).name().startsWith(share.id() + " "), chart.series().get(i).name());
            for (LocalDate x : s.result().cutDates()) {
                if (aarhus.defined(x, FigureId.NT20_1)) {
                    assertEquals(value(aarhus.cell(x, share)), chart.series().get(i).value(Integer.toString(x.getYear())));
                }
            }
        }
        assertEquals("Fordelingen af udgifterne i Aarhus", chart.title());
    }

    @Test
    void allKommunerRanksTheKommunerHighestFirstFromThePattern() {
        Selection s = sample.selection();
        AllKommunerViewModel.Ranking ranked = new AllKommunerViewModel(sample.vm).ranking(s, FigureId.NT1);
        // Counts of persons: the value and the rate per 10,000 adults.
        assertEquals(List.of("Antal", "Pr. 10.000"), ranked.columns().stream().map(FigureTable.Column::title)
                .collect(Collectors.toList()));
        assertEquals("Aarhus (751)", ranked.rows().get(0).label(), "the largest kommune of the sample leads");
        assertEquals("Aarhus", ranked.chosen());
        List<String> bars = ranked.chart().categories();
        double previous = Double.MAX_VALUE;
        for (FigureTable.Row row : ranked.rows()) {
            int code = Integer.parseInt(row.label().replaceAll(".*\\((\\d+)\\)", "$1"));
            Cell cell = published().kommune(code).cell(LATEST, FigureId.NT1);
            assertEquals(cell, row.cells().get(0), row.label());
            String name = OpenSample.kommune(code).name();
            assertEquals(cell.shown(), bars.contains(name), "only shown values are ranked: " + name);
            if (cell.shown()) {
                assertTrue(cell.value().getAsDouble() <= previous, "highest first");
                previous = cell.value().getAsDouble();
                assertEquals(value(cell), ranked.chart().series().get(0).value(name));
            }
        }
        assertEquals(s.result().kommuner().stream().filter(k -> published().kommune(k).defined(LATEST, FigureId.NT1)).count(),
                ranked.rows().size());
    }

    @Test
    void theAreaSummaryShowsEveryFigureBesideTheComparisons() {
        Selection s = sample.selection();
        List<FigureId> figures = Figures.of(new FigureCatalogue(TestContexts.reference()), Screen.INDSATSTRAPPEN.area().orElseThrow());
        AreaViewModel.Summary sum = new AreaViewModel(sample.vm).summary(s, figures);
        assertEquals("Nøgletal pr. 31-12-2025", sum.title());
        assertEquals(figures.size(), sum.rows().size());
        // Per line a value and a rate; the kommune also its change since the half-year and the year.
        assertEquals(2 * s.lines().size() + 2, sum.columns().size());
        assertEquals(List.of("Aarhus", "Aarhus", "Aarhus", "Aarhus"), sum.columns().subList(0, 4).stream()
                .map(FigureTable.Column::group).collect(Collectors.toList()));
        int nt4 = figures.indexOf(FigureId.NT4);
        FigureTable.Row row = sum.rows().get(nt4);
        assertTrue(row.label().startsWith("NT4 "), row.label());
        assertEquals(published().kommune(AARHUS).cell(LATEST, FigureId.NT4), row.cells().get(0));
        assertEquals(published().kommune(AARHUS).per10000(LATEST, FigureId.NT4), row.cells().get(1));
        assertEquals(published().shown(units.land()).cell(LATEST, FigureId.NT4), row.cells().get(6));
        assertEquals(2, row.texts().size());
        assertEquals("", sum.measuredNote());
    }

    @Test
    void oneFigureOverTheYearsIsChartedAndTabledNewestFirst() {
        Selection s = sample.selection();
        AreaViewModel.Development dev = new AreaViewModel(sample.vm).development(s, FigureId.NT4);
        List<String> dates = dates(s.result().cutDates().stream()
                .filter(d -> published().kommune(AARHUS).defined(d, FigureId.NT4)).collect(Collectors.toList()), LATEST);
        assertEquals(dates, dev.chart().categories());
        assertEquals(names(s), dev.chart().series().stream().map(ChartData.Series::name).collect(Collectors.toList()));
        assertEquals(dates.size(), dev.rows().size());
        assertEquals("31-12-2025", dev.rows().get(0).label());
        assertEquals(dates.get(0), dev.rows().get(dev.rows().size() - 1).label());
        // A count: each line has the count and the rate per 10,000 adults.
        assertEquals(2 * s.lines().size(), dev.columns().size());
        assertEquals(published().kommune(AARHUS).cell(LATEST, FigureId.NT4), dev.rows().get(0).cells().get(0));
        assertTrue(dev.definition().contains(TestContexts.reference().figure("NT4").orElseThrow().definition()));
    }

    @Test
    void tilesShowTheKommunesValueAndHeleLandet() {
        Selection s = sample.selection();
        List<OverviewViewModel.Tile> tiles = new OverviewViewModel(sample.vm).tiles(s);
        DisplaySeries aarhus = published().kommune(AARHUS);
        List<FigureId> expected = new ArrayList<>();
        TestContexts.reference().figures().forEach(n -> FigureId.parse(n.id())
                .filter(f -> aarhus.defined(LATEST, f)).ifPresent(expected::add));
        assertEquals(expected, tiles.stream().map(OverviewViewModel.Tile::figure).collect(Collectors.toList()));
        OverviewViewModel.Tile nt4 = tiles.stream().filter(t -> t.figure() == FigureId.NT4).findFirst().orElseThrow();
        assertEquals(Figures.text(aarhus.cell(LATEST, FigureId.NT4), 0, DA), nt4.value());
        assertEquals("Hele landet: " + Figures.text(published().shown(units.land()).cell(LATEST, FigureId.NT4), 0, DA),
                nt4.compare());
        assertTrue(nt4.halfYear().isPresent() && nt4.halfYear().get().text().contains("30-06-2025"));
        assertTrue(nt4.year().text().contains("31-12-2024"), nt4.year().text());
    }

    @Test
    void savingAGroupWritesInTheBackgroundAndThenShowsItsLine() {
        sample.vm.saveGroup("Østlige kommuner", List.of(BORNHOLM, AARHUS));
        // Nothing is written or shown until the background work has run.
        assertEquals(1, sample.queuedWork());
        assertFalse(sample.vm.groups().stream().anyMatch(g -> g.label().equals("Østlige kommuner")));
        sample.runWork();
        assertEquals("Østlige kommuner", sample.vm.groupProperty().get().label());
        assertTrue(sample.vm.groupProperty().get().saved());
        dk.trappen.core.figures.compare.ComparisonGroup saved = new dk.trappen.core.figures.compare.ComparisonGroup(
                "Østlige kommuner", List.of(BORNHOLM, AARHUS));
        Line group = sample.selection().lines().get(1);
        assertEquals("Østlige kommuner", group.name());
        // The group's line is read from the pattern decided anew with the group among the units.
        assertEquals(published(List.of(saved)).shown(units.group(saved)).cell(LATEST, FigureId.NT4),
                group.shown().cell(LATEST, FigureId.NT4));
        // It is Aarhus's remembered choice in the workspace.
        sample.choose(BORNHOLM);
        sample.choose(AARHUS);
        assertEquals("Østlige kommuner", sample.vm.groupProperty().get().label());
    }

    @Test
    void aGroupThatCannotBeSavedIsReportedThroughTheDialogs() {
        GroupChoice before = sample.vm.groupProperty().get();
        int groups = sample.vm.groups().size();
        sample.vm.saveGroup("  ", List.of(AARHUS));
        sample.runWork();
        assertEquals(1, sample.dialogs.errors.size());
        assertTrue(sample.dialogs.errors.get(0).startsWith("En sammenligningsgruppe skal have et navn."),
                sample.dialogs.errors.get(0));
        assertEquals(before, sample.vm.groupProperty().get());
        assertEquals(groups, sample.vm.groups().size());
        sample.dialogs.errors.clear();
    }

    private static List<String> names(Selection s) {
        return s.lines().stream().map(Line::name).collect(Collectors.toList());
    }

    /** The dates up to {@code cut} as the screens write them. */
    private static List<String> dates(List<LocalDate> all, LocalDate cut) {
        return all.stream().filter(d -> !d.isAfter(cut)).map(SelectionBar.DATE::format).collect(Collectors.toList());
    }

    private static Double value(Cell c) {
        return c.value().isPresent() ? c.value().getAsDouble() : null;
    }
}
