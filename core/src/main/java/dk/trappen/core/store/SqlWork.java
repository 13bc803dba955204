package dk.trappen.core.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work on a connection, for the Session forms of the block stores: run on the session's connection,
 * a database error becomes a {@link WorkspaceException}.
 */
@FunctionalInterface
interface SqlWork<T> {

    T run(Connection c) throws SQLException;

    /** Work with nothing to return. */
    @FunctionalInterface
    interface Action {
        void run(Connection c) throws SQLException;
    }

    static <T> T call(Session s, SqlWork<T> work) {
        try {
            return work.run(s.connection());
        } catch (SQLException e) {
            throw WorkspaceException.database(e);
        } catch (DamagedBlock e) {
            throw damaged(s, e);
        }
    }

    static void run(Session s, Action work) {
        try {
            work.run(s.connection());
        } catch (SQLException e) {
            throw WorkspaceException.database(e);
        } catch (DamagedBlock e) {
            throw damaged(s, e);
        }
    }

    /** A damaged block as the user reads it: the workspace, the register, the import's file. */
    private static WorkspaceException damaged(Session s, DamagedBlock e) {
        String file = "?";
        try (java.sql.PreparedStatement ps = s.connection().prepareStatement(
                "SELECT file_name FROM import_log WHERE id = ?")) {
            ps.setLong(1, e.ref.importId());
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    file = rs.getString(1);
                }
            }
        } catch (SQLException lookup) {
            e.addSuppressed(lookup); // the damage is the message; the file name is a courtesy
        }
        return WorkspaceException.damagedBlock(e, s.directory(), e.table, e.ref.importId(), file, e.ref.blockNo());
    }
}
