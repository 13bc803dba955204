package dk.trappen.core.importing;

import dk.trappen.core.store.DeathStore;
import java.time.LocalDate;

/** doede: PNR and date of death (data-formats.md §2). */
final class DeathHandler implements RowHandler {

    private final ImportContext ctx;
    private final Fingerprints seen;
    private final DeathStore.Rows out;

    DeathHandler(ImportContext ctx) {
        this.ctx = ctx;
        this.seen = new Fingerprints(ctx, DeathStore.hashes(ctx.session));
        this.out = DeathStore.rows(ctx.session, ctx.importId);
    }

    @Override
    public void row(Cells c) throws RowProblem {
        LocalDate died = ctx.date(c, "DOEDSDATO", true);
        if (died.isAfter(ctx.today)) {
            throw new RowProblem("DOEDSDATO", c.get("DOEDSDATO"), "import.rule.dateInFuture");
        }
        int person = ctx.person(c, "PNR", null);
        long hash = new RowHash().add(person).add(died).value();
        if (!seen.isNew(hash)) {
            return;
        }
        out.add(person, died, hash);
        ctx.stored++;
        ctx.covers(died, died);
    }

    @Override
    public void finish() {
        out.flush();
    }
}
