package dk.trappen.core.store.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema 7: DREAM weeks move from a row per person and year to blocks of entries (see DreamStore).
 * A row held the merged weeks of its person-year, so it becomes one entry covering all 53 weeks,
 * under the import that last changed it; then {@code dream_year} is dropped. The blocks are written
 * in format 1 by this migration's own frozen copy of it ({@link FormatOneBlocks} and the column
 * order below), never by today's store.
 */
public class V7__Dream_blocks extends BaseJavaMigration {

    private static final int WEEKS = 53;
    /** Every week of a year covered. */
    private static final long ALL_WEEKS = (1L << WEEKS) - 1;
    /** Week codes are kept as 16-bit indexes. */
    private static final int MAX_CODES = 1 << 16;

    @Override
    public void migrate(Context context) throws SQLException {
        migrate(context.getConnection(), FormatOneBlocks.BLOCK_ROWS);
    }

    /**
     * Entries by import, person and year, as blocks of {@code blockRows} with a dictionary each.
     * Columns: person, year (16 bits), the weeks covered (all); then the count of week codes and the
     * dictionary index of each week, 16 bits, entry by entry ({@code ""} for an empty week).
     * {@code blockRows}: chosen by tests, so an import takes several blocks.
     */
    void migrate(Connection c, int blockRows) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE dream_block (import_id BIGINT NOT NULL, block_no INT NOT NULL, "
                    + "row_count INT NOT NULL, data BLOB NOT NULL, PRIMARY KEY (import_id, block_no))");
        }
        // A block at a time, by import: a person-year has one row, so the order between imports
        // changes nothing.
        FormatOneBlocks.Writer out = new FormatOneBlocks.Writer(c, "dream_block", 4, MAX_CODES, blockRows, false,
                true);
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT import_id, person_id, iso_year, weeks FROM dream_year "
                        + "ORDER BY import_id, person_id, iso_year")) {
            while (rs.next()) {
                FormatOneBlocks.Block block = out.row(rs.getLong(1));
                String[] stored = rs.getString(4).split(",", -1);
                block.put(0, 4, rs.getInt(2));
                block.put(1, 2, rs.getInt(3));
                block.put(2, 8, ALL_WEEKS);
                for (int w = 0; w < WEEKS; w++) {
                    block.put(3, 2, block.code(w < stored.length ? stored[w] : ""));
                }
                block.endRow();
            }
        }
        out.finish();
        try (Statement st = c.createStatement()) {
            st.execute("DROP TABLE dream_year");
        }
    }
}
