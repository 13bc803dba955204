package dk.trappen.core.importing;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;

/** doede: PNR and date of death (data-formats.md §2). */
final class DeathHandler implements RowHandler {

    private final ImportContext ctx;
    private final BatchedInsert out;

    DeathHandler(ImportContext ctx) throws SQLException {
        this.ctx = ctx;
        this.out = new BatchedInsert(ctx, "death",
                "INSERT INTO death (import_id, person_id, death_date, row_hash) VALUES (?, ?, ?, ?)");
    }

    @Override
    public void row(Cells c) throws RowProblem, SQLException {
        LocalDate died = ctx.date(c, "DOEDSDATO", true);
        if (died.isAfter(ctx.today)) {
            throw new RowProblem("DOEDSDATO", c.get("DOEDSDATO"), "import.rule.dateInFuture");
        }
        int person = ctx.person(c, "PNR", null);
        long hash = new RowHash().add(person).add(died).value();
        if (!out.isNew(hash)) {
            return;
        }
        PreparedStatement ps = out.statement();
        ps.setLong(1, ctx.importId);
        ps.setInt(2, person);
        ps.setDate(3, java.sql.Date.valueOf(died));
        ps.setLong(4, hash);
        out.add();
        ctx.covers(died, died);
    }

    @Override
    public void finish() throws SQLException {
        out.flush();
    }
}
