package dk.trappen.app.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.trappen.app.AppContext;
import dk.trappen.app.TestContexts;
import dk.trappen.app.ui.I18n;
import dk.trappen.app.ui.Screen;
import dk.trappen.app.ui.TrappenApplication;
import dk.trappen.app.ui.charts.ChartPane;
import dk.trappen.app.ui.charts.FigureTable;
import dk.trappen.app.ui.common.DialogService;
import dk.trappen.app.ui.common.FakeDialogService;
import dk.trappen.core.figures.FigureId;
import dk.trappen.core.figures.compare.Change;
import dk.trappen.core.reference.Udvikling;
import dk.trappen.core.figures.discretion.Cell;
import dk.trappen.core.figures.discretion.Discretion;
import dk.trappen.core.reference.Kommune;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every analysis screen on the committed sample: it opens, shows the core service's figures for
 * the chosen kommune, and follows a change of kommune and of cut date. Expected values come from
 * {@code FigureService} and {@code Discretion} directly, never from the screens.
 */
class AnalysisScreensUiTest extends FxRobot {

    private static final int AARHUS = 751;
    private static final int BORNHOLM = 400;
    private static final int RANDERS = 730;
    private static final LocalDate LATEST = LocalDate.of(2025, 12, 31);
    private static final LocalDate EARLIER = LocalDate.of(2024, 12, 31);

    @TempDir
    Path tmp;

    private final FakeDialogService dialogs = new FakeDialogService();
    private final I18n i18n = new I18n(Locale.forLanguageTag("da"));
    private javafx.application.Application app;

    @BeforeEach
    void start() throws Exception {
        Path ws = SampleWorkspace.copyInto(tmp.resolve("ws"));
        AppContext ctx = TestContexts.inFolder(tmp);
        ctx.preferences().setLastWorkspace(ws);
        ctx.preferences().setLastKommune(AARHUS);
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new TrappenApplication(() -> ctx, window -> dialogs));
        await(() -> kommuneBox().getValue() != null && lookup("#tiles").tryQuery().isPresent()
                && !lookup("#tiles").queryAs(javafx.scene.layout.FlowPane.class).getChildren().isEmpty());
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void overviewTilesShowTheKommunesFiguresAndFollowTheSelection() {
        assertEquals(AARHUS, kommuneBox().getValue().code());
        assertTile(FigureId.NT4, AARHUS, LATEST);
        assertTile(FigureId.NT12, AARHUS, LATEST);
        chooseKommune(BORNHOLM);
        assertTile(FigureId.NT4, BORNHOLM, LATEST);
        chooseCut(EARLIER);
        assertTile(FigureId.NT4, BORNHOLM, EARLIER);
        clickOn("#tile-NT4");
        await(() -> title().equals(i18n.text(Screen.INDSATSTRAPPEN.key())));
    }

    /**
     * Seed 002 §2.2.3: a tile shows the change since the last half-year and since the same time the
     * year before, worked out by core from the cells after discretion, with a better/worse word and
     * symbol (not colour alone) where the catalogue names a desired direction; yearly figures
     * (NT19–NT20.6) only the year. The Overblik is also written to target/screenshots for a look.
     */
    @Test
    void tilesShowTheChangeSinceTheHalfYearAndTheYearBeforeJudgedByTheDesiredDirection() throws Exception {
        ChangeTexts texts = new ChangeTexts(i18n, new dk.trappen.core.figures.FigureCatalogue(TestContexts.reference()));
        dk.trappen.core.figures.discretion.DisplaySeries own = published(List.of()).kommune(AARHUS);
        for (FigureId f : List.of(FigureId.NT1, FigureId.NT4, FigureId.NT6, FigureId.NT12, FigureId.NT13)) {
            Udvikling expected = TestContexts.reference().figure(f.id()).orElseThrow().expected();
            String half = texts.line(Change.sinceHalfYear(own, f, LATEST, expected).orElseThrow(), f);
            String year = texts.line(Change.sinceYear(own, f, LATEST, expected), f);
            await(() -> half.equals(changeText("half", f)) && year.equals(changeText("year", f)),
                    () -> f + ": " + changeText("half", f) + " | " + changeText("year", f) + " ≠ " + half + " | " + year);
            assertTrue(half.contains("30-06-2025") && year.contains("31-12-2024"), half + " | " + year);
            if (expected == Udvikling.INGEN) {
                assertTrue(!half.contains("bedre") && !half.contains("dårligere") && !year.contains("bedre")
                        && !year.contains("dårligere"), "no judgement without a desired direction: " + half + year);
            }
        }
        // Somewhere on the sample a change is judged; the word is on the tile, the colour only beside it.
        FigureId judged = Figures.all(new dk.trappen.core.figures.FigureCatalogue(TestContexts.reference())).stream().filter(f -> own.defined(LATEST, f)
                && Change.sinceYear(own, f, LATEST, TestContexts.reference().figure(f.id()).orElseThrow().expected())
                        .judgement() != Change.Judgement.NONE).findFirst().orElseThrow();
        await(() -> changeText("year", judged).matches(".*(✓ bedre|✗ dårligere|uændret)$"),
                () -> judged + ": " + changeText("year", judged));

        // NT19 (accounts, 31 December only): the year change only.
        await(() -> lookup("#tile-change-year-NT19").tryQuery().isPresent());
        Label nt19Half = (Label) ((javafx.scene.layout.VBox) lookup("#tile-change-year-NT19").query().getParent())
                .getChildren().stream().filter(n -> "tile-change-half-NT19".equals(n.getId())).findFirst().orElseThrow();
        assertTrue(!nt19Half.isVisible() && !nt19Half.isManaged(), "no half-year change for a yearly figure");
        String nt19 = texts.line(Change.sinceYear(own, FigureId.NT19, LATEST, Udvikling.STIGENDE), FigureId.NT19);
        await(() -> nt19.equals(changeText("year", FigureId.NT19)));
        assertTrue(nt19.contains("31-12-2024"), nt19);

        // Own measurements: hele landet is not built from the sample's two measuring kommuner.
        await(() -> lookup("#tile-compare-NT13").queryAs(Label.class).getText()
                .equals("Hele landet: ikke alle kommuner i enheden har egne målinger"));
        screenshot("overblik.png");
    }

    /**
     * Own measurements (NT13–NT17) of a comparison unit are shown only when every member kommune has
     * measurements (core's rule): on the sample only Aarhus and Randers measure, so the region and
     * hele landet stay empty with a note, while a saved group of the two is shown and labelled with
     * how many kommuner stand behind it.
     */
    @Test
    void ownMeasurementsAreComparedOnlyForUnitsWhereEveryKommuneMeasures() {
        press(KeyCode.CONTROL).type(KeyCode.DIGIT5).release(KeyCode.CONTROL);
        await(() -> summaryCell("trivsel", FigureId.NT13) != null);
        FigureTable.Row row = summaryRow("trivsel", FigureId.NT13);
        // Columns: Aarhus, the default group (the region), the region, hele landet; then the changes.
        assertTrue(row.cells().get(0).shown(), "Aarhus' own value");
        assertEquals("", row.cells().get(2).text(), "Region Midtjylland: 2 of 19 kommuner measure");
        assertEquals("", row.cells().get(3).text(), "hele landet");
        Label note = lookup("#trivsel-measured-note").queryAs(Label.class);
        assertTrue(note.isVisible() && note.getText().contains("Region Midtjylland (2 af 19 kommuner har målinger)"),
                note.getText());
        assertEquals(2, row.texts().size(), "change since the half-year and since the year before");

        dialogs.groupAnswers.add(new DialogService.GroupPick("Østjylland", List.of(AARHUS, RANDERS)));
        clickOn("#new-group");
        await(() -> lookup("#trivsel-summary").queryAs(FigureTable.class).getColumns().stream()
                .anyMatch(c -> c.getText().equals("Østjylland (2 kommuner)")));
        dk.trappen.core.figures.compare.ComparisonGroup ost = new dk.trappen.core.figures.compare.ComparisonGroup(
                "Østjylland", List.of(AARHUS, RANDERS));
        Cell group = published(List.of(ost)).shown(new dk.trappen.core.figures.compare.ComparisonUnits(
                TestContexts.reference()).group(ost)).cell(LATEST, FigureId.NT13);
        assertTrue(group.shown(), "both members measure: the pooled mean");
        await(() -> group.equals(summaryRow("trivsel", FigureId.NT13).cells().get(1)));
    }

    /** Each area screen, reached by its keyboard shortcut, against one of its figures. */
    @ParameterizedTest
    @CsvSource({"INDSATSTRAPPEN, DIGIT2, NT4", "BEVAEGELSER, DIGIT3, NT8", "BESKAEFTIGELSE, DIGIT4, NT12",
        "TRIVSEL, DIGIT5, NT13", "MENTAL_SUNDHED, DIGIT6, NT15.1", "GENINDLAEGGELSER, DIGIT7, NT18",
        "OEKONOMI, DIGIT8, NT20.1"})
    void areaScreenShowsTheCoreFiguresAndFollowsTheSelection(Screen screen, KeyCode key, String figureId)
            throws Exception {
        FigureId f = FigureId.parse(figureId).orElseThrow();
        press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
        await(() -> title().equals(i18n.text(screen.key())));
        String prefix = screen.name().toLowerCase(Locale.ROOT);
        await(() -> summaryCell(prefix, f) != null);
        assertEquals(expected(AARHUS, LATEST, f), summaryCell(prefix, f));
        assertNotNull(lookup("#" + prefix + "-chart").queryAs(ChartPane.class).chart(), "the development chart");
        assertTrue(lookup("#" + prefix + "-table").queryAs(FigureTable.class).getItems().size() > 1, "rows per cut date");
        screenshot(prefix + ".png");

        chooseKommune(BORNHOLM);
        await(() -> expected(BORNHOLM, LATEST, f).equals(summaryCell(prefix, f)));
        chooseCut(EARLIER);
        await(() -> expected(BORNHOLM, EARLIER, f).equals(summaryCell(prefix, f)));
    }

    @Test
    void theDefinitionOfTheChosenFigureIsAClickAway() {
        press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
        await(() -> summaryCell("beskaeftigelse", FigureId.NT11) != null);
        Label definition = lookup("#beskaeftigelse-definition").queryAs(Label.class);
        assertTrue(!definition.isVisible());
        clickOn("#beskaeftigelse-info");
        await(definition::isVisible);
        String catalogue = TestContexts.reference().figure("NT11").orElseThrow().definition();
        assertTrue(definition.getText().contains(catalogue), definition.getText());
    }

    @Test
    void staircaseChartPlotsEveryTrinOfTheKommune() {
        press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        await(() -> lookup("#staircase-chart").queryAs(ChartPane.class).chart() != null);
        CategoryDataset ds = lookup("#staircase-chart").queryAs(ChartPane.class).chart().getCategoryPlot().getDataset();
        // The sample has population data for its own kommuner only, so the comparison lines have no
        // rates: the chart compares counts, never a mix of rates and counts.
        for (FigureId step : StaircaseScreen.STEPS) {
            Cell c = expected(AARHUS, LATEST, step);
            Number plotted = ds.getValue("Aarhus", Figures.step(new dk.trappen.core.figures.FigureCatalogue(TestContexts.reference()), step, i18n.locale()));
            assertEquals(c.value().isPresent() ? c.value().getAsDouble() : null,
                    plotted == null ? null : plotted.doubleValue(), step.id());
        }
    }

    @Test
    void movementsMatrixShowsTheCountsOfTheCore() {
        press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        await(() -> lookup("#matrix").tryQuery().isPresent()
                && !lookup("#matrix").queryAs(javafx.scene.layout.GridPane.class).getChildren().isEmpty());
        javafx.scene.layout.GridPane grid = lookup("#matrix").queryAs(javafx.scene.layout.GridPane.class);
        // Row "Trin 5" is the fourth data row (8, 7, 6, 5); its last column is the row total.
        String total = grid.getChildren().stream()
                .filter(n -> javafx.scene.layout.GridPane.getRowIndex(n) == 4)
                .max(java.util.Comparator.comparingInt(javafx.scene.layout.GridPane::getColumnIndex))
                .map(n -> ((Label) n).getText()).orElseThrow();
        assertEquals(Figures.text(expected(AARHUS, LATEST, FigureId.matrixBase(5)), 0, i18n.locale()), total);
    }

    @Test
    void allKommunerRanksOneFigureAndFollowsTheSelection() {
        press(KeyCode.CONTROL).type(KeyCode.DIGIT9).release(KeyCode.CONTROL);
        await(() -> title().equals(i18n.text(Screen.ALLE_KOMMUNER.key())));
        await(() -> allRow("Aarhus (751)") != null);
        assertEquals(alone(AARHUS, LATEST, FigureId.NT1), allRow("Aarhus (751)").cells().get(0));
        interact(() -> lookup("#all-figure").<FigureId>queryComboBox().setValue(FigureId.NT4));
        await(() -> alone(BORNHOLM, LATEST, FigureId.NT4).equals(allRow("Bornholm (400)").cells().get(0)));
        chooseCut(EARLIER);
        await(() -> alone(BORNHOLM, EARLIER, FigureId.NT4).equals(allRow("Bornholm (400)").cells().get(0)));
        // The largest kommune of the sample leads the ranking of counts.
        assertEquals("Aarhus (751)", lookup("#all-table").queryAs(FigureTable.class).getItems().get(0).label());
    }

    @Test
    void dataScreenOpensByShortcut() {
        press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        await(() -> title().equals(i18n.text(Screen.DATA.key())));
        assertEquals(7, lookup("#import-log").queryAs(TableView.class).getItems().size());
        assertTrue(!lookup("#selection-bar").query().isVisible(), "no selection on the data screen");
    }

    @Test
    void settingTheThresholdToZeroShowsTheCountsDiscretionHid() {
        // Find a figure the default threshold hides for Aarhus, then turn discretion off.
        Discretion on = Discretion.of(SampleWorkspace.settings());
        FigureId hidden = List.of(FigureId.NT7_1, FigureId.NT7_2, FigureId.NT7_3, FigureId.NT10, FigureId.NT9).stream()
                .filter(f -> !on.apply(SampleWorkspace.result().series(AARHUS)).cell(LATEST, f).shown())
                .findFirst().orElseThrow();
        dialogs.formActions.add(form -> {
            @SuppressWarnings("unchecked")
            Spinner<Integer> threshold = (Spinner<Integer>) form.lookup("#settings-threshold");
            threshold.getValueFactory().setValue(0);
        });
        clickOn("#menu-file");
        clickOn(i18n.text("menu.file.settings"));
        await(() -> !dialogs.forms.isEmpty());
        int raw = SampleWorkspace.result().count(AARHUS, LATEST, hidden);
        await(() -> tileText(hidden).equals(Integer.toString(raw)), () -> "tile " + hidden + ": " + tileText(hidden)
                + " ≠ " + raw + "; errors " + dialogs.errors);
    }

    @Test
    void aSavedGroupBecomesTheComparisonLine() {
        dialogs.groupAnswers.add(new DialogService.GroupPick("Østlige kommuner", List.of(BORNHOLM, AARHUS)));
        press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        await(() -> summaryCell("indsatstrappen", FigureId.NT4) != null);
        clickOn("#new-group");
        await(() -> "Østlige kommuner".equals(String.valueOf(lookup("#select-group").queryComboBox().getValue())));
        await(() -> lookup("#indsatstrappen-summary").queryAs(FigureTable.class).getColumns().stream()
                .anyMatch(c -> c.getText().equals("Østlige kommuner")));
        // The group's figure is the sum over its members.
        dk.trappen.core.figures.compare.ComparisonGroup saved = new dk.trappen.core.figures.compare.ComparisonGroup(
                "Østlige kommuner", List.of(BORNHOLM, AARHUS));
        Cell group = published(List.of(saved)).shown(new dk.trappen.core.figures.compare.ComparisonUnits(
                TestContexts.reference()).group(saved)).cell(LATEST, FigureId.NT4);
        assertEquals(group, summaryRow("indsatstrappen", FigureId.NT4).cells().get(2));
    }

    @Test
    void chartsAreSavedAsSvgAndPngAndTablesCopiedAsShown() throws Exception {
        press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        await(() -> lookup("#movements-chart").queryAs(ChartPane.class).chart() != null);
        Path svg = tmp.resolve("diagram.svg");
        dialogs.saveAnswers.add(svg);
        rightClickOn("#movements-chart");
        clickOn(i18n.text("chart.saveSvg"));
        await(() -> java.nio.file.Files.exists(svg));
        assertTrue(java.nio.file.Files.readString(svg).contains("<svg"), "an SVG document");
        Path png = tmp.resolve("diagram.png");
        dialogs.saveAnswers.add(png);
        rightClickOn("#movements-chart");
        clickOn(i18n.text("chart.savePng"));
        await(() -> java.nio.file.Files.exists(png));
        byte[] head = java.util.Arrays.copyOf(java.nio.file.Files.readAllBytes(png), 4);
        assertEquals("\u0089PNG", new String(head, java.nio.charset.StandardCharsets.ISO_8859_1));

        // The copied table is the table as shown: a count discretion hides is copied as "<5", not as its value.
        FigureTable summary = lookup("#bevaegelser-summary").queryAs(FigureTable.class);
        String copied = summary.asText();
        FigureId hidden = List.of(FigureId.NT7_1, FigureId.NT7_2, FigureId.NT7_3, FigureId.NT10).stream()
                .filter(f -> expected(AARHUS, LATEST, f).text().startsWith("<")).findFirst().orElseThrow();
        String line = copied.lines().filter(l -> l.startsWith(hidden.id() + " ")).findFirst().orElseThrow();
        assertEquals("<5", line.split("\t")[1], line);
    }

    @Test
    void factSheetIsPreviewedSavedAndPrintedForTheSelection() throws Exception {
        press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        await(() -> title().equals(i18n.text(Screen.FAKTAARK.key())));
        await(() -> lookup("#factsheet-pages").queryAs(javafx.scene.layout.VBox.class).getChildren().size() == 2);
        Path aarhus = tmp.resolve("aarhus.pdf");
        dialogs.saveAnswers.add(aarhus);
        clickOn("#factsheet-save");
        await(() -> !dialogs.informations.isEmpty());
        String text = pdfText(aarhus);
        assertTrue(text.contains("Aarhus") && text.contains("31-12-2025"), text);

        Node firstPage = lookup("#factsheet-pages").queryAs(javafx.scene.layout.VBox.class).getChildren().get(0);
        chooseKommune(BORNHOLM);
        chooseCut(EARLIER);
        await(() -> lookup("#factsheet-pages").queryAs(javafx.scene.layout.VBox.class).getChildren().size() == 2
                && lookup("#factsheet-pages").queryAs(javafx.scene.layout.VBox.class).getChildren().get(0) != firstPage);
        Path bornholm = tmp.resolve("bornholm.pdf");
        dialogs.saveAnswers.add(bornholm);
        clickOn("#factsheet-save");
        await(() -> dialogs.informations.size() == 2);
        String other = pdfText(bornholm);
        assertTrue(other.contains("Bornholm") && other.contains("31-12-2024"), other);

        clickOn("#factsheet-print");
        await(() -> dialogs.printed.equals(List.of(2)));
    }

    private static String pdfText(Path pdf) throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(d);
        }
    }

    @Test
    void theFileMenuExportsTheSelectedKommunesWorkbook() throws Exception {
        chooseKommune(BORNHOLM);
        Path xlsx = tmp.resolve("bornholm.xlsx");
        dialogs.saveAnswers.add(xlsx);
        press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        await(() -> !dialogs.informations.isEmpty());
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                xlsx.toFile())) {
            assertNotNull(book.getSheet("Forside"));
            StringBuilder text = new StringBuilder();
            book.getSheet("Forside").forEach(row -> row.forEach(c -> text.append(c.toString()).append(' ')));
            assertTrue(text.toString().contains("Bornholm"), text.toString());
        }
    }

    @Test
    void theKommuneCanBeFoundByTyping() {
        clickOn("#select-kommune");
        write("Bornholm");
        type(KeyCode.ENTER);
        await(() -> kommuneBox().getValue() != null && kommuneBox().getValue().code() == BORNHOLM);
        assertTile(FigureId.NT4, BORNHOLM, LATEST);
    }

    // ---- helpers

    /** The kommune's cell in the workspace's one suppression pattern (no groups saved). */
    private static Cell expected(int kommune, LocalDate date, FigureId f) {
        return published(List.of()).kommune(kommune).cell(date, f);
    }

    /** The pattern every output reads, decided with these saved comparison groups. */
    private static dk.trappen.core.figures.compare.PublishedFigures published(
            List<dk.trappen.core.figures.compare.ComparisonGroup> saved) {
        return dk.trappen.core.figures.compare.PublishedFigures.decide(TestContexts.reference(), SampleWorkspace.result(),
                Discretion.of(SampleWorkspace.settings()), saved);
    }

    /** A kommune's cell in Alle kommuner: the same pattern. */
    private static Cell alone(int kommune, LocalDate date, FigureId f) {
        return expected(kommune, date, f);
    }

    private void assertTile(FigureId f, int kommune, LocalDate date) {
        String want = Figures.text(expected(kommune, date, f), f.decimals(), i18n.locale());
        await(() -> tileText(f).equals(want));
    }

    private String changeText(String which, FigureId f) {
        return lookup("#tile-change-" + which + "-" + f.id().replace('.', '_')).tryQueryAs(Label.class)
                .map(Label::getText).orElse("");
    }

    /** The window as it looks, written to target/screenshots (a PNG to look at, not compared). */
    private void screenshot(String name) throws Exception {
        javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(
                () -> lookup(".root").query().getScene().snapshot(null)).get(30, TimeUnit.SECONDS);
        Path dir = Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(dir);
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                dir.resolve(name).toFile());
    }

    private String tileText(FigureId f) {
        return lookup("#tile-value-" + f.id().replace('.', '_')).tryQueryAs(Label.class).map(l -> l.getText().replace(" %", "")).orElse("");
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Kommune> kommuneBox() {
        return (ComboBox<Kommune>) lookup("#select-kommune").query();
    }

    private void chooseKommune(int code) {
        Kommune k = TestContexts.reference().kommune(code).orElseThrow();
        interact(() -> kommuneBox().setValue(k));
    }

    private void chooseCut(LocalDate d) {
        interact(() -> lookup("#select-cut").<LocalDate>queryComboBox().setValue(d));
    }

    private String title() {
        return lookup("#screen-title").match(Node::isVisible).tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    private FigureTable.Row summaryRow(String prefix, FigureId f) {
        return lookup("#" + prefix + "-summary").tryQueryAs(FigureTable.class).flatMap(t -> t.getItems().stream()
                .filter(r -> r.label().startsWith(f.id() + " ")).findFirst()).orElse(null);
    }

    private Cell summaryCell(String prefix, FigureId f) {
        FigureTable.Row r = summaryRow(prefix, f);
        return r == null ? null : r.cells().get(0);
    }

    private FigureTable.Row allRow(String label) {
        return lookup("#all-table").tryQueryAs(FigureTable.class).flatMap(t -> t.getItems().stream()
                .filter(r -> r.label().equals(label)).findFirst()).orElse(null);
    }

    private static void await(Supplier<Boolean> condition) {
        await(condition, () -> "timed out");
    }

    private static void await(Supplier<Boolean> condition, Supplier<String> message) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
                try {
                    return condition.get();
                } catch (RuntimeException e) {
                    return false; // the scene is still being built
                }
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(message.get(), e);
        }
    }
}
