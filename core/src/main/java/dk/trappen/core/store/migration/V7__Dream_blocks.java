package dk.trappen.core.store.migration;

import dk.trappen.core.store.DreamStore;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema 7: DREAM weeks move from a row per person and year to blocks of entries (see DreamStore).
 * A row held the merged weeks of its person-year, so it becomes one entry covering all 53 weeks,
 * under the import that last changed it; then {@code dream_year} is dropped.
 */
public class V7__Dream_blocks extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE dream_block (import_id BIGINT NOT NULL, block_no INT NOT NULL, "
                    + "row_count INT NOT NULL, data BLOB NOT NULL, PRIMARY KEY (import_id, block_no))");
        }
        // A block at a time, by import: a person-year has one row, so the order between imports
        // changes nothing.
        DreamStore.Entries entries = new DreamStore.Entries();
        long importId = 0;
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT import_id, person_id, iso_year, weeks FROM dream_year "
                        + "ORDER BY import_id, person_id, iso_year")) {
            while (rs.next()) {
                if (entries.size() == DreamStore.BLOCK_ROWS || entries.size() > 0 && rs.getLong(1) != importId) {
                    DreamStore.append(c, importId, entries);
                    entries = new DreamStore.Entries();
                }
                importId = rs.getLong(1);
                String[] slots = new String[DreamStore.WEEKS];
                String[] stored = rs.getString(4).split(",", -1);
                System.arraycopy(stored, 0, slots, 0, Math.min(stored.length, slots.length));
                entries.add(rs.getInt(2), rs.getInt(3), DreamStore.ALL_WEEKS, slots);
            }
        }
        if (entries.size() > 0) {
            DreamStore.append(c, importId, entries);
        }
        try (Statement st = c.createStatement()) {
            st.execute("DROP TABLE dream_year");
        }
    }
}
