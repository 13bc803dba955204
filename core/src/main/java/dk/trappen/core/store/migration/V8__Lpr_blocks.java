package dk.trappen.core.store.migration;

import dk.trappen.core.store.LprStore;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema 8: hospital contacts move from a row each to blocks of columns (see LprStore); the rows of
 * an older workspace are carried over by import in their stored order, then {@code lpr_contact} is
 * dropped.
 */
public class V8__Lpr_blocks extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE lpr_block (import_id BIGINT NOT NULL, block_no INT NOT NULL, "
                    + "row_count INT NOT NULL, data BLOB NOT NULL, PRIMARY KEY (import_id, block_no))");
        }
        // A block at a time, so a national workspace's million contacts need not fit in memory at once.
        LprStore.Columns columns = new LprStore.Columns();
        long importId = 0;
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT import_id, person_id, start_ts, end_ts, specialty, diagnosis, "
                        + "contact_type, priority, bopaelskommune, psychiatric, row_hash FROM lpr_contact "
                        + "ORDER BY import_id, _ROWID_")) {
            while (rs.next()) {
                if (columns.size() == LprStore.BLOCK_ROWS || columns.size() > 0 && rs.getLong(1) != importId) {
                    LprStore.append(c, importId, columns);
                    columns = new LprStore.Columns();
                }
                importId = rs.getLong(1);
                Integer home = rs.getObject(9, Integer.class);
                columns.add(rs.getInt(2), LprStore.seconds(rs.getObject(3, LocalDateTime.class)),
                        LprStore.seconds(rs.getObject(4, LocalDateTime.class)), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), home == null ? LprStore.NO_KOMMUNE : home,
                        rs.getBoolean(10), rs.getLong(11));
            }
        }
        if (columns.size() > 0) {
            LprStore.append(c, importId, columns);
        }
        try (Statement st = c.createStatement()) {
            st.execute("DROP TABLE lpr_contact");
        }
    }
}
