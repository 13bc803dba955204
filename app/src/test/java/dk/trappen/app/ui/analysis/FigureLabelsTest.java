package dk.trappen.app.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.trappen.app.TestContexts;
import dk.trappen.app.ui.I18n;
import dk.trappen.core.figures.FigureId;
import dk.trappen.core.figures.FigureCatalogue;
import dk.trappen.core.figures.TransitionMatrix;
import dk.trappen.core.reference.Figure;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.figures.StaircaseRules;
import dk.trappen.core.figures.WorkspaceSettings;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, the window's side: the titles, units and staircase labels the screens show (all through
 * {@link Figures}) are the catalogue's ({@code resources/noegletal.csv} and {@code trin.csv} through
 * ReferenceData), in both languages. The workbook's and the fact sheet's side is core's
 * {@code CatalogueLabelsTest}.
 */
class FigureLabelsTest {

    private static final ReferenceData REF = TestContexts.reference();
    private static final I18n DA = new I18n(Locale.forLanguageTag("da"));
    private static final I18n EN = new I18n(Locale.ENGLISH);
    private static final FigureCatalogue DEFAULT = new FigureCatalogue(REF);

    /** The window's unit words by the catalogue's unit, as the issue asks for them. */
    private static final Map<String, List<String>> UNITS = Map.of(
            "PERSONER", List.of("Personer", "Persons"),
            "INDLAEGGELSER", List.of("Indlæggelser", "Admissions"),
            "SCORE", List.of("Score (0–100)", "Score (0–100)"),
            "PROCENT", List.of("Procent", "Per cent"),
            "FORHOLD", List.of("Forhold", "Ratio"));

    @Test
    void everyFigureIsTitledAndCountedAsTheCatalogueSays() {
        for (Figure n : REF.figures()) {
            FigureId f = FigureId.parse(n.id()).orElseThrow();
            assertEquals(n.id() + " " + n.titleDa(), Figures.title(DEFAULT, f, DA.locale()));
            assertEquals(n.id() + " " + n.titleEn(), Figures.title(DEFAULT, f, EN.locale()));
            List<String> words = UNITS.get(n.unit().name());
            assertEquals(words.get(0), Figures.unit(DEFAULT, f, DA), n.id());
            assertEquals(words.get(1), Figures.unit(DEFAULT, f, EN), n.id());
        }
    }

    @Test
    void scoresAreScoresAndNt18CountsAdmissions() {
        for (FigureId score : List.of(FigureId.NT13, FigureId.NT13_1, FigureId.NT13_2, FigureId.NT14)) {
            assertEquals("Score (0–100)", Figures.unit(DEFAULT, score, DA), score.id());
        }
        assertEquals("Indlæggelser", Figures.unit(DEFAULT, FigureId.NT18, DA));
        assertEquals("Admissions", Figures.unit(DEFAULT, FigureId.NT18, EN));
    }

    @Test
    void theStaircaseNamesEachTrinAndItsParagraph() {
        List<String> da = List.of("Trin 8 · §108 (NT1)", "Trin 7 · ABL §105 + §85 (NT2)", "Trin 6 · §107 (NT3)",
                "Trin 5 · §85 (NT4)", "Trin 3–4 · §103/§104 (NT5)", "Trin 2 · §82a, §82b (NT6)");
        for (int i = 0; i < StaircaseScreen.STEPS.size(); i++) {
            FigureId f = StaircaseScreen.STEPS.get(i);
            assertEquals(da.get(i), Figures.step(DEFAULT, f, DA.locale()));
            assertEquals(da.get(i).replace("Trin ", "Step "), Figures.step(DEFAULT, f, EN.locale()));
        }
    }

    @Test
    void nt121IsTitledAfterTheSetting() {
        FigureCatalogue sel85 = new FigureCatalogue(REF, WorkspaceSettings.Nt121Variant.SEL85);
        assertEquals("NT12.1 Beskæftigelsesgrad for modtagere af socialpædagogisk støtte",
                Figures.title(sel85, FigureId.NT12_1, DA.locale()));
        assertEquals("NT12.1 Employment rate for recipients of socio-pedagogical support",
                Figures.title(sel85, FigureId.NT12_1, EN.locale()));
        assertEquals(Figures.title(DEFAULT, FigureId.NT12, DA.locale()), Figures.title(sel85, FigureId.NT12, DA.locale()));
    }

    @Test
    void theMatrixRunsFromTrin8InRowsAndColumns() {
        assertEquals(List.of(8, 7, 6, 5, 4, 3, 2), TransitionMatrix.rows());
        assertEquals(List.of(8, 7, 6, 5, 4, 3, 2, 1, FigureId.DEATH, FigureId.BASE),
                TransitionMatrix.columns(StaircaseRules.defaults()));
        assertTrue(TransitionMatrix.cell(8, 8) == FigureId.matrix(8, 8));
    }
}
