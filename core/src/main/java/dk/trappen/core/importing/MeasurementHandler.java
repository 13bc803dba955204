package dk.trappen.core.importing;

import dk.trappen.core.store.MeasurementStore;
import java.time.LocalDate;

/**
 * maalinger: WHO-5 and Brief INSPIRE-O measurements (data-formats.md §7). A PNR links to the
 * register through the same pseudonym; a local id is pseudonymised apart and never linked.
 */
final class MeasurementHandler implements RowHandler {

    private static final String[] ITEMS = {"WHO5_1", "WHO5_2", "WHO5_3", "WHO5_4", "WHO5_5"};
    private final ImportContext ctx;
    private final Fingerprints seen;
    private final MeasurementStore.Rows out;

    MeasurementHandler(ImportContext ctx) {
        this.ctx = ctx;
        this.seen = new Fingerprints(ctx, MeasurementStore.hashes(ctx.session));
        this.out = MeasurementStore.rows(ctx.session, ctx.importId);
    }

    @Override
    public void row(Cells c) throws RowProblem {
        int kommune = ctx.kommune(c, "KOMMUNEKODE");
        LocalDate date = ctx.date(c, "MAALEDATO", true);
        if (date.isAfter(ctx.today)) {
            throw new RowProblem("MAALEDATO", c.get("MAALEDATO"), "import.rule.dateInFuture");
        }
        Integer who5 = who5(c);
        Integer inspire = score(c, "INSPIRE_SCORE");
        if (who5 == null && inspire == null) {
            throw new RowProblem(null, "", "import.rule.noScore");
        }
        Integer person = null;
        String local = null;
        if (!c.get("PNR").isEmpty()) {
            person = ctx.person(c, "PNR", null);
        } else if (!c.get("BORGER_ID").isEmpty()) {
            local = ctx.persons.localPseudonym(c.get("BORGER_ID"));
        } else {
            throw new RowProblem(c.has("PNR") ? "PNR" : "BORGER_ID", "", "import.rule.personMissing");
        }
        String indsats = c.text("INDSATS", 20, false);
        long hash = new RowHash().add(person).add(local).add(kommune).add(date).add(who5).add(inspire).add(indsats)
                .value();
        if (!seen.isNew(hash)) {
            return;
        }
        out.add(person, local, kommune, date, who5, inspire, indsats, hash);
        ctx.stored++;
        ctx.covers(date, date);
    }

    /** The five items summed × 4 (key-figures.md §7), or the score given directly. */
    private static Integer who5(Cells c) throws RowProblem {
        int given = 0;
        int sum = 0;
        for (String item : ITEMS) {
            String v = c.get(item);
            if (v.isEmpty()) {
                continue;
            }
            Integer x = Values.integer(v);
            if (x == null || x < 0 || x > 5) {
                throw new RowProblem(item, v, "import.rule.who5Item");
            }
            given++;
            sum += x;
        }
        if (given > 0 && given < ITEMS.length) {
            String firstEmpty = java.util.Arrays.stream(ITEMS).filter(i -> c.get(i).isEmpty()).findFirst().orElseThrow();
            throw new RowProblem(firstEmpty, "", "import.rule.who5Incomplete");
        }
        Integer direct = score(c, "WHO5_SCORE");
        if (given == ITEMS.length) {
            int fromItems = sum * 4;
            if (direct != null && direct != fromItems) {
                throw new RowProblem("WHO5_SCORE", c.get("WHO5_SCORE"), "import.rule.who5Mismatch", fromItems);
            }
            return fromItems;
        }
        return direct;
    }

    private static Integer score(Cells c, String column) throws RowProblem {
        String v = c.get(column);
        if (v.isEmpty()) {
            return null;
        }
        Integer x = Values.integer(v);
        if (x == null || x < 0 || x > 100) {
            throw new RowProblem(column, v, "import.rule.score");
        }
        return x;
    }

    @Override
    public void finish() {
        out.flush();
    }
}
