package dk.trappen.core.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.function.Consumer;

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

    // Figures side

    /**
     * One stored measurement: the register person (null when the PNR did not link, then the local
     * id names the person), the kommune, the day (days since 1970-01-01), the WHO-5 and INSPIRE-O
     * scores (null when not given) and the INDSATS column as stored (may be null).
     */
    public record Measurement(Integer person, String localId, int kommune, int day, Integer who5, Integer inspire,
            String indsats) {
    }

    /** Every measurement, by date and then as stored (so of two the same day the later stored comes last). */
    public static void inDateOrder(Session s, Consumer<Measurement> each) {
        try {
            StreamedReads.enable(s.connection());
            try (PreparedStatement ps = s.connection().prepareStatement("SELECT person_id, local_id, kommune, "
                    + "DATEDIFF(DAY, DATE '1970-01-01', measured_on), who5, inspire, indsats FROM measurement "
                    + "ORDER BY measured_on, import_id, _ROWID_")) {
                ps.setFetchSize(10_000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        each.accept(new Measurement(rs.getObject(1, Integer.class), rs.getString(2), rs.getInt(3),
                                rs.getInt(4), rs.getObject(5, Integer.class), rs.getObject(6, Integer.class),
                                rs.getString(7)));
                    }
                }
            }
        } catch (SQLException e) {
            throw WorkspaceException.database(e);
        }
    }
}
