package dk.trappen.core.store;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The kommuner's account lines (table account_line). */
public final class AccountStore {

    private AccountStore() {
    }

    // Import side

    /** The largest amount a line can hold: the column is DECIMAL(18,2). */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("1E16");

    /** The fingerprints of the rows stored, to tell a new row from one imported before. */
    public static long[] hashes(Session s) {
        return RowBatch.hashes(s, "account_line");
    }

    /** A writer of one import's rows, batched in the session's transaction; end with {@link Rows#flush()}. */
    public static Rows rows(Session s, long importId) {
        return new Rows(s, importId);
    }

    /** New rows of one import. */
    public static final class Rows extends RowBatch {
        private Rows(Session s, long importId) {
            super(s, importId, "INSERT INTO account_line (import_id, kommune, account_year, function_code, "
                    + "grouping_code, dranst, art, amount, row_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }

        /** @param amount below {@link #MAX_AMOUNT} in size */
        public void add(int kommune, int year, String function, String grouping, int dranst, String art,
                BigDecimal amount, long hash) {
            try {
                ps.setInt(2, kommune);
                ps.setInt(3, year);
                ps.setString(4, function);
                ps.setString(5, grouping);
                ps.setInt(6, dranst);
                ps.setString(7, art);
                ps.setBigDecimal(8, amount);
                ps.setLong(9, hash);
                queue();
            } catch (SQLException e) {
                throw WorkspaceException.database(e);
            }
        }
    }

    // Figures side

    /**
     * The summed amount of one account line of a kommune and year: funktion, gruppering, driftsart
     * and art, the codes without the padding they are stored with.
     */
    public record LineSum(int kommune, int year, String function, String grouping, int dranst, String art,
            BigDecimal amount) {
    }

    /** The amounts summed per kommune, year, funktion, gruppering, driftsart and art. */
    public static List<LineSum> lineSums(Session s) {
        List<LineSum> out = new ArrayList<>();
        try {
            StreamedReads.enable(s.connection());
            try (PreparedStatement ps = s.connection().prepareStatement("SELECT kommune, account_year, function_code, "
                    + "grouping_code, dranst, art, SUM(amount) FROM account_line GROUP BY kommune, account_year, "
                    + "function_code, grouping_code, dranst, art");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new LineSum(rs.getInt(1), rs.getInt(2), rs.getString(3).trim(), rs.getString(4).trim(),
                            rs.getInt(5), rs.getString(6).trim(), rs.getBigDecimal(7)));
                }
            }
        } catch (SQLException e) {
            throw WorkspaceException.database(e);
        }
        return out;
    }
}
