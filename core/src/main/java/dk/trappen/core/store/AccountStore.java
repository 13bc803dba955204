package dk.trappen.core.store;

import java.math.BigDecimal;
import java.sql.SQLException;

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
}
