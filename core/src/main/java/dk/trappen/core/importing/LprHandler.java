package dk.trappen.core.importing;

import dk.trappen.core.store.LprStore;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;

/**
 * lpr: hospital contacts (data-formats.md §5), with timestamps as one column or as the LPR3
 * pair date + time. Whether a contact is psychiatric is decided here, once. Stored in blocks as
 * they fill.
 */
final class LprHandler implements RowHandler {

    private final ImportContext ctx;
    private final Fingerprints seen;
    private LprStore.Columns out = new LprStore.Columns();

    LprHandler(ImportContext ctx) {
        this.ctx = ctx;
        this.seen = new Fingerprints(ctx, LprStore.BLOCKS.hashes(ctx.session));
    }

    /** Refuses a header that has neither form of a start or an end. */
    static java.util.List<String> missingTimeColumns(Cells c) {
        java.util.List<String> missing = new java.util.ArrayList<>();
        if (!c.has("KONTAKT_START") && !c.has("DATO_START")) {
            missing.add("KONTAKT_START");
        }
        if (!c.has("KONTAKT_SLUT") && !c.has("DATO_SLUT")) {
            missing.add("KONTAKT_SLUT");
        }
        return missing;
    }

    @Override
    public void row(Cells c) throws RowProblem {
        LocalDateTime start = moment(c, "KONTAKT_START", "DATO_START", "TIDSPUNKT_START");
        if (start == null) {
            throw new RowProblem(c.has("KONTAKT_START") ? "KONTAKT_START" : "DATO_START", "", "import.rule.required");
        }
        LocalDateTime end = moment(c, "KONTAKT_SLUT", "DATO_SLUT", "TIDSPUNKT_SLUT");
        if (end == null) {
            throw new RowProblem(c.has("KONTAKT_SLUT") ? "KONTAKT_SLUT" : "DATO_SLUT", "", "import.rule.openContact");
        }
        if (end.isBefore(start)) {
            String col = c.has("KONTAKT_SLUT") ? "KONTAKT_SLUT" : "DATO_SLUT";
            throw new RowProblem(col, c.get(col), "import.rule.contactEndBeforeStart",
                    start.toString().replace('T', ' '));
        }
        if (start.toLocalDate().isAfter(ctx.today)) {
            String col = c.has("KONTAKT_START") ? "KONTAKT_START" : "DATO_START";
            throw new RowProblem(col, c.get(col), "import.rule.dateInFuture");
        }
        String specialty = c.text("HOVEDSPECIALE", 80, false);
        String diagnosis = c.text("AKTIONSDIAGNOSE", 12, false).toUpperCase(Locale.ROOT);
        c.text("KONTAKTTYPE", 20, false);
        c.text("PRIORITET", 12, false);
        Integer home = ctx.optionalKommune(c, "BOPAELSKOMMUNE");
        int person = ctx.person(c, "PNR", null);
        boolean psychiatric = isPsychiatric(specialty, diagnosis);
        long hash = new RowHash().add(person).add(start).add(end).add(specialty).add(diagnosis)
                .add(c.get("KONTAKTTYPE")).add(c.get("PRIORITET")).add(home).value();
        if (!seen.isNew(hash)) {
            return;
        }
        out.add(person, LprStore.seconds(start), LprStore.seconds(end), orNull(specialty), orNull(diagnosis),
                orNull(c.get("KONTAKTTYPE")), orNull(priority(c.get("PRIORITET"))),
                home == null ? LprStore.NO_KOMMUNE : home, psychiatric, hash);
        ctx.stored++;
        ctx.covers(start.toLocalDate(), end.toLocalDate());
        if (out.size() == LprStore.BLOCK_ROWS) {
            // A full block goes to the store now (same transaction): memory stays flat for any file size.
            LprStore.append(ctx.session, ctx.importId, out);
            out = new LprStore.Columns();
        }
    }

    /** An empty text is stored as none, as the row table did. */
    private static String orNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** Psychiatry or child and adolescent psychiatry by specialty, or an F diagnosis (DF*). */
    static boolean isPsychiatric(String specialty, String diagnosis) {
        String s = HeaderNames.normalise(specialty);
        return s.contains("psykiatri") || s.equals("52") || s.equals("53") || diagnosis.startsWith("DF");
    }

    private static String priority(String p) {
        String v = p.trim().toUpperCase(Locale.ROOT);
        if (v.equals("ATA1")) {
            return "akut";
        }
        if (v.equals("ATA3")) {
            return "planlagt";
        }
        return p.isEmpty() ? null : p.toLowerCase(Locale.ROOT);
    }

    private static LocalDateTime moment(Cells c, String single, String dateCol, String timeCol) throws RowProblem {
        if (c.has(single)) {
            String v = c.get(single);
            if (v.isEmpty()) {
                return null;
            }
            LocalDateTime t = Values.timestamp(v);
            if (t == null) {
                throw new RowProblem(single, v, "import.rule.timestamp");
            }
            return t;
        }
        String d = c.get(dateCol);
        if (d.isEmpty()) {
            return null;
        }
        java.time.LocalDate date = Values.date(d);
        if (date == null) {
            throw new RowProblem(dateCol, d, "import.rule.date");
        }
        String tv = c.get(timeCol);
        LocalTime time = tv.isEmpty() ? LocalTime.MIDNIGHT : Values.time(tv);
        if (time == null) {
            throw new RowProblem(timeCol, tv, "import.rule.time");
        }
        return LocalDateTime.of(date, time);
    }

    @Override
    public void finish() {
        LprStore.append(ctx.session, ctx.importId, out);
    }
}
