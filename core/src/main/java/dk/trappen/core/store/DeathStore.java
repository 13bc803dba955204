package dk.trappen.core.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The deaths register's rows (table {@code death}). */
public final class DeathStore {

    private DeathStore() {
    }

    // Figures side

    /** Receives one person's day of death, in days since 1970-01-01. */
    @FunctionalInterface
    public interface DeathDay {
        void accept(int person, int epochDay);
    }

    /**
     * The day of death of every person with an id from 0 to {@code maxPerson}. A person with two
     * recorded death dates (a corrected re-import) died on the earlier one.
     */
    public static void earliestDeaths(Session s, int maxPerson, DeathDay each) {
        try (PreparedStatement ps = s.connection().prepareStatement("SELECT person_id, "
                + "MIN(DATEDIFF(DAY, DATE '1970-01-01', death_date)) FROM death WHERE person_id <= ? GROUP BY person_id")) {
            ps.setInt(1, maxPerson);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int id = rs.getInt(1);
                    if (id >= 0) {
                        each.accept(id, rs.getInt(2));
                    }
                }
            }
        } catch (SQLException e) {
            throw WorkspaceException.database(e);
        }
    }
}
