package dk.trappen.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Reads and writes a workspace's {@link WorkspaceSettings}; absent rows take the defaults. */
public final class SettingsStore {

    static final String TARGET_GROUPS = "maalgrupper";
    static final String THRESHOLD = "diskretion_graense";
    static final String NT121 = "nt12_1_variant";
    static final String TIE = "handlekommune_regel";
    static final String NT8 = "nt8_omfang";
    static final String DEATHS = "doedsfald_regel";
    static final String KOMMUNE_CHANGE = "skift_handlekommune_regel";
    static final String WELLBEING = "nt13_17_maaling";

    private final Workspace workspace;

    SettingsStore(Workspace workspace) {
        this.workspace = workspace;
    }

    public WorkspaceSettings load() {
        Map<String, String> rows = new HashMap<>();
        try (Connection c = workspace.connection();
                PreparedStatement ps = c.prepareStatement("SELECT name, setting_value FROM settings");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.put(rs.getString(1), rs.getString(2));
            }
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.dbError", e.getMessage());
        }
        WorkspaceSettings d = WorkspaceSettings.defaults();
        try {
            StaircaseRules r = d.staircaseRules();
            return new WorkspaceSettings(
                    rows.containsKey(TARGET_GROUPS) ? Arrays.asList(rows.get(TARGET_GROUPS).split(",")) : d.targetGroups(),
                    rows.containsKey(THRESHOLD) ? Integer.parseInt(rows.get(THRESHOLD)) : d.discretionThreshold(),
                    rows.containsKey(NT121) ? WorkspaceSettings.Nt121Variant.valueOf(rows.get(NT121)) : d.nt121Variant(),
                    new StaircaseRules(
                            rows.containsKey(TIE) ? StaircaseRules.HandlekommuneTie.valueOf(rows.get(TIE)) : r.tie(),
                            rows.containsKey(NT8) ? StaircaseRules.Nt8Scope.valueOf(rows.get(NT8)) : r.nt8(),
                            rows.containsKey(DEATHS) ? StaircaseRules.DeathRule.valueOf(rows.get(DEATHS)) : r.deaths(),
                            rows.containsKey(KOMMUNE_CHANGE)
                                    ? StaircaseRules.KommuneChangeRule.valueOf(rows.get(KOMMUNE_CHANGE)) : r.kommuneChange()),
                    rows.containsKey(WELLBEING) ? WorkspaceSettings.WellbeingMeasurement.valueOf(rows.get(WELLBEING))
                            : d.wellbeingMeasurement());
        } catch (IllegalArgumentException e) {
            throw new WorkspaceException(e, "settings.corrupt", workspace.directory(), e.getMessage());
        }
    }

    public void save(WorkspaceSettings s) {
        try (Connection c = workspace.connection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(
                    "MERGE INTO settings (name, setting_value) KEY (name) VALUES (?, ?)")) {
                put(ps, TARGET_GROUPS, String.join(",", s.targetGroups()));
                put(ps, THRESHOLD, Integer.toString(s.discretionThreshold()));
                put(ps, NT121, s.nt121Variant().name());
                put(ps, TIE, s.staircaseRules().tie().name());
                put(ps, NT8, s.staircaseRules().nt8().name());
                put(ps, DEATHS, s.staircaseRules().deaths().name());
                put(ps, KOMMUNE_CHANGE, s.staircaseRules().kommuneChange().name());
                put(ps, WELLBEING, s.wellbeingMeasurement().name());
                ps.executeBatch();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.dbError", e.getMessage());
        }
    }

    private static void put(PreparedStatement ps, String name, String value) throws SQLException {
        ps.setString(1, name);
        ps.setString(2, value);
        ps.addBatch();
    }
}
