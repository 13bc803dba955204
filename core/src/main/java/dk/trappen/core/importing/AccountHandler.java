package dk.trappen.core.importing;

import dk.trappen.core.store.AccountStore;
import java.math.BigDecimal;
import java.time.LocalDate;

/** regnskab: account lines (data-formats.md §6), normalised to 5.38.50 / 003 / 4.0 forms. */
final class AccountHandler implements RowHandler {

    private final ImportContext ctx;
    private final Fingerprints seen;
    private final AccountStore.Rows out;
    private BigDecimal multiplier = BigDecimal.ONE;

    AccountHandler(ImportContext ctx) {
        this.ctx = ctx;
        this.seen = new Fingerprints(ctx, AccountStore.hashes(ctx.session));
        this.out = AccountStore.rows(ctx.session, ctx.importId);
    }

    @Override
    public void startTable(Cells cells, java.util.List<String> header) {
        String shown = cells.shown("BELOEB");
        // "BELOEB (1.000 kr.)": amounts in thousands.
        multiplier = shown.replace(".", "").contains("1000") ? BigDecimal.valueOf(1000) : BigDecimal.ONE;
    }

    @Override
    public void row(Cells c) throws RowProblem {
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
        if (amount.abs().compareTo(AccountStore.MAX_AMOUNT) >= 0) {
            throw new RowProblem("BELOEB", c.get("BELOEB"), "import.rule.amount");
        }
        long hash = new RowHash().add(kommune).add(year).add(function).add(grouping).add(dranst).add(art)
                .add(amount.stripTrailingZeros().toPlainString()).value();
        if (!seen.isNew(hash)) {
            return;
        }
        out.add(kommune, year, function, grouping, dranst, art, amount, hash);
        ctx.stored++;
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
    public void finish() {
        out.flush();
    }
}
