package dk.trappen.core.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Inhabitants by kommune, reference date and age band (table population). */
public final class PopulationStore {

    private PopulationStore() {
    }

    // Import side

    /** The fingerprints of the rows stored, to tell a new row from one imported before. */
    public static long[] hashes(Session s) {
        return RowBatch.hashes(s, "population");
    }

    /** A writer of one import's rows, batched in the session's transaction; end with {@link Rows#flush()}. */
    public static Rows rows(Session s, long importId) {
        return new Rows(s, importId);
    }

    /** New rows of one import. */
    public static final class Rows extends RowBatch {
        private Rows(Session s, long importId) {
            super(s, importId, "INSERT INTO population (import_id, kommune, ref_date, age_from, age_to, inhabitants, "
                    + "row_hash) VALUES (?, ?, ?, ?, ?, ?, ?)");
        }

        /** @param ageTo the band's last age; null for an open band ("100 år og derover") */
        public void add(int kommune, LocalDate refDate, int ageFrom, Integer ageTo, int inhabitants, long hash) {
            try {
                ps.setInt(2, kommune);
                setDate(ps, 3, refDate);
                ps.setInt(4, ageFrom);
                setNullableInt(ps, 5, ageTo);
                ps.setInt(6, inhabitants);
                ps.setLong(7, hash);
                queue();
            } catch (SQLException e) {
                throw WorkspaceException.database(e);
            }
        }
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
