package dk.trappen.core.importing;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** A prepared INSERT written in batches; fingerprints skip rows the workspace already holds. */
final class BatchedInsert {

    private static final int BATCH = 5000;
    private final PreparedStatement ps;
    private final LongHashSet seen;
    private final ImportContext ctx;
    private int pending;

    BatchedInsert(ImportContext ctx, String table, String sql) throws SQLException {
        this.ctx = ctx;
        this.ps = ctx.connection.prepareStatement(sql);
        this.seen = table == null ? null : ctx.existingHashes(table);
    }

    PreparedStatement statement() {
        return ps;
    }

    /** True when the row is new (then bind it and call {@link #add()}); false counts a duplicate. */
    boolean isNew(long hash) {
        if (seen != null && !seen.add(hash)) {
            ctx.duplicates++;
            return false;
        }
        return true;
    }

    void add() throws SQLException {
        ps.addBatch();
        ctx.stored++;
        if (++pending >= BATCH) {
            flush();
        }
    }

    void flush() throws SQLException {
        if (pending > 0) {
            ps.executeBatch();
            pending = 0;
        }
    }

    static void setNullableInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, java.sql.Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }

    static void setNullableDate(PreparedStatement ps, int i, java.time.LocalDate d) throws SQLException {
        ps.setDate(i, d == null ? null : java.sql.Date.valueOf(d));
    }

    static void setNullableText(PreparedStatement ps, int i, String s) throws SQLException {
        ps.setString(i, s == null || s.isEmpty() ? null : s);
    }

}
