package dk.trappen.core.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The workspace's log of imports, newest last. */
public final class ImportLog {

    private static final String COLUMNS = "id, file_name, file_type, size_bytes, sha256, rows_read, rows_stored, "
            + "rows_rejected, rows_duplicate, period_from, period_to, imported_by, imported_at";

    private final Workspace workspace;

    ImportLog(Workspace workspace) {
        this.workspace = workspace;
    }

    public List<ImportLogEntry> entries() {
        try (Connection c = workspace.connection();
                PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM import_log ORDER BY id");
                ResultSet rs = ps.executeQuery()) {
            List<ImportLogEntry> out = new ArrayList<>();
            while (rs.next()) {
                out.add(read(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.dbError", e.getMessage());
        }
    }

    /** An earlier import of the same content as the same type, if any. */
    public Optional<ImportLogEntry> findByContent(String fileType, String sha256) {
        try (Connection c = workspace.connection();
                PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                        + " FROM import_log WHERE file_type = ? AND sha256 = ? ORDER BY id")) {
            ps.setString(1, fileType);
            ps.setString(2, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.dbError", e.getMessage());
        }
    }

    /** The id the next import will get; imports reserve it so their rows can name it before the log row exists. */
    public static long nextId(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM import_log")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Adds an entry inside the caller's transaction, so the log and the imported rows commit
     * together; an entry with id 0 gets the next id. Returns the id.
     */
    public long add(Connection c, ImportLogEntry e) throws SQLException {
        long id = e.id() > 0 ? e.id() : nextId(c);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_log (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setString(2, e.fileName());
            ps.setString(3, e.fileType());
            ps.setLong(4, e.sizeBytes());
            ps.setString(5, e.sha256());
            ps.setLong(6, e.rowsRead());
            ps.setLong(7, e.rowsStored());
            ps.setLong(8, e.rowsRejected());
            ps.setLong(9, e.rowsDuplicate());
            setDate(ps, 10, e.periodFrom());
            setDate(ps, 11, e.periodTo());
            ps.setString(12, e.importedBy());
            ps.setTimestamp(13, Timestamp.from(e.importedAt()));
            ps.executeUpdate();
            return id;
        }
    }

    private static void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        if (d == null) {
            ps.setNull(i, Types.DATE);
        } else {
            ps.setDate(i, Date.valueOf(d));
        }
    }

    private static ImportLogEntry read(ResultSet rs) throws SQLException {
        Date from = rs.getDate(10);
        Date to = rs.getDate(11);
        return new ImportLogEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9),
                from == null ? null : from.toLocalDate(), to == null ? null : to.toLocalDate(),
                rs.getString(12), rs.getTimestamp(13).toInstant());
    }

    // Session forms: what code outside store calls (issue 14); the Connection forms are for this package.

    /** {@link #nextId(Connection)} in a session. */
    public static long nextId(Session s) {
        try {
            return nextId(s.connection());
        } catch (SQLException e) {
            throw WorkspaceException.database(e);
        }
    }

    /** {@link #add(Connection, ImportLogEntry)} in a session (a transaction: the log commits with the rows). */
    public long add(Session s, ImportLogEntry e) {
        try {
            return add(s.connection(), e);
        } catch (SQLException x) {
            throw WorkspaceException.database(x);
        }
    }
}
