package dk.trappen.core.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

/**
 * A prepared INSERT of one import's rows into a table, sent in batches inside the session's
 * transaction: the common part of the typed row writers ({@link DeathStore.Rows} and its
 * siblings). The statement's first parameter is the import id.
 */
abstract class RowBatch {

    private static final int BATCH = 5000;
    /** The statement a subclass binds a row into before {@link #queue()}. */
    final PreparedStatement ps;
    private final long importId;
    private int pending;

    RowBatch(Session s, long importId, String sql) {
        this.importId = importId;
        try {
            ps = s.connection().prepareStatement(sql);
        } catch (SQLException e) {
            throw WorkspaceException.database(e);
        }
    }

    /** Adds the row bound in {@link #ps} (from its second parameter on); a full batch is sent. */
    final void queue() throws SQLException {
        ps.setLong(1, importId);
        ps.addBatch();
        if (++pending >= BATCH) {
            send();
        }
    }

    /** Sends the rows still batched. */
    public final void flush() {
        try {
            send();
        } catch (SQLException e) {
            throw WorkspaceException.database(e);
        }
    }

    private void send() throws SQLException {
        if (pending > 0) {
            ps.executeBatch();
            pending = 0;
        }
    }

    /** The row fingerprints of a table, to tell a new row from one stored before. */
    static long[] hashes(Session s, String table) {
        try (PreparedStatement count = s.connection().prepareStatement("SELECT COUNT(*) FROM " + table);
                ResultSet n = count.executeQuery();
                PreparedStatement ps = s.connection().prepareStatement("SELECT row_hash FROM " + table)) {
            n.next();
            long[] out = new long[(int) n.getLong(1)];
            int at = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (at == out.length) {
                        out = java.util.Arrays.copyOf(out, Math.max(16, out.length * 2));
                    }
                    out[at++] = rs.getLong(1);
                }
            }
            return at == out.length ? out : java.util.Arrays.copyOf(out, at);
        } catch (SQLException e) {
            throw WorkspaceException.database(e);
        }
    }

    static void setNullableInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }

    static void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        ps.setDate(i, java.sql.Date.valueOf(d));
    }
}
