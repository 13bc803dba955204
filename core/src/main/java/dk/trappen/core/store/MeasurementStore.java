package dk.trappen.core.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;

/** The kommune's own measurements (table {@code measurement}), scores summed and checked at import. */
public final class MeasurementStore {

    private MeasurementStore() {
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
