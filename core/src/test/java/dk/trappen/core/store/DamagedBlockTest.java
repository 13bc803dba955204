package dk.trappen.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.trappen.core.Messages;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A block whose bytes were damaged (a count, a dictionary size, a week-code count read as a huge
 * number, or the block cut short) is refused with the Danish message naming the workspace, the
 * register and the import's file, before any array is made from a damaged length: never an
 * OutOfMemoryError or a buffer exception. (Issue 15; a checksum for damage inside the values is
 * still to come.)
 */
class DamagedBlockTest {

    @TempDir
    Path tmp;

    /** One block of each register, written by the stores under import 1, logged as "udtraek.csv". */
    private Workspace workspace(String name) throws SQLException {
        Workspace ws = Workspace.create(tmp.resolve(name));
        try (Connection c = ws.connection()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_log (id, file_name, file_type, "
                    + "size_bytes, sha256, rows_read, rows_stored, rows_rejected, rows_duplicate, imported_by, imported_at) "
                    + "VALUES (1, 'udtraek.csv', 'ydelser', 1, REPEAT('0', 64), 2, 2, 0, 0, 'test', CURRENT_TIMESTAMP)")) {
                ps.executeUpdate();
            }
            SpellStore.Columns spells = new SpellStore.Columns();
            spells.add(1, 101, 101, 101, "1.8.1", null, "1.2.2", 17_000, SpellStore.NO_END, 1);
            spells.add(2, 147, 147, 147, "1.12.0.2", "3.3.0", "1.2.2", 17_500, 18_000, 2);
            SpellStore.append(c, 1, spells);
            DreamStore.Entries dream = new DreamStore.Entries();
            String[] slots = new String[DreamStore.WEEKS];
            Arrays.fill(slots, "");
            slots[0] = "651";
            slots[1] = "890";
            dream.add(1, 2020, 0b11L, slots);
            DreamStore.append(c, 1, dream);
            LprStore.Columns lpr = new LprStore.Columns();
            lpr.add(1, 1_709_280_000L, 1_709_409_600L, "psykiatri", "DF200", "indlæggelse", "akut", 101, true, 5);
            LprStore.append(c, 1, lpr);
        }
        return ws;
    }

    /** Replaces the block's bytes by {@code damage} of them. */
    private static void damage(Workspace ws, String table, UnaryOperator<byte[]> damage) throws SQLException {
        byte[] data;
        try (Connection c = ws.connection();
                PreparedStatement ps = c.prepareStatement("SELECT data FROM " + table + " WHERE import_id = 1");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            data = rs.getBytes(1);
        }
        try (Connection c = ws.connection();
                PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET data = ? WHERE import_id = 1")) {
            ps.setBytes(1, damage.apply(data));
            ps.executeUpdate();
        }
    }

    private static UnaryOperator<byte[]> intAt(int offset, int value) {
        return b -> {
            byte[] copy = b.clone();
            ByteBuffer.wrap(copy).putInt(offset, value);
            return copy;
        };
    }

    private void assertRefused(String table, UnaryOperator<byte[]> damage, Consumer<Session> read) throws SQLException {
        String name = table + "-" + Integer.toHexString(System.identityHashCode(damage));
        try (Workspace ws = workspace(name)) {
            damage(ws, table, damage);
            try (Session s = ws.read()) {
                WorkspaceException e = assertThrows(WorkspaceException.class, () -> read.accept(s));
                String text = e.message(Messages.DANISH);
                assertTrue(text.startsWith("Arbejdsmappen " + ws.directory() + " er beskadiget: en blok med "), text);
                assertTrue(text.contains("fra import nr. 1 (udtraek.csv, blok 0) kan ikke læses"), text);
            }
        }
    }

    @Test
    void damagedCountsAndShortBlocksOfEveryRegisterAreRefusedWithTheMessage() throws SQLException {
        // Offsets: format at 0, rows at 4, dictionary size at 8.
        List<UnaryOperator<byte[]>> damages = List.of(intAt(4, Integer.MAX_VALUE), intAt(8, Integer.MAX_VALUE),
                intAt(8, -7), intAt(0, 77), b -> Arrays.copyOf(b, b.length / 2), b -> Arrays.copyOf(b, 6));
        for (UnaryOperator<byte[]> d : damages) {
            assertRefused("spell_block", d, s -> SpellStore.BLOCKS.read(s, SpellStore.BLOCKS.blocks(s).get(0)));
            assertRefused("dream_block", d, s -> DreamStore.BLOCKS.read(s, DreamStore.BLOCKS.blocks(s).get(0)));
            assertRefused("lpr_block", d, s -> LprStore.BLOCKS.hashes(s));
        }
    }

    @Test
    void aDamagedWeekCodeCountIsRefused() throws SQLException {
        // The DREAM block's last int before its codes: the count of week codes (2 codes of 2 bytes).
        assertRefused("dream_block", b -> {
            byte[] copy = b.clone();
            ByteBuffer.wrap(copy).putInt(copy.length - 4 - 4, Integer.MAX_VALUE);
            return copy;
        }, s -> DreamStore.BLOCKS.read(s, DreamStore.BLOCKS.blocks(s).get(0)));
    }

    @Test
    void theMessageIsInEnglishToo() throws SQLException {
        try (Workspace ws = workspace("en")) {
            damage(ws, "lpr_block", intAt(4, 99));
            try (Session s = ws.read()) {
                WorkspaceException e = assertThrows(WorkspaceException.class,
                        () -> LprStore.BLOCKS.read(s, LprStore.BLOCKS.blocks(s).get(0)));
                assertEquals("The workspace " + ws.directory() + " is damaged: a block of LPR contacts from import no. 1 "
                        + "(udtraek.csv, block 0) cannot be read. Restore a backup of the workspace, or import the files "
                        + "again into a new workspace.", e.message(java.util.Locale.ENGLISH));
            }
        }
    }
}
