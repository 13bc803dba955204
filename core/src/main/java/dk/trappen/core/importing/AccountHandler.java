package dk.trappen.core.importing;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;

/** regnskab: account lines (data-formats.md §6), normalised to 5.38.50 / 003 / 4.0 forms. */
final class AccountHandler implements RowHandler {

    private final ImportContext ctx;
    private final BatchedInsert out;
    /** The store holds DECIMAL(18,2). */
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1E16");
    private BigDecimal multiplier = BigDecimal.ONE;

    AccountHandler(ImportContext ctx) throws SQLException {
        this.ctx = ctx;
        this.out = new BatchedInsert(ctx, "account_line", "INSERT INTO account_line (import_id, kommune, account_year, "
                + "function_code, grouping_code, dranst, art, amount, row_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    @Override
    public void startTable(Cells cells, java.util.List<String> header) {
        String shown = cells.shown("BELOEB");
        // "BELOEB (1.000 kr.)": amounts in thousands.
        multiplier = shown.replace(".", "").contains("1000") ? BigDecimal.valueOf(1000) : BigDecimal.ONE;
    }

    @Override
    public void row(Cells c) throws RowProblem, SQLException {
        int kommune = ctx.kommune(c, "KOMMUNEKODE");
        Integer year = Values.integer(c.required("AAR"));
        if (year == null || year < 2000 || year > ctx.today.getYear()) {
            // Years as text: a number argument would be grouped ("2.000").
            throw new RowProblem("AAR", c.get("AAR"), "import.rule.year", "2000", Integer.toString(ctx.today.getYear()));
        }
        String function = function(c.required("FUNKTION"));
        String grouping = c.required("GRUPPERING");
        if (!grouping.matches("\\d{1,3}")) {
            throw new RowProblem("GRUPPERING", grouping, "import.rule.grouping");
        }
        grouping = String.format("%03d", Integer.parseInt(grouping));
        Integer dranst = Values.integer(c.required("DRANST"));
        if (dranst == null || dranst < 0 || dranst > 9) {
            throw new RowProblem("DRANST", c.get("DRANST"), "import.rule.range", 0, 9);
        }
        String art = art(c.required("ART"));
        BigDecimal amount = Values.amount(c.required("BELOEB"));
        if (amount == null) {
            throw new RowProblem("BELOEB", c.get("BELOEB"), "import.rule.amount");
        }
        amount = amount.multiply(multiplier);
        if (amount.abs().compareTo(MAX_AMOUNT) >= 0) {
            throw new RowProblem("BELOEB", c.get("BELOEB"), "import.rule.amount");
        }
        long hash = new RowHash().add(kommune).add(year).add(function).add(grouping).add(dranst).add(art)
                .add(amount.stripTrailingZeros().toPlainString()).value();
        if (!out.isNew(hash)) {
            return;
        }
        PreparedStatement ps = out.statement();
        ps.setLong(1, ctx.importId);
        ps.setInt(2, kommune);
        ps.setInt(3, year);
        ps.setString(4, function);
        ps.setString(5, grouping);
        ps.setInt(6, dranst);
        ps.setString(7, art);
        ps.setBigDecimal(8, amount);
        ps.setLong(9, hash);
        out.add();
        ctx.covers(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** {@code 5.38.50} or {@code 53850} → {@code 5.38.50}. */
    private static String function(String v) throws RowProblem {
        if (v.matches("\\d\\.\\d{2}\\.\\d{2}")) {
            return v;
        }
        if (v.matches("\\d{5}")) {
            return v.charAt(0) + "." + v.substring(1, 3) + "." + v.substring(3);
        }
        throw new RowProblem("FUNKTION", v, "import.rule.function");
    }

    /** {@code 4.0}, {@code 40} or {@code 4} → {@code 4.0}. */
    private static String art(String v) throws RowProblem {
        if (v.matches("\\d\\.\\d")) {
            return v;
        }
        if (v.matches("\\d{2}")) {
            return v.charAt(0) + "." + v.charAt(1);
        }
        if (v.matches("\\d")) {
            return v + ".0";
        }
        throw new RowProblem("ART", v, "import.rule.art");
    }

    @Override
    public void finish() throws SQLException {
        out.flush();
    }
}
