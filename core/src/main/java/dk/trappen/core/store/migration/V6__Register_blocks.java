package dk.trappen.core.store.migration;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema 6: spells and persons move from a row each to blocks of columns (see SpellStore and
 * PersonStore); the rows of an older workspace are carried over, then their tables dropped. The
 * blocks are written in format 1 by this migration's own frozen copy of it ({@link FormatOneBlocks}
 * and the column order below), never by today's stores.
 */
public class V6__Register_blocks extends BaseJavaMigration {

    /** Epoch day of an unknown birth, and of an ongoing spell's end; a kommune left empty. */
    private static final int NO_BIRTH = Integer.MIN_VALUE;
    private static final int NO_END = Integer.MAX_VALUE;
    private static final int NO_KOMMUNE = 0;

    @Override
    public void migrate(Context context) throws SQLException {
        migrate(context.getConnection(), FormatOneBlocks.BLOCK_ROWS);
    }

    /** With a chosen block size, so tests can make imports of several blocks. */
    void migrate(Connection c, int blockRows) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE spell_block (import_id BIGINT NOT NULL, block_no INT NOT NULL, "
                    + "row_count INT NOT NULL, data BLOB NOT NULL, PRIMARY KEY (import_id, block_no))");
            st.execute("CREATE TABLE person_block (max_id INT NOT NULL PRIMARY KEY, row_count INT NOT NULL, "
                    + "data BLOB NOT NULL)");
            st.execute("CREATE TABLE person_birth (person_id INT NOT NULL PRIMARY KEY, birth_date DATE NOT NULL)");
        }
        persons(c);
        spells(c, blockRows);
        try (Statement st = c.createStatement()) {
            st.execute("DROP TABLE spell");
            st.execute("DROP TABLE person");
        }
    }

    /** Every person as one block: per person its id, birth day, and pseudonym as a 16-bit length and UTF-8. */
    private static void persons(Connection c) throws SQLException {
        List<byte[]> rows = new ArrayList<>();
        int maxId = 0;
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT id, pseudonym, birth_date FROM person ORDER BY id")) {
            while (rs.next()) {
                LocalDate birth = rs.getObject(3, LocalDate.class);
                byte[] name = rs.getString(2).getBytes(StandardCharsets.UTF_8);
                rows.add(ByteBuffer.allocate(10 + name.length).putInt(rs.getInt(1))
                        .putInt(birth == null ? NO_BIRTH : (int) birth.toEpochDay()).putShort((short) name.length)
                        .put(name).array());
                maxId = Math.max(maxId, rs.getInt(1));
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        ByteBuffer b = ByteBuffer.allocate(8 + rows.stream().mapToInt(r -> r.length).sum())
                .putInt(FormatOneBlocks.FORMAT).putInt(rows.size());
        rows.forEach(b::put);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO person_block (max_id, row_count, data) VALUES (?, ?, ?)")) {
            ps.setInt(1, maxId);
            ps.setInt(2, rows.size());
            ps.setBytes(3, b.array());
            ps.executeUpdate();
        }
    }

    /**
     * The spells by import, in stored order, as blocks of {@code blockRows}; an import's blocks share
     * one dictionary (each holds all of it). Columns: person, handle-, betalings- and bopælskommune,
     * ydelse, tilbud, målgruppe (dictionary indexes, coded in that order), start, end, fingerprint.
     */
    private static void spells(Connection c, int blockRows) throws SQLException {
        FormatOneBlocks.Writer out = new FormatOneBlocks.Writer(c, "spell_block", 10, Integer.MAX_VALUE, blockRows,
                true, false);
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT import_id, person_id, handlekommune, betalingskommune, "
                        + "bopaelskommune, ydelse, tilbud, maalgruppe, start_date, end_date, row_hash FROM spell "
                        + "ORDER BY import_id, _ROWID_")) {
            while (rs.next()) {
                FormatOneBlocks.Block b = out.row(rs.getLong(1));
                Integer pay = rs.getObject(4, Integer.class);
                Integer home = rs.getObject(5, Integer.class);
                LocalDate end = rs.getObject(10, LocalDate.class);
                b.put(0, 4, rs.getInt(2));
                b.put(1, 2, rs.getInt(3));
                b.put(2, 2, pay == null ? NO_KOMMUNE : pay);
                b.put(3, 2, home == null ? NO_KOMMUNE : home);
                b.put(4, 4, b.code(rs.getString(6)));
                b.put(5, 4, b.code(rs.getString(7)));
                b.put(6, 4, b.code(rs.getString(8)));
                b.put(7, 4, rs.getObject(9, LocalDate.class).toEpochDay());
                b.put(8, 4, end == null ? NO_END : end.toEpochDay());
                b.put(9, 8, rs.getLong(11));
                b.endRow();
            }
        }
        out.finish();
    }
}
