package dk.trappen.core.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Computed figures kept in the workspace (table {@code figure_cache}): a payload under a key, valid
 * only at the data version it was written at. What a key and a payload hold is the figures' business.
 */
public final class FigureCacheStore {

    private FigureCacheStore() {
    }

    /** The payload kept under the key at this data version, if any. */
    public static Optional<byte[]> get(Session s, String key, long dataVersion) {
        try (PreparedStatement ps = s.connection().prepareStatement(
                "SELECT payload FROM figure_cache WHERE cache_key = ? AND data_version = ?")) {
            ps.setString(1, key);
            ps.setLong(2, dataVersion);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw WorkspaceException.database(e);
        }
    }

    /** Keeps the payload under the key, replacing what the key held. */
    public static void keep(Session s, String key, long dataVersion, byte[] payload) {
        try {
            try (PreparedStatement ps = s.connection().prepareStatement("DELETE FROM figure_cache WHERE cache_key = ?")) {
                ps.setString(1, key);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = s.connection().prepareStatement(
                    "INSERT INTO figure_cache (cache_key, data_version, payload) VALUES (?, ?, ?)")) {
                ps.setString(1, key);
                ps.setLong(2, dataVersion);
                ps.setBytes(3, payload);
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw WorkspaceException.database(e);
        }
    }

    /** Deletes every row of another data version than this one (older data; they can never be read again). */
    public static void deleteOtherVersions(Session s, long dataVersion) {
        try (PreparedStatement ps = s.connection().prepareStatement("DELETE FROM figure_cache WHERE data_version <> ?")) {
            ps.setLong(1, dataVersion);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw WorkspaceException.database(e);
        }
    }

    /** Deletes every row. */
    public static void clear(Session s) {
        try (PreparedStatement ps = s.connection().prepareStatement("DELETE FROM figure_cache")) {
            ps.executeUpdate();
        } catch (SQLException e) {
            throw WorkspaceException.database(e);
        }
    }
}
