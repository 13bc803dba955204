package dk.trappen.core.figures.compare;

import dk.trappen.core.store.SpellStore;
import java.util.ArrayList;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.trappen.core.figures.FigureException;
import dk.trappen.core.figures.FigureId;
import dk.trappen.core.figures.FigureResult;
import dk.trappen.core.figures.FigureService;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.reference.ReferenceLoader;
import dk.trappen.core.store.Workspace;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** §10's comparison units and the saved comparison groups. */
class ComparisonTest {

    private static final ReferenceData REF = ReferenceLoader.fromDirectory(Path.of("..", "resources"));
    private static final LocalDate D = LocalDate.of(2017, 12, 31);

    @TempDir
    Path tmp;

    private final ComparisonUnits units = new ComparisonUnits(REF);

    @Test
    void levelsCoverTheKommuner() {
        assertEquals(98, units.units(Level.KOMMUNE).size());
        assertEquals(5, units.units(Level.REGION).size());
        assertEquals(98, units.units(Level.REGION).stream().mapToInt(u -> u.kommuner().size()).sum());
        assertEquals(98, units.units(Level.KOMMUNEGRUPPE).stream().mapToInt(u -> u.kommuner().size()).sum());
        assertEquals(REF.klyngeMedlemskaber().size(),
                units.units(Level.SUNDHEDSKLYNGE).stream().mapToInt(u -> u.kommuner().size()).sum(),
                "a kommune in two klynger is a member of both");
        assertEquals(2, units.unitsContaining(Level.SUNDHEDSKLYNGE, 101).size());
        assertEquals(98, units.land().kommuner().size());
        assertEquals("Hele landet", units.land().name());
        assertEquals(units.units(Level.KOMMUNEGRUPPE).size(), units.readyMadeGroups().size());
    }

    /** København: itself, its region as default group, the region, its two klynger, its kommunegruppe, the land. */
    @Test
    void aKommuneIsComparedWithItsRegionByDefault() {
        List<ComparisonUnit> c = units.comparisonsFor(101, Optional.empty());
        assertEquals(List.of(Level.KOMMUNE, Level.SAMMENLIGNINGSGRUPPE, Level.REGION, Level.SUNDHEDSKLYNGE,
                Level.SUNDHEDSKLYNGE, Level.KOMMUNEGRUPPE, Level.LAND),
                c.stream().map(ComparisonUnit::level).collect(Collectors.toList()));
        assertEquals("Egen region (standard): Region Hovedstaden", c.get(1).name());
        assertEquals(c.get(2).kommuner(), c.get(1).kommuner());
        List<ComparisonUnit> chosen = units.comparisonsFor(101, Optional.of(new ComparisonGroup("Storbyer", List.of(751, 461, 851))));
        assertEquals(List.of(461, 751, 851), chosen.get(1).kommuner());
    }

    /** Group values are counts summed: 2 persons in 101, 1 in 147 (both Hovedstaden), 1 in 851. */
    @Test
    void groupValuesAreSums() throws SQLException {
        try (Workspace ws = Workspace.create(tmp.resolve("ws"))) {
            try (Connection c = ws.connection()) {
                int[][] rows = {{1, 101}, {2, 101}, {3, 147}, {4, 851}};
                List<SpellStore.Spell> spells = new ArrayList<>();
                for (int[] r : rows) {
                    spells.add(new SpellStore.Spell(1, r[0], r[1], null, null, "1.12.0.2", null, "1.2.2",
                            LocalDate.parse("2017-12-31"), null, 0));
                }
                SpellStore.append(c, spells);
            }
            FigureResult r = new FigureService(REF).compute(ws);
            ComparisonUnit hovedstaden = units.unitsContaining(Level.REGION, 101).get(0);
            assertEquals(3, hovedstaden.series(r).count(D, FigureId.NT4));
            for (ComparisonUnit klynge : units.unitsContaining(Level.SUNDHEDSKLYNGE, 101)) {
                assertTrue(klynge.series(r).count(D, FigureId.NT4) >= 2, "101 counts in both its klynger: " + klynge.name());
            }
            assertEquals(4, units.land().series(r).count(D, FigureId.NT4));
            assertEquals(2, r.series(List.of(101, 101)).count(D, FigureId.NT4), "a kommune listed twice counts once");
        }
    }

    @Test
    void comparisonGroupsAreSavedEditedAndChosen() {
        Path dir = tmp.resolve("ws");
        try (Workspace ws = Workspace.create(dir)) {
            ComparisonGroups store = new ComparisonGroups(ws, REF);
            store.create(new ComparisonGroup("Storbyer", List.of(751, 101, 461, 851, 101)));
            assertEquals(List.of(new ComparisonGroup("Storbyer", List.of(101, 461, 751, 851))), store.list());
            FigureException dup = assertThrows(FigureException.class,
                    () -> store.create(new ComparisonGroup(" Storbyer ", List.of(101))));
            assertEquals("Der findes allerede en sammenligningsgruppe med navnet \"Storbyer\".", dup.getMessage());
            FigureException unknown = assertThrows(FigureException.class,
                    () -> store.create(new ComparisonGroup("Fejl", List.of(101, 998))));
            assertTrue(unknown.getMessage().contains("kommunekoden 998"), unknown.getMessage());
            assertThrows(FigureException.class, () -> new ComparisonGroup(" ", List.of(101)));
            assertThrows(FigureException.class, () -> new ComparisonGroup("Tom", List.of()));

            store.choose(147, Optional.of("Storbyer"));
            store.update("Storbyer", new ComparisonGroup("De fire store", List.of(101, 751, 461, 851, 147)));
            assertEquals(Optional.of(new ComparisonGroup("De fire store", List.of(101, 147, 461, 751, 851))),
                    store.chosenFor(147), "a renamed group stays chosen");
        }
        try (Workspace ws = Workspace.open(dir)) {
            ComparisonGroups store = new ComparisonGroups(ws, REF);
            assertEquals(1, store.list().size(), "saved in the workspace");
            assertEquals(Optional.empty(), store.chosenFor(101));
            store.delete("De fire store");
            assertEquals(Optional.empty(), store.chosenFor(147), "back to the region");
            assertThrows(FigureException.class, () -> store.delete("De fire store"));
            assertThrows(FigureException.class, () -> store.choose(101, Optional.of("Findes ikke")));
        }
    }
}
