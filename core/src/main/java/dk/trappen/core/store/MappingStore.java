package dk.trappen.core.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Column mappings saved for file layouts Trappen does not recognise (table column_mapping): per
 * file type and header signature, the mapping as text.
 */
public final class MappingStore {

    private MappingStore() {
    }

    // Import side

    /** The mapping saved for a layout read as a type, if any. */
    public static Optional<String> mapping(Session s, String fileType, String signature) {
        try (PreparedStatement ps = s.connection().prepareStatement(
                "SELECT mapping FROM column_mapping WHERE file_type = ? AND signature = ?")) {
            ps.setString(1, fileType);
            ps.setString(2, signature);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw WorkspaceException.database(e);
        }
    }

    /** The type a mapping was saved under for a layout, if any (the first, should there be several). */
    public static Optional<String> fileType(Session s, String signature) {
        try (PreparedStatement ps = s.connection().prepareStatement(
                "SELECT file_type FROM column_mapping WHERE signature = ?")) {
            ps.setString(1, signature);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw WorkspaceException.database(e);
        }
    }

    /** Saves (or replaces) the mapping of a layout read as a type. */
    public static void save(Session s, String fileType, String signature, String mapping) {
        try (PreparedStatement ps = s.connection().prepareStatement("MERGE INTO column_mapping (file_type, signature, "
                + "mapping) KEY (file_type, signature) VALUES (?, ?, ?)")) {
            ps.setString(1, fileType);
            ps.setString(2, signature);
            ps.setString(3, mapping);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw WorkspaceException.database(e);
        }
    }
}
