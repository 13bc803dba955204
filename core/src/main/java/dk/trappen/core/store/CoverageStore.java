package dk.trappen.core.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/** What a workspace holds of a register that some figures need: any rows or imports, and the period imported. */
public final class CoverageStore {

    private CoverageStore() {
    }

    /** The registers asked about: each with its import type (import_log's file_type) and its table. */
    public enum Register {
        DREAM("dream", "dream_block"),
        MEASUREMENTS("maalinger", "measurement"),
        LPR("lpr", "lpr_block"),
        ACCOUNTS("regnskab", "account_line");

        private final String importType;
        private final String table;

        Register(String importType, String table) {
            this.importType = importType;
            this.table = table;
        }
    }

    /** Whether there are rows or imports, and the imports' period (nulls if they recorded none). */
    public record Coverage(boolean present, LocalDate from, LocalDate to) {
    }

    public static Coverage of(Session s, Register register) {
        try {
            boolean rows;
            try (Statement st = s.connection().createStatement();
                    ResultSet rs = st.executeQuery("SELECT 1 FROM " + register.table + " LIMIT 1")) {
                rows = rs.next();
            }
            try (PreparedStatement ps = s.connection().prepareStatement(
                    "SELECT COUNT(*), MIN(period_from), MAX(period_to) FROM import_log WHERE file_type = ?")) {
                ps.setString(1, register.importType);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    boolean imported = rs.getLong(1) > 0;
                    return new Coverage(rows || imported, rs.getObject(2, LocalDate.class),
                            rs.getObject(3, LocalDate.class));
                }
            }
        } catch (SQLException e) {
            throw WorkspaceException.database(e);
        }
    }
}
