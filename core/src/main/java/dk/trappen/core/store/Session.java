package dk.trappen.core.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * One unit of work on a workspace's database, as code outside this package sees it: a read, or a
 * transaction (an import) that ends in {@link #commit()} or is rolled back on {@link #close()}.
 * The typed stores of this package take a session and reach its connection; nothing outside
 * {@code store} writes SQL or sees {@code java.sql}.
 */
public final class Session implements AutoCloseable {

    private final Connection connection;
    private final boolean transaction;
    private final Path directory;
    private boolean committed;

    private Session(Connection connection, boolean transaction, Path directory) {
        this.connection = connection;
        this.transaction = transaction;
        this.directory = directory;
    }

    static Session read(Connection connection, Path directory) {
        return new Session(connection, false, directory);
    }

    static Session transaction(Connection connection, Path directory) throws SQLException {
        connection.setAutoCommit(false);
        return new Session(connection, true, directory);
    }

    /** The workspace folder, for messages. */
    Path directory() {
        return directory;
    }

    /** The connection, for the stores of this package. */
    Connection connection() {
        return connection;
    }

    /** Whether writes wait for {@link #commit()}. */
    public boolean isTransaction() {
        return transaction;
    }

    /** Makes a transaction's writes permanent, all together. */
    public void commit() {
        if (!transaction) {
            return;
        }
        try {
            connection.commit();
            committed = true;
        } catch (SQLException e) {
            throw WorkspaceException.database(e);
        }
    }

    /** Closes the session; a transaction that was not committed is rolled back (all or nothing). */
    @Override
    public void close() {
        try (Connection c = connection) {
            if (transaction && !committed && !c.isClosed()) {
                c.rollback();
            }
        } catch (SQLException e) {
            throw WorkspaceException.database(e);
        }
    }
}
