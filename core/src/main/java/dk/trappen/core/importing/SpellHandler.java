package dk.trappen.core.importing;

import dk.trappen.core.Messages;
import dk.trappen.core.store.SpellStore;
import java.time.LocalDate;

/** ydelser: one service spell per row (data-formats.md §1), stored in blocks as they fill. */
final class SpellHandler implements RowHandler {

    private final ImportContext ctx;
    private final Fingerprints seen;
    private SpellStore.Columns out = new SpellStore.Columns();

    SpellHandler(ImportContext ctx) {
        this.ctx = ctx;
        this.seen = new Fingerprints(ctx, SpellStore.BLOCKS.hashes(ctx.session));
    }

    @Override
    public void row(Cells c) throws RowProblem {
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
        if (!seen.isNew(hash)) {
            return;
        }
        out.add(person, handle, pay == null ? SpellStore.NO_KOMMUNE : pay, home == null ? SpellStore.NO_KOMMUNE : home,
                ydelse, tilbud == null || tilbud.isEmpty() ? null : tilbud, maal, (int) start.toEpochDay(),
                end == null ? SpellStore.NO_END : (int) end.toEpochDay(), hash);
        ctx.stored++;
        ctx.covers(start, end);
        if (out.size() == SpellStore.BLOCK_ROWS) {
            // A full block goes to the store now (same transaction): memory stays flat for any file size.
            SpellStore.append(ctx.session, ctx.importId, out);
            out = new SpellStore.Columns();
        }
    }

    @Override
    public void finish() {
        SpellStore.append(ctx.session, ctx.importId, out);
    }
}
