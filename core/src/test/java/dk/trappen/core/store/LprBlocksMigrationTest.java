package dk.trappen.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema 8 carries the lpr rows of a schema-7 workspace over into blocks. */
class LprBlocksMigrationTest {

    @Test
    void rowsOfSchemaSevenBecomeBlocks(@TempDir Path tmp) throws SQLException {
        Path dir = tmp.resolve("v7");
        try (Workspace old = Workspace.openAtVersion(dir, "7"); Connection c = old.connection();
                Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO lpr_contact (import_id, person_id, start_ts, end_ts, specialty, diagnosis, "
                    + "contact_type, priority, bopaelskommune, psychiatric, row_hash) VALUES "
                    + "(2, 1, TIMESTAMP '2024-03-01 08:00:00', TIMESTAMP '2024-03-02 20:00:00', 'psykiatri', 'DF200', "
                    + "'indlæggelse', 'akut', 101, TRUE, -5), "
                    + "(1, 3, TIMESTAMP '1969-12-31 23:59:59', TIMESTAMP '1970-01-01 00:00:00', NULL, NULL, NULL, NULL, "
                    + "NULL, FALSE, 7), "
                    + "(2, 2, TIMESTAMP '2024-03-05 10:00:00', TIMESTAMP '2024-03-05 11:00:00', 'intern medicin', "
                    + "'DI10', NULL, 'planlagt', NULL, FALSE, 9)");
        }
        try (Workspace ws = Workspace.open(dir); Connection c = ws.connection()) {
            assertEquals(8, ws.schemaVersion());
            List<LprStore.Contact> contacts = List.of(
                    new LprStore.Contact(1, 3, LocalDateTime.parse("1969-12-31T23:59:59"),
                            LocalDateTime.parse("1970-01-01T00:00"), null, null, null, null, null, false, 7),
                    new LprStore.Contact(2, 1, LocalDateTime.parse("2024-03-01T08:00"),
                            LocalDateTime.parse("2024-03-02T20:00"), "psykiatri", "DF200", "indlæggelse", "akut", 101,
                            true, -5),
                    new LprStore.Contact(2, 2, LocalDateTime.parse("2024-03-05T10:00"),
                            LocalDateTime.parse("2024-03-05T11:00"), "intern medicin", "DI10", null, "planlagt", null,
                            false, 9));
            assertEquals(contacts, LprStore.rows(c));
            // The migration's own copy of the format writes the bytes the store writes.
            try (Workspace now = Workspace.create(tmp.resolve("now")); Connection n = now.connection()) {
                LprStore.append(n, contacts);
                assertEquals(BlockFormatTest.stored(n, "lpr_block"), BlockFormatTest.stored(c, "lpr_block"));
            }
            assertEquals(List.of("1:0:1", "2:0:2"), LprStore.BLOCKS.blocks(c).stream()
                    .map(b -> b.importId() + ":" + b.blockNo() + ":" + b.rows()).collect(Collectors.toList()));
            assertEquals(3, LprStore.BLOCKS.count(c));
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM "
                    + "INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'LPR_CONTACT'")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "the row table is gone");
            }
        }
    }

    /** Blocks split at the block size and keep the order they were written in. */
    @Test
    void smallBlocks(@TempDir Path tmp) throws SQLException {
        try (Workspace ws = Workspace.create(tmp.resolve("ws")); Connection c = ws.connection()) {
            LprStore.Columns cols = new LprStore.Columns();
            for (int p = 1; p <= 5; p++) {
                cols.add(p, p * 100L, p * 200L, p % 2 == 0 ? null : "s" + p, "DF" + p, null, "akut",
                        p == 3 ? LprStore.NO_KOMMUNE : p, p % 2 == 0, p);
            }
            LprStore.append(c, 4, cols, 2);
            assertEquals(List.of(2, 2, 1), LprStore.BLOCKS.blocks(c).stream().map(BlockRef::rows)
                    .collect(Collectors.toList()));
            assertEquals(List.of(1, 2, 3, 4, 5), LprStore.rows(c).stream().map(LprStore.Contact::person)
                    .collect(Collectors.toList()));
            LprStore.Contact third = LprStore.rows(c).get(2);
            assertEquals(new LprStore.Contact(4, 3, LocalDateTime.ofEpochSecond(300, 0, java.time.ZoneOffset.UTC),
                    LocalDateTime.ofEpochSecond(600, 0, java.time.ZoneOffset.UTC), "s3", "DF3", null, "akut", null,
                    false, 3), third);
            assertEquals(15, java.util.Arrays.stream(LprStore.BLOCKS.hashes(c)).sum());
        }
    }
}
