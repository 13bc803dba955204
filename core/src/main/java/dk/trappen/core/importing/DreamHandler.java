package dk.trappen.core.importing;

import dk.trappen.core.Messages;
import dk.trappen.core.store.BlockRef;
import dk.trappen.core.store.DreamStore;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * dream: weekly benefit codes (data-formats.md §4), wide ({@code y_YYWW} columns) or long
 * ({@code PNR;UGE;KODE}). Stored as entries of person, ISO year and covered weeks in blocks
 * ({@link DreamStore}); a later file overrides exactly the weeks it covers (an empty cell in a covered
 * week means "no benefit"). The merged weeks of the workspace are held in memory while importing, to
 * tell a row that changes them (stored) from one that does not (duplicate, nothing written).
 */
final class DreamHandler implements RowHandler {

    static final int SLOTS = 53;

    private final ImportContext ctx;
    /** Every stored code, index 0 being "" (no benefit): the merged weeks hold indexes into it. */
    private final List<String> dictionary = new ArrayList<>();
    private final Map<String, Integer> codeIndex = new HashMap<>();
    /** (person, year) → the dictionary index of each of its 53 weeks. */
    private final LongObjectMap<char[]> merged;
    private DreamStore.Entries out;

    /** Wide form: header position → (year, week). */
    private final List<int[]> weekColumns = new ArrayList<>();
    private boolean longForm;

    DreamHandler(ImportContext ctx) {
        this.ctx = ctx;
        try {
            index("", null);
        } catch (RowProblem cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        }
        List<BlockRef> blocks = DreamStore.BLOCKS.blocks(ctx.session);
        merged = new LongObjectMap<>(blocks.stream().mapToInt(BlockRef::rows).sum() + 1024);
        for (BlockRef ref : blocks) {
            DreamStore.Block b = DreamStore.BLOCKS.read(ctx.session, ref);
            char[] global = new char[b.dictionarySize()];
            for (int i = 0; i < global.length; i++) {
                try {
                    global[i] = index(b.code(i), null);
                } catch (RowProblem e) {
                    // Every stored code was indexed under the same limit when its import ran.
                    throw new IllegalStateException(e);
                }
            }
            int at = 0;
            for (int i = 0; i < b.size; i++) {
                char[] weeks = weeksOf(key(b.person[i], b.year[i]));
                for (long m = b.weeks[i]; m != 0; m &= m - 1) {
                    weeks[Long.numberOfTrailingZeros(m)] = global[b.codes[at++]];
                }
            }
        }
        out = new DreamStore.Entries(dictionary);
    }

    private static long key(int person, int year) {
        return ((long) person << 16) | year;
    }

    /** The merged weeks of a person-year, all "" when new. */
    private char[] weeksOf(long k) {
        char[] weeks = merged.get(k);
        if (weeks == null) {
            weeks = new char[SLOTS];
            merged.putNew(k, weeks);
        }
        return weeks;
    }

    /** A code's index; the store's dictionary has room for {@link DreamStore#MAX_CODES} codes (real data has hundreds). */
    private char index(String code, String column) throws RowProblem {
        Integer i = codeIndex.get(code);
        if (i == null) {
            if (dictionary.size() == DreamStore.MAX_CODES) {
                throw new RowProblem(column, code, "import.rule.dreamTooManyCodes", DreamStore.MAX_CODES);
            }
            i = dictionary.size();
            codeIndex.put(code, i);
            dictionary.add(code);
        }
        return (char) i.intValue();
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
    public void row(Cells c) throws RowProblem {
        if (longForm) {
            longRow(c);
            return;
        }
        // Check every cell before anything is written: a rejected row stores nothing.
        Map<Integer, char[]> years = new java.util.TreeMap<>();
        Map<Integer, long[]> covered = new java.util.TreeMap<>();
        for (int[] w : weekColumns) {
            String code = c.at(w[0]);
            if (!code.isEmpty() && !isCode(code)) {
                throw new RowProblem(null, code, "import.rule.dreamCode").inColumn(w[0]);
            }
            char index;
            try {
                index = index(code, null);
            } catch (RowProblem p) {
                throw p.inColumn(w[0]);
            }
            years.computeIfAbsent(w[1], y -> new char[SLOTS])[w[2] - 1] = index;
            covered.computeIfAbsent(w[1], y -> new long[1])[0] |= 1L << (w[2] - 1);
        }
        int person = ctx.person(c, "PNR", null);
        boolean changed = false;
        for (Map.Entry<Integer, char[]> e : years.entrySet()) {
            changed |= store(person, e.getKey(), e.getValue(), covered.get(e.getKey())[0]);
        }
        count(changed);
    }

    /** [0-9A-Za-z]{1,6}, without a regular expression: a national file has tens of millions of cells. */
    private static boolean isCode(String s) {
        int n = s.length();
        if (n < 1 || n > 6) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char ch = s.charAt(i);
            if (!(ch >= '0' && ch <= '9' || ch >= 'A' && ch <= 'Z' || ch >= 'a' && ch <= 'z')) {
                return false;
            }
        }
        return true;
    }

    private void longRow(Cells c) throws RowProblem {
        String week = c.required("UGE").replace("-", "").replace("W", "");
        Integer yw = week.length() == 6 ? Values.integer(week) : null;
        int year = yw == null ? 0 : yw / 100;
        int w = yw == null ? 0 : yw % 100;
        if (yw == null || w < 1 || w > weeksIn(year)) {
            throw new RowProblem("UGE", c.get("UGE"), "import.rule.isoWeek");
        }
        String code = c.get("KODE");
        if (!code.isEmpty() && !isCode(code)) {
            throw new RowProblem("KODE", code, "import.rule.dreamCode");
        }
        int person = ctx.person(c, "PNR", null);
        char[] slots = new char[SLOTS];
        slots[w - 1] = index(code, "KODE");
        count(store(person, year, slots, 1L << (w - 1)));
        ctx.covers(monday(year, w), monday(year, w).plusDays(6));
    }

    private void count(boolean changed) {
        if (changed) {
            ctx.stored++;
        } else {
            ctx.duplicates++;
        }
    }

    /** Merges one person-year ({@code slots}: dictionary indexes of the covered weeks); true when something changed. */
    private boolean store(int person, int year, char[] slots, long cover) {
        long k = key(person, year);
        char[] weeks = merged.get(k);
        boolean changed = weeks == null; // a new person-year is stored even when all its weeks are empty
        if (weeks == null) {
            weeks = new char[SLOTS];
            merged.putNew(k, weeks);
        }
        for (long m = cover; m != 0; m &= m - 1) {
            int w = Long.numberOfTrailingZeros(m);
            if (weeks[w] != slots[w]) {
                weeks[w] = slots[w];
                changed = true;
            }
        }
        if (!changed) {
            return false;
        }
        out.add(person, year, cover, slots);
        if (out.size() == DreamStore.BLOCK_ROWS) {
            // A full block goes to the store now (same transaction): the entries do not pile up in memory.
            DreamStore.append(ctx.session, ctx.importId, out);
            out = new DreamStore.Entries(dictionary);
        }
        return true;
    }

    @Override
    public void finish() {
        DreamStore.append(ctx.session, ctx.importId, out);
        out = new DreamStore.Entries(dictionary);
    }
}
