package dk.trappen.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Known output: the bytes the block stores write for small fixed blocks, as stored. Existing
 * workspaces hold these bytes; a change of the stores that changes them breaks every workspace, so
 * the expected digests here are never updated to match new code (a new format needs a new format
 * number and a reader of the old one).
 */
public class BlockFormatTest {

    /** Each block of a table as {@code import:block:rows:sha256 of data}, in import and block order. */
    public static List<String> stored(Connection c, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT import_id, block_no, row_count, data FROM " + table + " ORDER BY import_id, block_no")) {
            while (rs.next()) {
                out.add(rs.getLong(1) + ":" + rs.getInt(2) + ":" + rs.getInt(3) + ":" + sha256(rs.getBytes(4)));
            }
        }
        return out;
    }

    /** The person blocks as {@code max_id:rows:sha256 of data}. */
    public static List<String> storedPersons(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT max_id, row_count, data FROM person_block ORDER BY max_id")) {
            while (rs.next()) {
                out.add(rs.getInt(1) + ":" + rs.getInt(2) + ":" + sha256(rs.getBytes(3)));
            }
        }
        return out;
    }

    private static String hex(Connection c, String table, int importId, int blockNo) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT data FROM " + table + " WHERE import_id = " + importId + " AND block_no = " + blockNo)) {
            rs.next();
            return HexFormat.of().formatHex(rs.getBytes(1));
        }
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java platform has SHA-256
        }
    }

    @Test
    void spellBlocks(@TempDir Path tmp) throws SQLException {
        try (Workspace ws = Workspace.create(tmp.resolve("ws")); Connection c = ws.connection()) {
            SpellStore.Columns cols = new SpellStore.Columns();
            cols.add(1, 101, 101, 147, "1.8.1", "3.3.0", "1.2.2", 17_987, SpellStore.NO_END, 11);
            cols.add(2, 751, SpellStore.NO_KOMMUNE, SpellStore.NO_KOMMUNE, "1.12.0.2", null, "1.2.2.1", -3, 0, -5);
            cols.add(40_000, 999, 461, 1, "1.8.1", "tilbud æøå", "1.2.2", 20_000, 20_400, Long.MIN_VALUE);
            cols.add(7, 851, 851, 851, "1.13.4", null, "1.2.1", 18_500, 18_501, Long.MAX_VALUE);
            cols.add(8, 101, SpellStore.NO_KOMMUNE, 147, "1.8.1", "3.3.0", "1.2.2", 19_000, SpellStore.NO_END, 0);
            SpellStore.append(c, 3, cols, 2);
            SpellStore.Columns more = new SpellStore.Columns();
            more.add(9, 147, 147, 147, "1.1", null, "2", 1, 2, 3);
            SpellStore.append(c, 3, more);
            assertEquals(List.of(
                    "3:0:2:736aa53a83713476aa76e316c6d8ca7d61627b62f19365977d7dd2b4a3b710c2",
                    "3:1:2:1b3f2b6b3ef3e82ccc900b9277c6dfd91fb3d8b2c976d6f4ff81f69e1815e3a7",
                    "3:2:1:b2dabde0ed257451e49d0c40a8cab7e9e09453ad7d331fb406aa873f6d33f8e1",
                    "3:3:1:a2dd6298f14da5a6ec8f141077475e5e4620d6a87a885777d97117bfe4f06cfa"), stored(c, "spell_block"));
            // Format, rows, dictionary ("1.1", "2"), then column by column: person, three kommuner, ydelse,
            // tilbud (-1: none), målgruppe, start, end, fingerprint.
            assertEquals("00000001" + "00000001" + "00000002" + "0003312e31" + "000132" + "00000009"
                    + "0093" + "0093" + "0093" + "00000000" + "ffffffff" + "00000001" + "00000001" + "00000002"
                    + "0000000000000003", hex(c, "spell_block", 3, 3));
        }
    }

    @Test
    void dreamBlocks(@TempDir Path tmp) throws SQLException {
        try (Workspace ws = Workspace.create(tmp.resolve("ws")); Connection c = ws.connection()) {
            DreamStore.Entries own = new DreamStore.Entries();
            String[] slots = new String[DreamStore.WEEKS];
            slots[0] = "651";
            slots[1] = "";
            slots[2] = "890";
            slots[52] = "æøå";
            own.add(1, 2020, DreamStore.ALL_WEEKS, slots);
            own.add(2, 2021, 0b101L, slots);
            own.add(3, 2019, 0L, slots);
            own.add(4, 2020, 1L << 52 | 1L, slots);
            own.add(5, 1999, 0b110L, slots);
            DreamStore.append(c, 2, own, 2);
            // An import's entries coded by its own growing dictionary, as the importer writes them.
            List<String> dictionary = new ArrayList<>(List.of("", "783", "111"));
            DreamStore.Entries shared = new DreamStore.Entries(dictionary);
            char[] codes = new char[DreamStore.WEEKS];
            codes[3] = 2;
            codes[4] = 1;
            shared.add(6, 2022, 0b11000L, codes);
            DreamStore.append(c, 5, shared);
            dictionary.add("later");
            DreamStore.Entries next = new DreamStore.Entries(dictionary);
            codes[0] = 3;
            next.add(6, 2023, 0b11001L, codes);
            DreamStore.append(c, 5, next);
            assertEquals(List.of(
                    "2:0:2:78932cf3e70055bcdbe3eb5e7f56d4724b45d28e4e1419b54d745ff40b63279c",
                    "2:1:2:5abd05fe578e251b6a45c34bdb26cbe4768f2294b646fdefaefaf1ecbc4fa0ea",
                    "2:2:1:7ca95b55d3118e825eceb4b4003a081dc1f21546bc8f86f41a20a6925725b472",
                    "5:0:1:e4bc94df55c32733cd9c48e2ea6120b3ce6ac6d1d8c7c955566ca6b1ed5ad06a",
                    "5:1:1:0ba47603ce2ce1c08f013036f5740def8708242a11d0081dafe77e798e118d7d"), stored(c, "dream_block"));
            // Format, rows, the import's dictionary so far ("", "783", "111", "later"), person, year,
            // weeks covered (1, 4, 5), the count of week codes, then the code of each covered week.
            assertEquals("00000001" + "00000001" + "00000004" + "0000" + "0003373833" + "0003313131"
                    + "00056c61746572" + "00000006" + "07e7" + "0000000000000019" + "00000003" + "000300020001",
                    hex(c, "dream_block", 5, 1));
        }
    }

    @Test
    void lprBlocks(@TempDir Path tmp) throws SQLException {
        try (Workspace ws = Workspace.create(tmp.resolve("ws")); Connection c = ws.connection()) {
            LprStore.Columns cols = new LprStore.Columns();
            cols.add(1, 1_709_280_000L, 1_709_409_600L, "psykiatri", "DF200", "indlæggelse", "akut", 101, true, -5);
            cols.add(3, -1L, 0L, null, null, null, null, LprStore.NO_KOMMUNE, false, 7);
            cols.add(2, 1_709_632_800L, 1_709_636_400L, "intern medicin", "DI10", null, "planlagt", 999, false,
                    Long.MIN_VALUE);
            cols.add(70_000, Long.MAX_VALUE, Long.MIN_VALUE, "psykiatri", "DF200", "ambulant", "akut", 461, true, 0);
            cols.add(5, 10L, 20L, "x", "y", "z", "w", 1, false, Long.MAX_VALUE);
            LprStore.append(c, 4, cols, 2);
            LprStore.Columns more = new LprStore.Columns();
            more.add(6, 100L, 200L, null, "DZ", null, null, 147, true, 1);
            LprStore.append(c, 4, more);
            assertEquals(List.of(
                    "4:0:2:d4378cc4e4a0d1d985261e96983e886757e5d5cb1af1d53effd5d92faa30d542",
                    "4:1:2:4ec4ee54ef65f5a2a0d4d694ef271cb816f9f625bc1351c0b8f2d5c26c7f0ca3",
                    "4:2:1:46427a26d666ade3d965216df52f32c0e450cb53cd32ec589c5b91ed8172f2fe",
                    "4:3:1:637e60fb29da34411ea74c69498865054f22aaea38291b1c94c56c489464a7b0"), stored(c, "lpr_block"));
            // Format, rows, dictionary ("DZ"), then person, start, end, specialty (-1: none), diagnosis,
            // contact type, priority, kommune, psychiatric, fingerprint.
            assertEquals("00000001" + "00000001" + "00000001" + "0002445a" + "00000006" + "0000000000000064"
                    + "00000000000000c8" + "ffffffff" + "00000000" + "ffffffff" + "ffffffff" + "0093" + "01"
                    + "0000000000000001", hex(c, "lpr_block", 4, 3));
        }
    }

    @Test
    void personBlocks(@TempDir Path tmp) throws SQLException {
        try (Workspace ws = Workspace.create(tmp.resolve("ws")); Connection c = ws.connection()) {
            PersonStore.append(c, List.of(new PersonStore.NewPerson(1, "a", 3_652),
                    new PersonStore.NewPerson(2, "pseudonym æøå", PersonStore.NO_BIRTH),
                    new PersonStore.NewPerson(4, "", -1)));
            PersonStore.append(c, List.of(new PersonStore.NewPerson(5, "e", 0)));
            assertEquals(List.of("4:3:d6c0a5d99f55a8becb00f9e01bb4169bd02da869e29f2f23535082d81bb209f9", "5:1:ec2ffab753ea6130d876508e5f945fb02ab35baabc5c650175623312bcca386b"), storedPersons(c));
        }
    }
}
