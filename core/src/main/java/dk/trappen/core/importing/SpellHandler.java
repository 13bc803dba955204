package dk.trappen.core.importing;

import dk.trappen.core.Messages;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;

/** ydelser: one service spell per row (data-formats.md §1). */
final class SpellHandler implements RowHandler {

    private final ImportContext ctx;
    private final BatchedInsert out;

    SpellHandler(ImportContext ctx) throws SQLException {
        this.ctx = ctx;
        this.out = new BatchedInsert(ctx, "spell", "INSERT INTO spell (import_id, person_id, handlekommune, "
                + "betalingskommune, bopaelskommune, ydelse, tilbud, maalgruppe, start_date, end_date, row_hash) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    @Override
    public void row(Cells c) throws RowProblem, SQLException {
        int handle = ctx.kommune(c, "HANDLEKOMMUNE");
        Integer pay = ctx.optionalKommune(c, "BETALINGSKOMMUNE");
        Integer home = ctx.optionalKommune(c, "BOPAELSKOMMUNE");
        String ydelse = c.text("MODT_YDELSE_KODE", 20, true);
        String maal = c.text("MAALGRUPPE", 20, true);
        LocalDate start = ctx.date(c, "STARTDATO", true);
        if (start.isAfter(ctx.today)) {
            throw new RowProblem("STARTDATO", c.get("STARTDATO"), "import.rule.startInFuture");
        }
        LocalDate end = ctx.date(c, "SLUTDATO", false);
        if (end != null && end.getYear() >= 9000) {
            end = null; // the register's "no end" (seed 003, 3.1.1)
        }
        if (end != null && end.isBefore(start)) {
            throw new RowProblem("SLUTDATO", c.get("SLUTDATO"), "import.rule.endBeforeStart", c.get("STARTDATO"));
        }
        LocalDate birth = ctx.date(c, "FOED_DATO", false);
        int person = ctx.person(c, "PNR", birth);
        String tilbud = c.text("MODT_TILB_KODE", 20, false);
        if (ctx.reference.ydelse(ydelse).isEmpty()) {
            ctx.warn(Messages.danish("import.warning.unknownYdelse", ydelse));
        }
        if (ctx.reference.maalgruppe(maal).isEmpty() && !maal.startsWith("1.2.2.")) {
            ctx.warn(Messages.danish("import.warning.unknownMaalgruppe", maal));
        }
        long hash = new RowHash().add(person).add(handle).add(pay).add(home).add(ydelse).add(tilbud).add(maal)
                .add(start).add(end).value();
        if (!out.isNew(hash)) {
            return;
        }
        PreparedStatement ps = out.statement();
        ps.setLong(1, ctx.importId);
        ps.setInt(2, person);
        ps.setInt(3, handle);
        BatchedInsert.setNullableInt(ps, 4, pay);
        BatchedInsert.setNullableInt(ps, 5, home);
        ps.setString(6, ydelse);
        BatchedInsert.setNullableText(ps, 7, tilbud);
        ps.setString(8, maal);
        ps.setDate(9, java.sql.Date.valueOf(start));
        BatchedInsert.setNullableDate(ps, 10, end);
        ps.setLong(11, hash);
        out.add();
        ctx.covers(start, end);
    }

    @Override
    public void finish() throws SQLException {
        out.flush();
    }
}
