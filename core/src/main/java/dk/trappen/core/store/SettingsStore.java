package dk.trappen.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A workspace's settings as stored: name → text, a row each. What the names mean and their
 * defaults belong to the code that reads them ({@code figures.WorkspaceSettings}).
 */
public final class SettingsStore {

    private final Workspace workspace;

    SettingsStore(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Every stored setting; a setting never saved is absent. */
    public Map<String, String> rows() {
        Map<String, String> rows = new LinkedHashMap<>();
        try (Connection c = workspace.connection();
                PreparedStatement ps = c.prepareStatement("SELECT name, setting_value FROM settings ORDER BY name");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.put(rs.getString(1), rs.getString(2));
            }
        } catch (SQLException e) {
            throw WorkspaceException.database(e);
        }
        return rows;
    }

    /** Stores these settings together (one transaction), replacing their earlier values. */
    public void save(Map<String, String> rows) {
        try (Connection c = workspace.connection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(
                    "MERGE INTO settings (name, setting_value) KEY (name) VALUES (?, ?)")) {
                for (Map.Entry<String, String> row : rows.entrySet()) {
                    ps.setString(1, row.getKey());
                    ps.setString(2, row.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw WorkspaceException.database(e);
        }
    }

    /** Settings stored in a form this version cannot read. */
    public WorkspaceException corrupt(String detail) {
        return new WorkspaceException("settings.corrupt", workspace.directory(), detail);
    }
}
