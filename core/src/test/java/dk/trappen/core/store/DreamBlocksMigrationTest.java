package dk.trappen.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema 7 carries the DREAM rows of a schema-6 workspace over into blocks. */
class DreamBlocksMigrationTest {

    private static String slots(String... firstWeeks) {
        List<String> s = new ArrayList<>(Collections.nCopies(DreamStore.WEEKS, ""));
        for (int i = 0; i < firstWeeks.length; i++) {
            s.set(i, firstWeeks[i]);
        }
        return String.join(",", s);
    }

    @Test
    void rowsOfSchemaSixBecomeBlocks(@TempDir Path tmp) throws SQLException {
        Path dir = tmp.resolve("v6");
        List<String> last = new ArrayList<>(Collections.nCopies(DreamStore.WEEKS, ""));
        last.set(52, "783");
        try (Workspace old = Workspace.openAtVersion(dir, "6"); Connection c = old.connection();
                Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO dream_year (import_id, person_id, iso_year, weeks) VALUES "
                    + "(2, 1, 2020, '" + slots("651", "", "890") + "'), "
                    + "(1, 1, 2021, '" + slots("111") + "'), "
                    + "(2, 3, 2020, '" + String.join(",", last) + "'), "
                    + "(5, 3, 2019, '" + slots() + "')");
        }
        // Opened at 7: later schemas move other tables, not the DREAM blocks.
        try (Workspace ws = Workspace.openAtVersion(dir, "7"); Connection c = ws.connection()) {
            assertEquals(7, ws.schemaVersion());
            assertEquals(List.of("651", "", "890"), DreamStore.weeks(c, 1, 2020).subList(0, 3));
            assertEquals(String.join(",", DreamStore.weeks(c, 1, 2020)), slots("651", "", "890"));
            assertEquals(slots("111"), String.join(",", DreamStore.weeks(c, 1, 2021)));
            assertEquals(last, DreamStore.weeks(c, 3, 2020));
            assertEquals(slots(), String.join(",", DreamStore.weeks(c, 3, 2019)), "an all-empty year is kept");
            assertNull(DreamStore.weeks(c, 3, 2021));
            assertEquals(List.of("1:0:1", "2:0:2", "5:0:1"), DreamStore.BLOCKS.blocks(c).stream()
                    .map(b -> b.importId() + ":" + b.blockNo() + ":" + b.rows()).collect(Collectors.toList()));
            // The migration's own copy of the format writes the bytes the store writes: an entry of all
            // weeks per row, an own dictionary per block.
            try (Workspace now = Workspace.create(tmp.resolve("now")); Connection n = now.connection()) {
                DreamStore.Entries one = new DreamStore.Entries();
                one.add(1, 2021, DreamStore.ALL_WEEKS, slots("111").split(",", -1));
                DreamStore.append(n, 1, one);
                DreamStore.Entries two = new DreamStore.Entries();
                two.add(1, 2020, DreamStore.ALL_WEEKS, slots("651", "", "890").split(",", -1));
                two.add(3, 2020, DreamStore.ALL_WEEKS, last.toArray(new String[0]));
                DreamStore.append(n, 2, two);
                DreamStore.Entries five = new DreamStore.Entries();
                five.add(3, 2019, DreamStore.ALL_WEEKS, slots().split(",", -1));
                DreamStore.append(n, 5, five);
                assertEquals(BlockFormatTest.stored(n, "dream_block"), BlockFormatTest.stored(c, "dream_block"));
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM "
                    + "INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'DREAM_YEAR'")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "the row table is gone");
            }
        }
    }

    /** Later entries override exactly the weeks they cover; blocks split at the block size. */
    @Test
    void laterEntriesOverrideTheirWeeksAndSmallBlocks(@TempDir Path tmp) throws SQLException {
        try (Workspace ws = Workspace.create(tmp.resolve("ws")); Connection c = ws.connection()) {
            DreamStore.Entries first = new DreamStore.Entries();
            String[] all = new String[DreamStore.WEEKS];
            all[0] = "651";
            all[1] = "652";
            for (int p = 1; p <= 5; p++) {
                first.add(p, 2020, DreamStore.ALL_WEEKS, all);
            }
            DreamStore.append(c, 1, first, 2);
            assertEquals(List.of(2, 2, 1), DreamStore.BLOCKS.blocks(c).stream().map(BlockRef::rows)
                    .collect(Collectors.toList()));
            DreamStore.Entries second = new DreamStore.Entries();
            String[] week2 = new String[DreamStore.WEEKS];
            week2[1] = "";
            week2[52] = "999"; // not covered: ignored
            second.add(4, 2020, 1L << 1, week2);
            DreamStore.append(c, 2, second);
            assertEquals(slots("651", "652"), String.join(",", DreamStore.weeks(c, 3, 2020)));
            assertEquals(slots("651", ""), String.join(",", DreamStore.weeks(c, 4, 2020)));
        }
    }
}
