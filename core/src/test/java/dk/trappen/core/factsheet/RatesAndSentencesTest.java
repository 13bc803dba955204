package dk.trappen.core.factsheet;

import static dk.trappen.core.factsheet.SheetTexts.flat;
import static dk.trappen.core.factsheet.SheetTexts.lastValues;
import static dk.trappen.core.factsheet.SheetTexts.printed;
import static dk.trappen.core.factsheet.SheetTexts.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.trappen.core.figures.FigureId;
import dk.trappen.core.figures.FigureResult;
import dk.trappen.core.figures.FigureService;
import dk.trappen.core.figures.SpellFixture;
import dk.trappen.core.figures.compare.ComparisonGroup;
import dk.trappen.core.figures.compare.ComparisonUnits;
import dk.trappen.core.figures.compare.Level;
import dk.trappen.core.figures.discretion.Discretion;
import dk.trappen.core.figures.discretion.DisplaySeries;
import dk.trappen.core.reference.Kommune;
import dk.trappen.core.store.Workspace;
import dk.trappen.core.figures.WorkspaceSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hand-built workspace with population data for every kommune, so the sheet compares per 10,000
 * adults, and with København's staircase chosen to test the sentences. København (101, 20,000
 * adults), from 2017-01-01 and ongoing: 3 on trin 8 (NT1), 2 on trin 7 (NT2), 6 on trin 6 (NT3),
 * 40 on trin 5 (NT4), 10 on trin 2 (NT6); from 2018-07-01 another 28 on trin 7 and 10 on trin 2.
 * So at 31-12-2018 NT1 = 3 is "&lt;5" and NT3 = 6 is hidden with it ("x"), and NT2 went from 2
 * ("&lt;5") to 30: the largest change, which the sentences must not state. Frederiksberg (147) has
 * 8 on trin 8 and 60 on trin 5, Aarhus (751) 100 on trin 5; every other kommune 10,000 adults.
 */
class RatesAndSentencesTest {

    private static final LocalDate CUT = LocalDate.of(2018, 12, 31);
    private static final LocalDate YEAR_BEFORE = LocalDate.of(2017, 12, 31);
    private static final int KBH = 101;

    @TempDir
    static Path tmp;

    private static FactSheetData data;

    @BeforeAll
    static void workspace() {
        SpellFixture f = new SpellFixture();
        persons(f, 3, 8, KBH, "2017-01-01");
        persons(f, 2, 7, KBH, "2017-01-01");
        persons(f, 28, 7, KBH, "2018-07-01");
        persons(f, 6, 6, KBH, "2017-01-01");
        persons(f, 40, 5, KBH, "2017-01-01");
        persons(f, 10, 2, KBH, "2017-01-01");
        persons(f, 10, 2, KBH, "2018-07-01");
        persons(f, 8, 8, 147, "2017-01-01");
        persons(f, 60, 5, 147, "2017-01-01");
        persons(f, 100, 5, 751, "2017-01-01");
        f.coverUntil(CUT.toString());
        for (Kommune k : SmallSampleSheets.REFERENCE.kommuner()) {
            f.population(k.code(), "2017-01-01", 18, null, k.code() == KBH ? 20_000 : 10_000);
        }
        try (Workspace ws = Workspace.create(tmp.resolve("ws"))) {
            f.writeTo(ws);
            data = FactSheetData.read(ws, new FigureService(SmallSampleSheets.REFERENCE));
        }
    }

    /** {@code n} new persons on {@code trin} in a kommune from {@code start}, ongoing. */
    private static void persons(SpellFixture f, int n, int trin, int kommune, String start) {
        for (int i = 0; i < n; i++) {
            f.person(kommune + "-" + trin + "-" + start + "-" + i).trin(trin, kommune, start, null);
        }
    }

    private String sheet(Optional<ComparisonGroup> group) throws IOException {
        byte[] pdf = SmallSampleSheets.service().bytes(group.map(g -> SmallSampleSheets.withSaved(data, g)).orElse(data),
                KBH, group, CUT);
        String preview = System.getProperty("factsheet.preview");
        if (preview != null) {
            // -Dfactsheet.preview=DIR keeps the sheets, to look at them (pdftoppm).
            Files.write(Files.createDirectories(Path.of(preview)).resolve("kbh-" + group.map(g -> "gruppe")
                    .orElse("region") + ".pdf"), pdf);
        }
        return SheetTexts.text(pdf);
    }

    @Test
    void theFixtureIsWhatTheTestsAssume() {
        DisplaySeries raw = Discretion.off().apply(data.result().series(KBH));
        assertEquals(2.0, raw.cell(YEAR_BEFORE, FigureId.NT2).value().getAsDouble());
        assertEquals(30.0, raw.cell(CUT, FigureId.NT2).value().getAsDouble());
        DisplaySeries shown = data.published().kommune(KBH);
        assertEquals("<5", shown.cell(CUT, FigureId.NT1).text());
        assertEquals("x", shown.cell(CUT, FigureId.NT3).text());
        assertEquals(CUT, data.latestCut());
    }

    @Test
    void countsAreComparedPer10000AdultsForEveryUnit() throws IOException {
        String text = sheet(Optional.empty());
        FigureResult result = data.result();
        Discretion d = data.discretion();
        ComparisonUnits cu = new ComparisonUnits(SmallSampleSheets.REFERENCE);
        dk.trappen.core.figures.compare.PublishedFigures p = data.published();
        DisplaySeries own = p.kommune(KBH);
        DisplaySeries group = p.shown(cu.defaultGroup(KBH));
        DisplaySeries region = p.shown(cu.unitsContaining(Level.REGION, KBH).get(0));
        DisplaySeries land = p.shown(cu.land());
        for (FigureId f : List.of(FigureId.NT1, FigureId.NT2, FigureId.NT3, FigureId.NT4, FigureId.NT5, FigureId.NT6,
                FigureId.NT8, FigureId.NT10)) {
            String line = row(text, f.id()).orElseThrow();
            assertTrue(line.contains(" pr. 10.000 "), line);
            assertEquals(List.of(printed(own.cell(CUT, f)), printed(own.per10000(CUT, f)), printed(group.per10000(CUT, f)),
                    printed(region.per10000(CUT, f)), printed(land.per10000(CUT, f))), lastValues(line, 5), line);
        }
        assertEquals(List.of("40", "20,0"), lastValues(row(text, "NT4").orElseThrow(), 5).subList(0, 2),
                "40 of 20,000 adults: 20,0 per 10,000 (by hand)");
        assertTrue(text.contains("Borgere pr. 10.000 voksne indbyggere."), "the staircase chart compares rates");
        assertTrue(text.contains("Hele landet"), "land is drawn as a line");
    }

    @Test
    void theSentencesStateOnlyShownCells() throws IOException {
        String text = flat(sheet(Optional.empty()));
        // 99 persons, 49,5 per 10,000 (99 of 20,000), against hele landet's pooled rate.
        DisplaySeries land = data.discretion().apply(new ComparisonUnits(SmallSampleSheets.REFERENCE).land()
                .series(data.result()));
        assertTrue(text.contains("Pr. 31-12-2018 var 99 voksne borgere i målgruppen på indsatstrappen i København"),
                text);
        assertTrue(text.contains("Det svarer til 49,5 pr. 10.000 voksne indbyggere mod "
                + land.per10000(CUT, FigureId.STAIRCASE_TOTAL).text() + " i hele landet"), text);
        // NT2's rise from 2 to 30 is the largest, but 2 is "<5": the sentence names NT6 instead.
        assertTrue(text.contains("den største ændring siden 31-12-2017 sket for forebyggende indsatser (§82a/b) (NT6), "
                + "der steg fra 10 til 20 borgere (+100,0 %); nøgletalskataloget ønsker en stigende udvikling."), text);
        assertFalse(text.contains("fra 2 til"), "no change from a count below 5");
        assertFalse(text.contains("28"), "nor its size");
        assertEquals(List.of(), SheetTexts.smallWholeNumbers(text));
    }

    /** The threshold is the workspace's setting: at 0 every count is printed, and the footer says so. */
    @Test
    void aThresholdOfZeroShowsEveryCountAndSaysSo() {
        WorkspaceSettings s = data.settings();
        FactSheetData open = new FactSheetData(dk.trappen.core.figures.compare.PublishedFigures.decide(
                SmallSampleSheets.REFERENCE, data.result(), Discretion.withThreshold(0), List.of()), new WorkspaceSettings(s.targetGroups(), 0, s.nt121Variant(),
                s.staircaseRules()), data.coverage(), data.chosenGroups());
        String text = SheetTexts.text(SmallSampleSheets.service().bytes(open, KBH, Optional.empty(), CUT));
        assertEquals("3", lastValues(row(text, "NT1").orElseThrow(), 5).get(0));
        assertTrue(flat(text).contains("Tærsklen for diskretionering er sat til 0 i arbejdsmappens indstillinger"));
    }

    @Test
    void aChosenComparisonGroupIsNamedAndDrawnBesideTheRegion() throws IOException {
        ComparisonGroup storbyer = new ComparisonGroup("Storbyer", List.of(101, 147, 751));
        String text = sheet(Optional.of(storbyer));
        assertTrue(text.contains("Sammenligningsgruppe: Storbyer"));
        assertTrue(text.contains("Sammenligningsgruppe: Storbyer Region Hovedstaden Hele landet"), "legend with four units");
        DisplaySeries group = SmallSampleSheets.withSaved(data, storbyer).published()
                .shown(new ComparisonUnits(SmallSampleSheets.REFERENCE).group(storbyer));
        String line = row(text, "NT4").orElseThrow();
        assertEquals(printed(group.per10000(CUT, FigureId.NT4)), lastValues(line, 5).get(2), line);
        assertEquals("50,0", printed(Discretion.off().apply(data.result().series(storbyer.kommuner())).per10000(CUT,
                FigureId.NT4)), "40 + 60 + 100 of 40,000 adults (by hand), before discretion");
    }
}
