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
        }
    }

    static void run(Session s, Action work) {
        try {
            work.run(s.connection());
        } catch (SQLException e) {
            throw WorkspaceException.database(e);
        }
    }
}
