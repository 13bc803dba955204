package dk.trappen.core.store;

import dk.trappen.core.figures.StaircaseRules;
import dk.trappen.core.figures.WorkspaceSettings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {

    /** The newest migration shipped (SQL in core's resources, Java in dk.trappen.core.store.migration). */
    private static final int LATEST = 8;

    @Test
    void createMakesAFreshWorkspaceAtTheLatestSchema(@TempDir Path tmp) throws SQLException {
        Path dir = tmp.resolve("ny");
        assertFalse(Workspace.exists(dir));
        try (Workspace ws = Workspace.create(dir)) {
            assertTrue(Workspace.exists(dir));
            assertEquals(LATEST, ws.schemaVersion());
            assertTrue(ws.meta("pseudonym_key").isPresent());
            assertTrue(ws.importLog().entries().isEmpty());
            assertEquals(WorkspaceSettings.defaults(), WorkspaceSettings.load(ws));
            try (Connection c = ws.connection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                            + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME IN ('WORKSPACE_META','IMPORT_LOG','SETTINGS')")) {
                rs.next();
                assertEquals(3, rs.getInt(1));
            }
        }
    }

    @Test
    void reopeningKeepsTheKeyAndTheLog(@TempDir Path tmp) throws SQLException {
        String key;
        try (Workspace ws = Workspace.create(tmp.resolve("a"))) {
            key = ws.meta("pseudonym_key").orElseThrow();
            logOne(ws, "ydelser.csv");
        }
        try (Workspace ws = Workspace.open(tmp.resolve("a"))) {
            assertEquals(key, ws.meta("pseudonym_key").orElseThrow());
            List<ImportLogEntry> log = ws.importLog().entries();
            assertEquals(1, log.size());
            assertEquals("ydelser.csv", log.get(0).fileName());
            assertEquals(LocalDate.of(2017, 1, 1), log.get(0).periodFrom());
            assertTrue(ws.importLog().findByContent("ydelser", "a".repeat(64)).isPresent());
            assertTrue(ws.importLog().findByContent("doede", "a".repeat(64)).isEmpty());
        }
    }

    @Test
    void twoWorkspacesHaveDifferentKeys(@TempDir Path tmp) {
        try (Workspace a = Workspace.create(tmp.resolve("a")); Workspace b = Workspace.create(tmp.resolve("b"))) {
            assertNotEquals(a.meta("pseudonym_key"), b.meta("pseudonym_key"));
        }
    }

    @Test
    void upgradeFromSchemaOneKeepsData(@TempDir Path tmp) throws SQLException {
        Path dir = tmp.resolve("gammel");
        try (Workspace old = Workspace.openAtVersion(dir, "1")) {
            assertEquals(1, old.schemaVersion());
            logOne(old, "doede.csv");
            try (Connection c = old.connection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                            + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'SETTINGS'")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "schema 1 has no settings table");
            }
        }
        try (Workspace ws = Workspace.open(dir)) {
            assertEquals(LATEST, ws.schemaVersion());
            assertEquals(1, ws.importLog().entries().size());
            assertEquals(WorkspaceSettings.defaults(), WorkspaceSettings.load(ws), "absent settings are the defaults");
        }
    }

    @Test
    void workspaceOfANewerVersionIsRefusedUntouched(@TempDir Path tmp) throws SQLException, IOException {
        Path dir = tmp.resolve("ny");
        try (Workspace ws = Workspace.create(dir); Connection c = ws.connection(); Statement s = c.createStatement()) {
            // What a later Trappen would leave behind: a migration this build does not carry.
            s.executeUpdate("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                    + "\"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                    + "VALUES (99, '99', 'fremtid', 'SQL', 'V99__fremtid.sql', 0, 'test', 1, TRUE)");
        }
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(dir));
        assertTrue(e.getMessage().contains("skrevet af en nyere version af Trappen (skemaversion 99)"), e.getMessage());
        assertTrue(e.getMessage().contains("kender kun skemaversion " + LATEST), e.getMessage());
        // The refusal released the database: removing the future row makes it open again.
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("trappen"), "trappen", "");
                Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '99'");
        }
        try (Workspace ws = Workspace.open(dir)) {
            assertEquals(LATEST, ws.schemaVersion());
        }
    }

    @Test
    void createRefusesANonEmptyFolderAndAnExistingWorkspace(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("noget.txt"), "x");
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.create(tmp));
        assertTrue(e.getMessage().contains("er ikke tom"), e.getMessage());

        Path dir = tmp.resolve("ws");
        Workspace.create(dir).close();
        e = assertThrows(WorkspaceException.class, () -> Workspace.create(dir));
        assertTrue(e.getMessage().startsWith("Der er allerede en arbejdsmappe"), e.getMessage());
    }

    @Test
    void openRefusesAFolderWithoutWorkspace(@TempDir Path tmp) {
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(tmp));
        assertTrue(e.getMessage().startsWith("Der er ingen Trappen-arbejdsmappe i"), e.getMessage());
    }

    @Test
    void openOrCreateCreatesThenOpens(@TempDir Path tmp) {
        Path dir = tmp.resolve("standard");
        String key;
        try (Workspace ws = Workspace.openOrCreate(dir)) {
            key = ws.meta("pseudonym_key").orElseThrow();
        }
        try (Workspace ws = Workspace.openOrCreate(dir)) {
            assertEquals(key, ws.meta("pseudonym_key").orElseThrow());
        }
    }

    @Test
    void dataVersionMovesOnlyWhenCommitted(@TempDir Path tmp) throws SQLException {
        try (Workspace ws = Workspace.create(tmp.resolve("v"))) {
            assertEquals(0, ws.dataVersion());
            try (Connection c = ws.connection()) {
                c.setAutoCommit(false);
                Workspace.bumpDataVersion(c);
                c.rollback();
            }
            assertEquals(0, ws.dataVersion(), "a rolled-back import leaves the version");
            try (Connection c = ws.connection()) {
                Workspace.bumpDataVersion(c);
            }
            assertEquals(1, ws.dataVersion());
        }
    }

    @Test
    void settingsRoundTrip(@TempDir Path tmp) {
        WorkspaceSettings changed = new WorkspaceSettings(List.of("1.2.2", "2"), 3, WorkspaceSettings.Nt121Variant.SEL85,
                StaircaseRules.defaults(), WorkspaceSettings.WellbeingMeasurement.LATEST_ROW);
        try (Workspace ws = Workspace.create(tmp.resolve("s"))) {
            WorkspaceSettings.save(ws, changed);
        }
        try (Workspace ws = Workspace.open(tmp.resolve("s"))) {
            assertEquals(changed, WorkspaceSettings.load(ws));
        }
    }

    /**
     * The NT13–NT17 measurement rule is stored under a pinned name; a workspace without it (made
     * before the setting existed) reads §7's decision, per instrument.
     */
    @Test
    void wellbeingSettingIsStoredAndAbsentReadsTheDefault(@TempDir Path tmp) throws SQLException {
        try (Workspace ws = Workspace.create(tmp.resolve("s"))) {
            WorkspaceSettings.save(ws, WorkspaceSettings.defaults().withWellbeingMeasurement(
                    WorkspaceSettings.WellbeingMeasurement.LATEST_ROW));
            try (Connection c = ws.connection(); Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT setting_value FROM settings WHERE name = 'nt13_17_maaling'")) {
                assertTrue(rs.next());
                assertEquals("LATEST_ROW", rs.getString(1));
            }
            assertEquals(WorkspaceSettings.WellbeingMeasurement.LATEST_ROW, WorkspaceSettings.load(ws).wellbeingMeasurement());
            try (Connection c = ws.connection(); Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM settings WHERE name = 'nt13_17_maaling'");
            }
            assertEquals(WorkspaceSettings.defaults(), WorkspaceSettings.load(ws));
            assertEquals(WorkspaceSettings.WellbeingMeasurement.PER_INSTRUMENT, WorkspaceSettings.load(ws).wellbeingMeasurement());
        }
    }

    private static void logOne(Workspace ws, String file) throws SQLException {
        try (Connection c = ws.connection()) {
            ws.importLog().add(c, new ImportLogEntry(0, file, file.replace(".csv", ""), 123, "a".repeat(64),
                    10, 9, 1, 0, LocalDate.of(2017, 1, 1), LocalDate.of(2024, 12, 31), "analytiker",
                    Instant.parse("2026-11-23T10:00:00Z")));
        }
    }
}
