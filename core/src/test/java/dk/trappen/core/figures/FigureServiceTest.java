package dk.trappen.core.figures;

import dk.trappen.core.store.SpellStore;
import static dk.trappen.core.figures.FigureAssertions.d;
import static dk.trappen.core.figures.FigureAssertions.reference;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.progress.CancelledException;
import dk.trappen.core.progress.ProgressListener;
import dk.trappen.core.store.Workspace;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service around the engine: caching by data version and settings, progress, cancel, population. */
class FigureServiceTest {

    @TempDir
    Path tmp;

    private static SpellFixture oneOnTrin5(String name, int kommune) {
        SpellFixture f = new SpellFixture();
        f.person(name).born(1970, 1, 1).trin(5, kommune, "2017-01-01", null);
        f.coverUntil("2017-12-31");
        return f;
    }

    @Test
    void resultsAreKeptUntilTheDataOrTheTargetGroupsChange() {
        try (Workspace ws = Workspace.create(tmp.resolve("ws"))) {
            oneOnTrin5("A", 101).writeTo(ws);
            FigureService service = new FigureService(reference());
            FigureResult first = service.compute(ws);
            assertSame(first, service.compute(ws), "unchanged data: the kept result");
            assertEquals(ws.dataVersion(), first.dataVersion());

            // The discretion threshold is applied when shown: it does not invalidate the figures.
            WorkspaceSettings.save(ws, new WorkspaceSettings(List.of("1.2.2"), 3, WorkspaceSettings.Nt121Variant.SEL82));
            assertSame(first, service.compute(ws));

            // An import bumps the data version: recomputed.
            oneOnTrin5("B", 101).writeTo(ws);
            FigureResult second = service.compute(ws);
            assertNotSame(first, second);
            assertEquals(1, first.count(101, d("2017-12-31"), FigureId.NT4));
            assertEquals(2, second.count(101, d("2017-12-31"), FigureId.NT4));

            WorkspaceSettings.save(ws, new WorkspaceSettings(List.of("2"), 5, WorkspaceSettings.Nt121Variant.SEL82));
            FigureResult otherGroups = service.compute(ws);
            assertNotSame(second, otherGroups);
            assertEquals(List.of("2"), otherGroups.targetGroups());
            assertEquals(0, otherGroups.count(101, d("2017-12-31"), FigureId.NT4));

            service.clearCache();
            assertNotSame(otherGroups, service.compute(ws));
        }
    }

    /**
     * A new service (a new session) takes the figures kept in the workspace while the data version is
     * unchanged. Shown here by deleting the spells behind the service's back, without a version bump:
     * the kept figures still say 1. A bump makes them stale.
     */
    @Test
    void resultsAreKeptInTheWorkspaceForTheNextSession() throws SQLException {
        try (Workspace ws = Workspace.create(tmp.resolve("ws"))) {
            oneOnTrin5("A", 101).writeTo(ws);
            FigureResult first = new FigureService(reference()).compute(ws);
            try (Connection c = ws.connection()) {
                List<SpellStore.Spell> left = new ArrayList<>(SpellStore.rows(c));
                left.removeIf(s -> s.ydelse().equals("1.12.0.2"));
                SpellStore.replaceAll(c, left);
            }
            FigureResult kept = new FigureService(reference()).compute(ws);
            assertEquals(1, kept.count(101, d("2017-12-31"), FigureId.NT4));
            assertEquals(first.series(101), kept.series(101));
            assertEquals(first.kommuner(), kept.kommuner());
            assertEquals(first.latestDataDate(), kept.latestDataDate());

            try (Connection c = ws.connection()) {
                Workspace.bumpDataVersion(c);
            }
            assertEquals(0, new FigureService(reference()).compute(ws).count(101, d("2017-12-31"), FigureId.NT4));
            try (Connection c = ws.connection(); Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT COUNT(*), MIN(data_version) FROM figure_cache")) {
                rs.next();
                assertEquals(1, rs.getInt(1), "the stale copy was replaced");
                assertEquals(ws.dataVersion(), rs.getLong(2));
            }
        }
    }

    /** A damaged copy is not an error: the figures are computed again and the copy replaced. */
    @Test
    void aDamagedCopyIsRecomputed() throws SQLException {
        try (Workspace ws = Workspace.create(tmp.resolve("ws"))) {
            oneOnTrin5("A", 101).writeTo(ws);
            new FigureService(reference()).compute(ws);
            try (Connection c = ws.connection(); Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE figure_cache SET payload = X'00010203'");
            }
            FigureService service = new FigureService(reference());
            assertEquals(1, service.compute(ws).count(101, d("2017-12-31"), FigureId.NT4));
            service.clearCache(ws);
            try (Connection c = ws.connection(); Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM figure_cache")) {
                rs.next();
                assertEquals(0, rs.getInt(1));
            }
        }
    }

    @Test
    void progressIsReportedAndCancelStops() {
        try (Workspace ws = Workspace.create(tmp.resolve("ws"))) {
            oneOnTrin5("A", 101).writeTo(ws);
            List<String> messages = new ArrayList<>();
            new FigureService(reference()).compute(ws, (done, total, message) -> messages.add(message), new CancellationToken());
            assertTrue(messages.contains("Læser forløb"), messages.toString());
            assertTrue(messages.contains("Beregner trin og bevægelser"), messages.toString());

            CancellationToken cancel = new CancellationToken();
            cancel.cancel();
            FigureService fresh = new FigureService(reference());
            fresh.clearCache(ws);
            assertThrows(CancelledException.class, () -> fresh.compute(ws, ProgressListener.NONE, cancel));
        }
    }

    /**
     * §10 adults from the population table at the nearest earlier reference date. Kommune 101 at
     * 2017-10-01: 0–17 (not adults) 1000, 15–19 a band across 18: 2 of its 5 ages -> 200 of 500,
     * 20–64 8000, 65+ (open) 1800 -> 10,000 adults; 2017-12-31 uses 2017-10-01, not the later
     * 2018-01-01 (15,000). NT4 = 1 -> 1.0 per 10,000. A second import of the same band replaces it.
     */
    @Test
    void adultsComeFromThePopulationAtTheNearestEarlierDate() {
        try (Workspace ws = Workspace.create(tmp.resolve("ws"))) {
            SpellFixture f = oneOnTrin5("A", 101)
                    .population(101, "2017-10-01", 0, 17, 1000)
                    .population(101, "2017-10-01", 15, 19, 500)
                    .population(101, "2017-10-01", 20, 64, 8000)
                    .population(101, "2017-10-01", 65, null, 1800)
                    .population(101, "2018-01-01", 18, null, 15_000)
                    .population(147, "2017-10-01", 0, null, 90_000);
            f.writeTo(ws);
            FigureService service = new FigureService(reference());
            FigureResult r = service.compute(ws);
            assertTrue(r.hasPopulation());
            assertEquals(OptionalLong.of(10_000), r.adults(101, d("2017-12-31")));
            assertEquals(1.0, r.series(101).per10000(d("2017-12-31"), FigureId.NT4).getAsDouble(), 1e-9);
            assertEquals(OptionalLong.empty(), r.adults(101, d("2017-06-30")), "no reference date before it");
            assertEquals(OptionalLong.empty(), r.adults(147, d("2017-12-31")), "an open band from 0 cannot be split");
            assertFalse(r.series(List.of(101, 147)).adults(d("2017-12-31")).isPresent(),
                    "a group needs every kommune's population");

            SpellFixture correction = new SpellFixture().population(101, "2017-10-01", 20, 64, 9000);
            correction.writeTo(ws, 2, null);
            assertEquals(OptionalLong.of(11_000), service.compute(ws).adults(101, d("2017-12-31")),
                    "the later import of a band replaces the earlier");
        }
    }

    @Test
    void theFirstAdultDayFollowsPeriodArithmetic() {
        assertEquals(d("2018-06-30").toEpochDay(), RegisterReader.firstAdultDay(d("2000-06-30")));
        assertEquals(d("2020-02-28").toEpochDay(), RegisterReader.firstAdultDay(d("2002-02-28")));
        assertEquals(d("2018-03-01").toEpochDay(), RegisterReader.firstAdultDay(d("2000-02-29")),
                "a leap-day birth turns 18 on 1 March in a common year");
    }
}
