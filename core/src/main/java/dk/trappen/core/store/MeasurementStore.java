package dk.trappen.core.store;

import java.sql.SQLException;
import java.time.LocalDate;

/** WHO-5 and Brief INSPIRE-O measurements (table measurement). */
public final class MeasurementStore {

    private MeasurementStore() {
    }

    // Import side

    /** The fingerprints of the rows stored, to tell a new row from one imported before. */
    public static long[] hashes(Session s) {
        return RowBatch.hashes(s, "measurement");
    }

    /** A writer of one import's rows, batched in the session's transaction; end with {@link Rows#flush()}. */
    public static Rows rows(Session s, long importId) {
        return new Rows(s, importId);
    }

    /** New rows of one import. */
    public static final class Rows extends RowBatch {
        private Rows(Session s, long importId) {
            super(s, importId, "INSERT INTO measurement (import_id, person_id, local_id, kommune, measured_on, who5, "
                    + "inspire, indsats, row_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }

        /**
         * @param person  the person id, or null for a citizen known by a local id only
         * @param localId the local id's pseudonym, or null
         * @param indsats null or empty: none
         */
        public void add(Integer person, String localId, int kommune, LocalDate measuredOn, Integer who5,
                Integer inspire, String indsats, long hash) {
            try {
                setNullableInt(ps, 2, person);
                ps.setString(3, localId);
                ps.setInt(4, kommune);
                setDate(ps, 5, measuredOn);
                setNullableInt(ps, 6, who5);
                setNullableInt(ps, 7, inspire);
                ps.setString(8, indsats == null || indsats.isEmpty() ? null : indsats);
                ps.setLong(9, hash);
                queue();
            } catch (SQLException e) {
                throw WorkspaceException.database(e);
            }
        }
    }
}
