package dk.trappen.core.figures;

import static dk.trappen.core.figures.FigureAssertions.reference;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dk.trappen.core.reference.Enhed;
import dk.trappen.core.reference.Figure;
import dk.trappen.core.reference.Omraade;
import dk.trappen.core.reference.Udvikling;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The reference data define every figure the engine computes, as the engine rounds it. */
class FigureCatalogueTest {

    private static final FigureCatalogue CATALOGUE = new FigureCatalogue(reference());
    private static final Locale DA = Locale.forLanguageTag("da");

    /** Every figure the engine gives an output: standard, with kommune changes left out, NT11–NT20, the row bases, the total. */
    private static Set<FigureId> engineFigures() {
        Set<FigureId> all = new LinkedHashSet<>(FigureId.standard());
        StaircaseRules d = StaircaseRules.defaults();
        all.addAll(FigureId.standard(new StaircaseRules(d.tie(), d.nt8(), d.deaths(),
                StaircaseRules.KommuneChangeRule.LEFT_OUT)));
        all.addAll(FigureId.extended());
        for (int from = 2; from <= 8; from++) {
            all.add(FigureId.matrixBase(from));
        }
        all.add(FigureId.STAIRCASE_TOTAL);
        return all;
    }

    @Test
    void everyEngineFigureHasARowWithTheEnginesDecimalsAndCountness() {
        for (FigureId f : engineFigures()) {
            Figure row = CATALOGUE.entry(f);
            assertEquals(f.decimals(), row.decimals(), f.id() + ": decimaler must be what the engine rounds to");
            boolean count = f.kind() == FigureId.Kind.STOCK || f.kind() == FigureId.Kind.MOVEMENT
                    || f.kind() == FigureId.Kind.EVENT;
            assertEquals(count, CATALOGUE.isCount(f), f.id() + ": a count by its kind, a count by its unit");
            assertFalse(CATALOGUE.title(f, DA).isEmpty(), f.id());
            assertFalse(CATALOGUE.title(f, Locale.ENGLISH).isEmpty(), f.id());
            assertFalse(CATALOGUE.title(f, DA).contains("{"), f.id() + ": a pattern row left unfilled");
        }
    }

    @Test
    void everyRowOfTheCatalogueIsComputed() {
        List<String> ids = new ArrayList<>();
        CATALOGUE.figures().forEach(f -> ids.add(f.id()));
        List<String> rows = new ArrayList<>();
        reference().figures().forEach(r -> rows.add(r.id()));
        assertEquals(rows, ids);
        assertEquals(List.of(FigureId.NT11, FigureId.NT12, FigureId.NT12_1, FigureId.NT12_2),
                CATALOGUE.figures(Omraade.BESKAEFTIGELSE));
    }

    @Test
    void extraFiguresAreNamedAndCountedFromTheirTable() {
        assertEquals("Andel af indlæggelserne, der blev fulgt af en genindlæggelse (procent)",
                CATALOGUE.title(FigureId.NT18_RATE, DA));
        assertEquals("Genindlæggelser i procent af indlæggelserne", CATALOGUE.shortTitle(FigureId.NT18_RATE));
        assertEquals(Enhed.INDLAEGGELSER, CATALOGUE.unit(FigureId.NT18_INDL));
        assertEquals(Enhed.PROCENT, CATALOGUE.unit(FigureId.NT18_RATE));
        assertEquals(Udvikling.INGEN, CATALOGUE.expected(FigureId.NT18_INDL));
        assertEquals(Udvikling.FALDENDE, CATALOGUE.expected(FigureId.NT1));
        assertEquals("Fra trin 3: skiftet handlekommune (udeladt af NT7–NT10)",
                CATALOGUE.title(FigureId.matrixMoved(3), DA));
        assertEquals("Long-term residential care (§108)", CATALOGUE.shortTitle(FigureId.NT1, Locale.ENGLISH));
    }

    @Test
    void nt121TakesItsTitlesFromTheVariantRow() {
        FigureCatalogue sel85 = new FigureCatalogue(reference(), WorkspaceSettings.Nt121Variant.SEL85);
        assertEquals("Beskæftigelsesgrad for modtagere af socialpædagogisk støtte", sel85.title(FigureId.NT12_1, DA));
        assertEquals("Beskæftigelsesgrad, socialpædagogisk støtte", sel85.shortTitle(FigureId.NT12_1));
        assertEquals("Beskæftigelsesgrad for modtagere af forebyggende indsatser", CATALOGUE.title(FigureId.NT12_1, DA));
        // Only the title varies: unit, decimals and direction stay the catalogue's row.
        assertEquals(CATALOGUE.entry(FigureId.NT12_1), sel85.entry(FigureId.NT12_1));
    }
}
