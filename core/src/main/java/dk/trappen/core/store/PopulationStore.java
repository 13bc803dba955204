package dk.trappen.core.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The population register's rows (table {@code population}): inhabitants of an age band at a date. */
public final class PopulationStore {

    private PopulationStore() {
    }

    // Figures side

    /** Inhabitants of an age band in a kommune at a reference day (days since 1970-01-01); ageTo -1: open band. */
    public record AgeBand(int kommune, int refDay, int ageFrom, int ageTo, int inhabitants) {
    }

    /** Every stored age band, in import order (so a later import of the same band comes later). */
    public static List<AgeBand> bandsInImportOrder(Session s) {
        List<AgeBand> out = new ArrayList<>();
        try (PreparedStatement ps = s.connection().prepareStatement("SELECT kommune, "
                + "DATEDIFF(DAY, DATE '1970-01-01', ref_date), age_from, age_to, inhabitants FROM population ORDER BY import_id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int ageTo = rs.getInt(4);
                if (rs.wasNull()) {
                    ageTo = -1;
                }
                out.add(new AgeBand(rs.getInt(1), rs.getInt(2), rs.getInt(3), ageTo, rs.getInt(5)));
            }
        } catch (SQLException e) {
            throw WorkspaceException.database(e);
        }
        return out;
    }
}
