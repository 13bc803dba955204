package dk.trappen.core.figures;

import static dk.trappen.core.figures.FigureAssertions.d;
import static dk.trappen.core.figures.FigureAssertions.reference;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** §1's cut dates and the command line's figure ids. */
class CutDatesAndFigureIdTest {

    @Test
    void cutDatesAreThe30thOfJuneAndThe31stOfDecember() {
        assertTrue(CutDates.isCutDate(d("2019-06-30")));
        assertTrue(CutDates.isCutDate(d("2019-12-31")));
        assertFalse(CutDates.isCutDate(d("2019-07-01")));
        assertEquals(d("2019-06-30"), CutDates.onOrBefore(d("2019-07-15")));
        assertEquals(d("2019-06-30"), CutDates.onOrBefore(d("2019-06-30")));
        assertEquals(d("2018-12-31"), CutDates.onOrBefore(d("2019-06-29")));
        assertEquals(d("2019-12-31"), CutDates.onOrBefore(d("2019-12-31")));
        assertEquals(d("2019-06-30"), CutDates.onOrBefore(d("2019-12-30")));
        assertEquals(d("2017-06-30"), CutDates.previous(d("2017-12-31")));
        assertEquals(d("2017-12-31"), CutDates.previous(d("2018-06-30")));
        assertEquals(d("2017-12-31"), CutDates.yearBefore(d("2018-12-31")));
        assertEquals(List.of(d("2017-12-31"), d("2018-06-30")), CutDates.series(d("2018-06-30")));
        assertEquals(List.of(), CutDates.series(d("2017-06-30")));
        assertThrows(IllegalArgumentException.class, () -> CutDates.previous(d("2018-01-01")));
    }

    @Test
    void theCommandLineWrites78FiguresWithUniqueIds() {
        List<FigureId> all = FigureId.standard();
        assertEquals(15 + 7 * 9, all.size());
        Set<String> ids = new HashSet<>();
        for (FigureId f : all) {
            assertTrue(ids.add(f.id()), f.id());
            assertEquals(f, FigureId.parse(f.id()).orElseThrow());
        }
        assertEquals("NT1", all.get(0).id());
        assertEquals("NT7.1", all.get(7).id());
        assertEquals("SKIFT", all.get(14).id());
        assertEquals("M2_1", all.get(15).id());
        assertEquals("M8_D", all.get(all.size() - 1).id());
        assertEquals(8, FigureId.parse("M8_5").orElseThrow().fromTrin());
        assertEquals(5, FigureId.parse("M8_5").orElseThrow().toTrin());
        assertEquals(FigureId.DEATH, FigureId.matrixDeath(3).toTrin());
        assertTrue(FigureId.parse("M9_1").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> FigureId.matrix(1, 1));
    }

    @Test
    void titlesComeFromTheCatalogueAndCoreTexts() {
        FigureCatalogue titles = new FigureCatalogue(reference());
        Locale da = Locale.forLanguageTag("da");
        assertEquals("Modtagere af længerevarende botilbud (SEL §108)", titles.title(FigureId.NT1, da));
        assertEquals("Recipients of long-term residential care (SEL §108)", titles.title(FigureId.NT1, Locale.ENGLISH));
        assertEquals("Fra trin 8 til trin 5", titles.title(FigureId.matrix(8, 5), da));
        assertEquals("Fra trin 8: død", titles.title(FigureId.matrixDeath(8), da));
        assertEquals("From step 8 to step 5", titles.title(FigureId.matrix(8, 5), Locale.ENGLISH));
        assertTrue(titles.title(FigureId.DOED, da).startsWith("Døde"));
        assertTrue(titles.title(FigureId.SKIFT, da).startsWith("Har skiftet handlekommune"));
        assertEquals("I alt på trappen (NT1–NT6)", titles.title(FigureId.STAIRCASE_TOTAL, da));
        assertEquals("På trin 6 ved forrige skæringsdato", titles.title(FigureId.matrixBase(6), da));
    }
}
