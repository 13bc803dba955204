package dk.trappen.core.importing;

import dk.trappen.core.store.PopulationStore;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * befolkning: inhabitants by kommune, date and age (data-formats.md §3). Ages are whole years or
 * bands; Statistikbanken's FOLK1A forms ("18 år", "100 år og derover", quarters as 2024K1) are
 * read as well.
 */
final class PopulationHandler implements RowHandler {

    private static final Pattern BAND = Pattern.compile("(\\d{1,3})\\s*-\\s*(\\d{1,3})");
    private static final Pattern OPEN = Pattern.compile("(\\d{1,3})\\s*(\\+|-|år og derover|og derover)");
    private static final Pattern YEARS = Pattern.compile("(\\d{1,3})(\\s*år)?");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})K([1-4])");

    private final ImportContext ctx;
    private final Fingerprints seen;
    private final PopulationStore.Rows out;

    PopulationHandler(ImportContext ctx) {
        this.ctx = ctx;
        this.seen = new Fingerprints(ctx, PopulationStore.hashes(ctx.session));
        this.out = PopulationStore.rows(ctx.session, ctx.importId);
    }

    @Override
    public void row(Cells c) throws RowProblem {
        int kommune = ctx.kommune(c, "KOMMUNEKODE");
        LocalDate date = refDate(c);
        int[] age = age(c);
        String n = c.required("ANTAL");
        if (GROUPED.matcher(n).matches()) {
            n = n.replace(".", ""); // 65.432: thousands, not a decimal count
        }
        Integer count = Values.integer(n);
        if (count == null || count < 0) {
            throw new RowProblem("ANTAL", c.get("ANTAL"), "import.rule.count");
        }
        long hash = new RowHash().add(kommune).add(date).add(age[0]).add(age[1]).value();
        if (!seen.isNew(hash)) {
            return;
        }
        out.add(kommune, date, age[0], age[1] < 0 ? null : age[1], count, hash);
        ctx.stored++;
        ctx.covers(date, date);
    }

    private LocalDate refDate(Cells c) throws RowProblem {
        String v = c.required("DATO");
        Matcher q = QUARTER.matcher(v);
        if (q.matches()) {
            return LocalDate.of(Integer.parseInt(q.group(1)), (Integer.parseInt(q.group(2)) - 1) * 3 + 1, 1);
        }
        return ctx.date(c, "DATO", true);
    }

    /** {from, to} with to = -1 for an open band. */
    private static int[] age(Cells c) throws RowProblem {
        String v = c.required("ALDER").toLowerCase(java.util.Locale.ROOT).trim();
        Matcher m = BAND.matcher(v);
        if (m.matches()) {
            int from = Integer.parseInt(m.group(1));
            int to = Integer.parseInt(m.group(2));
            if (to < from) {
                throw new RowProblem("ALDER", c.get("ALDER"), "import.rule.age");
            }
            return new int[] {from, to};
        }
        m = OPEN.matcher(v);
        if (m.matches()) {
            return new int[] {Integer.parseInt(m.group(1)), -1};
        }
        m = YEARS.matcher(v);
        if (m.matches()) {
            int a = Integer.parseInt(m.group(1));
            return new int[] {a, a};
        }
        if (v.contains("i alt")) {
            throw new RowProblem("ALDER", c.get("ALDER"), "import.rule.totalRow");
        }
        throw new RowProblem("ALDER", c.get("ALDER"), "import.rule.age");
    }

    @Override
    public void finish() {
        out.flush();
    }
}
