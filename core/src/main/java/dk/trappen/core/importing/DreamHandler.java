package dk.trappen.core.importing;

import dk.trappen.core.Messages;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * dream: weekly benefit codes (data-formats.md §4), wide ({@code y_YYWW} columns) or long
 * ({@code PNR;UGE;KODE}). Stored as one row per person and ISO year with 53 week slots; a later
 * file overrides exactly the weeks it covers (an empty cell in a covered week means "no benefit").
 */
final class DreamHandler implements RowHandler {

    static final int SLOTS = 53;
    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z]{1,6}");

    private final ImportContext ctx;
    private final LongHashSet storedKeys = new LongHashSet(1024);
    private final PreparedStatement insert;
    private final PreparedStatement update;
    private final PreparedStatement select;
    private int pendingInserts;

    /** Wide form: header position → (year, week). */
    private final List<int[]> weekColumns = new ArrayList<>();
    private boolean longForm;
    private LongHashSet existing;

    DreamHandler(ImportContext ctx) throws SQLException {
        this.ctx = ctx;
        insert = ctx.connection.prepareStatement(
                "INSERT INTO dream_year (import_id, person_id, iso_year, weeks) VALUES (?, ?, ?, ?)");
        update = ctx.connection.prepareStatement(
                "UPDATE dream_year SET weeks = ?, import_id = ? WHERE person_id = ? AND iso_year = ?");
        select = ctx.connection.prepareStatement("SELECT weeks FROM dream_year WHERE person_id = ? AND iso_year = ?");
        existing = new LongHashSet(1024);
        try (Statement s = ctx.connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT person_id, iso_year FROM dream_year")) {
            while (rs.next()) {
                existing.add(key(rs.getInt(1), rs.getInt(2)));
            }
        }
    }

    private static long key(int person, int year) {
        return ((long) person << 16) | year;
    }

    @Override
    public void startTable(Cells cells, List<String> header) {
        weekColumns.clear();
        longForm = cells.has("UGE") && cells.has("KODE");
        for (int i = 0; i < header.size(); i++) {
            Matcher m = ImportType.DREAM_WEEK.matcher(HeaderNames.normalise(header.get(i)));
            if (m.matches()) {
                int yy = Integer.parseInt(m.group(1));
                int year = yy < 90 ? 2000 + yy : 1900 + yy;
                int week = Integer.parseInt(m.group(2));
                if (week < 1 || week > weeksIn(year)) {
                    ctx.warn(Messages.danish("import.warning.dreamWeekColumn", header.get(i)));
                    continue;
                }
                weekColumns.add(new int[] {i, year, week});
            }
        }
        if (!longForm) {
            for (int[] w : weekColumns) {
                ctx.covers(monday(w[1], w[2]), monday(w[1], w[2]).plusDays(6));
            }
        }
    }

    /** A y_YYWW header naming a real ISO week (y_2153 does not: 2021 has 52 weeks). */
    static boolean isWeekColumn(String header) {
        Matcher m = ImportType.DREAM_WEEK.matcher(HeaderNames.normalise(header));
        if (!m.matches()) {
            return false;
        }
        int yy = Integer.parseInt(m.group(1));
        int week = Integer.parseInt(m.group(2));
        return week >= 1 && week <= weeksIn(yy < 90 ? 2000 + yy : 1900 + yy);
    }

    static int weeksIn(int isoYear) {
        return (int) LocalDate.of(isoYear, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
    }

    static LocalDate monday(int isoYear, int week) {
        return LocalDate.of(isoYear, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    @Override
    public void row(Cells c) throws RowProblem, SQLException {
        if (longForm) {
            longRow(c);
            return;
        }
        // Check every cell before anything is written: a rejected row stores nothing.
        Map<Integer, String[]> years = new java.util.TreeMap<>();
        Map<Integer, boolean[]> covered = new java.util.TreeMap<>();
        for (int[] w : weekColumns) {
            String code = c.at(w[0]);
            if (!code.isEmpty() && !CODE.matcher(code).matches()) {
                throw new RowProblem(null, code, "import.rule.dreamCode").inColumn(w[0]);
            }
            years.computeIfAbsent(w[1], y -> new String[SLOTS])[w[2] - 1] = code;
            covered.computeIfAbsent(w[1], y -> new boolean[SLOTS])[w[2] - 1] = true;
        }
        int person = ctx.person(c, "PNR", null);
        boolean changed = false;
        for (Map.Entry<Integer, String[]> e : years.entrySet()) {
            changed |= store(person, e.getKey(), e.getValue(), covered.get(e.getKey()));
        }
        count(changed);
    }

    private void longRow(Cells c) throws RowProblem, SQLException {
        String week = c.required("UGE").replace("-", "").replace("W", "");
        Integer yw = week.length() == 6 ? Values.integer(week) : null;
        int year = yw == null ? 0 : yw / 100;
        int w = yw == null ? 0 : yw % 100;
        if (yw == null || w < 1 || w > weeksIn(year)) {
            throw new RowProblem("UGE", c.get("UGE"), "import.rule.isoWeek");
        }
        String code = c.get("KODE");
        if (!code.isEmpty() && !CODE.matcher(code).matches()) {
            throw new RowProblem("KODE", code, "import.rule.dreamCode");
        }
        int person = ctx.person(c, "PNR", null);
        String[] slots = new String[SLOTS];
        boolean[] cover = new boolean[SLOTS];
        slots[w - 1] = code;
        cover[w - 1] = true;
        count(store(person, year, slots, cover));
        ctx.covers(monday(year, w), monday(year, w).plusDays(6));
    }

    private void count(boolean changed) {
        if (changed) {
            ctx.stored++;
        } else {
            ctx.duplicates++;
        }
    }

    /** Merges one person-year; true when something changed. */
    private boolean store(int person, int year, String[] slots, boolean[] cover) throws SQLException {
        long k = key(person, year);
        if (!existing.contains(k) && !storedKeys.contains(k)) {
            String[] fresh = new String[SLOTS];
            Arrays.fill(fresh, "");
            merge(fresh, slots, cover);
            insert.setLong(1, ctx.importId);
            insert.setInt(2, person);
            insert.setInt(3, year);
            insert.setString(4, String.join(",", fresh));
            insert.addBatch();
            storedKeys.add(k);
            if (++pendingInserts >= 5000) {
                finish();
            }
            return true;
        }
        finish(); // a person-year written in this import must be visible to the select
        select.setInt(1, person);
        select.setInt(2, year);
        String before;
        try (ResultSet rs = select.executeQuery()) {
            rs.next();
            before = rs.getString(1);
        }
        String[] merged = before.split(",", -1);
        merge(merged, slots, cover);
        String after = String.join(",", merged);
        if (after.equals(before)) {
            return false;
        }
        update.setString(1, after);
        update.setLong(2, ctx.importId);
        update.setInt(3, person);
        update.setInt(4, year);
        update.executeUpdate();
        return true;
    }

    private static void merge(String[] into, String[] slots, boolean[] cover) {
        for (int i = 0; i < SLOTS; i++) {
            if (cover[i]) {
                into[i] = slots[i] == null ? "" : slots[i];
            }
        }
    }

    @Override
    public void finish() throws SQLException {
        if (pendingInserts > 0) {
            insert.executeBatch();
            pendingInserts = 0;
        }
    }
}
