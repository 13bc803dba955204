package dk.trappen.core.store.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema 8: hospital contacts move from a row each to blocks of columns (see LprStore); the rows of
 * an older workspace are carried over by import in their stored order, then {@code lpr_contact} is
 * dropped. The blocks are written in format 1 by this migration's own frozen copy of it
 * ({@link FormatOneBlocks} and the column order below), never by today's store.
 */
public class V8__Lpr_blocks extends BaseJavaMigration {

    private static final int NO_KOMMUNE = 0;

    @Override
    public void migrate(Context context) throws SQLException {
        migrate(context.getConnection(), FormatOneBlocks.BLOCK_ROWS);
    }

    /**
     * Contacts by import in stored order, as blocks of {@code blockRows} with a dictionary each.
     * Columns: person, start and end (local date-times as epoch seconds read as UTC), specialty,
     * diagnosis, contact type, priority (dictionary indexes, -1 for none, coded in that order),
     * bopælskommune (16 bits), psychiatric (a byte), fingerprint.
     * {@code blockRows}: chosen by tests, so an import takes several blocks.
     */
    void migrate(Connection c, int blockRows) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE lpr_block (import_id BIGINT NOT NULL, block_no INT NOT NULL, "
                    + "row_count INT NOT NULL, data BLOB NOT NULL, PRIMARY KEY (import_id, block_no))");
        }
        // A block at a time, so a national workspace's million contacts need not fit in memory at once.
        FormatOneBlocks.Writer out = new FormatOneBlocks.Writer(c, "lpr_block", 10, Integer.MAX_VALUE, blockRows,
                false, false);
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT import_id, person_id, start_ts, end_ts, specialty, diagnosis, "
                        + "contact_type, priority, bopaelskommune, psychiatric, row_hash FROM lpr_contact "
                        + "ORDER BY import_id, _ROWID_")) {
            while (rs.next()) {
                FormatOneBlocks.Block block = out.row(rs.getLong(1));
                Integer home = rs.getObject(9, Integer.class);
                block.put(0, 4, rs.getInt(2));
                block.put(1, 8, rs.getObject(3, LocalDateTime.class).toEpochSecond(ZoneOffset.UTC));
                block.put(2, 8, rs.getObject(4, LocalDateTime.class).toEpochSecond(ZoneOffset.UTC));
                block.put(3, 4, block.code(rs.getString(5)));
                block.put(4, 4, block.code(rs.getString(6)));
                block.put(5, 4, block.code(rs.getString(7)));
                block.put(6, 4, block.code(rs.getString(8)));
                block.put(7, 2, home == null ? NO_KOMMUNE : home);
                block.put(8, 1, rs.getBoolean(10) ? 1 : 0);
                block.put(9, 8, rs.getLong(11));
                block.endRow();
            }
        }
        out.finish();
        try (Statement st = c.createStatement()) {
            st.execute("DROP TABLE lpr_contact");
        }
    }
}
