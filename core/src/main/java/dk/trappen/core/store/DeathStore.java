package dk.trappen.core.store;

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
}
