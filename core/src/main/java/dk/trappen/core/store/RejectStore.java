package dk.trappen.core.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The rows an import rejected (table import_reject), kept for the report and the rejects file; a
 * value of a person column is never handed here.
 */
public final class RejectStore {

    private RejectStore() {
    }

    // Import side

    /**
     * A rejected row as kept: where it is, the column and value at fault (null: the row as a whole,
     * or a value not kept) and the message saying why. Texts longer than their columns are cut
     * with an ellipsis.
     */
    public record Reject(long line, String column, String value, String message) {
    }

    /** Receives the rejects of an import, in order of line. */
    @FunctionalInterface
    public interface Sink<X extends Exception> {
        void accept(Reject reject) throws X;
    }

    /** A writer of one import's rejects, batched in the session's transaction; end with {@link Rows#flush()}. */
    public static Rows rows(Session s, long importId) {
        return new Rows(s, importId);
    }

    /** Hands every reject of an import to {@code sink}, in order of line; returns how many. */
    public static <X extends Exception> long read(Session s, long importId, Sink<X> sink) throws X {
        long n = 0;
        try (PreparedStatement ps = s.connection().prepareStatement(
                "SELECT line, column_name, cell_value, rule FROM import_reject WHERE import_id = ? ORDER BY line")) {
            ps.setLong(1, importId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(new Reject(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                    n++;
                }
            }
        } catch (SQLException e) {
            throw WorkspaceException.database(e);
        }
        return n;
    }

    /** New rejects of one import. */
    public static final class Rows extends RowBatch {

        private Rows(Session s, long importId) {
            super(s, importId,
                    "INSERT INTO import_reject (import_id, line, column_name, cell_value, rule) VALUES (?, ?, ?, ?, ?)");
        }

        /** As {@link Reject}. */
        public void add(long line, String column, String value, String message) {
            try {
                ps.setLong(2, line);
                ps.setString(3, column == null ? null : cut(column, 200));
                ps.setString(4, value == null ? null : cut(value, 200));
                ps.setString(5, cut(message, 1000));
                queue();
            } catch (SQLException e) {
                throw WorkspaceException.database(e);
            }
        }

        private static String cut(String s, int max) {
            return s.length() <= max ? s : s.substring(0, max - 1) + "…";
        }
    }
}
