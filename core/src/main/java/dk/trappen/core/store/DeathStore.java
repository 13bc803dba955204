package dk.trappen.core.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** The deaths register (table death): one row a person and date of death. */
public final class DeathStore {

    private DeathStore() {
    }

    // Import side

    /** The fingerprints of the rows stored, to tell a new row from one imported before. */
    public static long[] hashes(Session s) {
        return RowBatch.hashes(s, "death");
    }

    /** A writer of one import's rows, batched in the session's transaction; end with {@link Rows#flush()}. */
    public static Rows rows(Session s, long importId) {
        return new Rows(s, importId);
    }

    /** New rows of one import. */
    public static final class Rows extends RowBatch {
        private Rows(Session s, long importId) {
            super(s, importId, "INSERT INTO death (import_id, person_id, death_date, row_hash) VALUES (?, ?, ?, ?)");
        }

        public void add(int person, LocalDate died, long hash) {
            try {
                ps.setInt(2, person);
                setDate(ps, 3, died);
                ps.setLong(4, hash);
                queue();
            } catch (SQLException e) {
                throw WorkspaceException.database(e);
            }
        }
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
