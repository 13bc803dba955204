package dk.trappen.core.store;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The kommunale regnskaber's rows (table {@code account_line}). */
public final class AccountStore {

    private AccountStore() {
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
