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

    /**
     * Adds an entry inside the caller's transaction, so the log and the imported rows commit
     * together; returns the new id.
     */
    public long add(Connection c, ImportLogEntry e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_log (" + COLUMNS.substring(4)
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, e.fileName());
            ps.setString(2, e.fileType());
            ps.setLong(3, e.sizeBytes());
            ps.setString(4, e.sha256());
            ps.setLong(5, e.rowsRead());
            ps.setLong(6, e.rowsStored());
            ps.setLong(7, e.rowsRejected());
            ps.setLong(8, e.rowsDuplicate());
            setDate(ps, 9, e.periodFrom());
            setDate(ps, 10, e.periodTo());
            ps.setString(11, e.importedBy());
            ps.setTimestamp(12, Timestamp.from(e.importedAt()));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
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
}
